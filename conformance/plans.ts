import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { registerClient, type RegisteredClient } from './clients.ts';
import type { Connections } from './connections.ts';
import type { Deployment } from './deployment.ts';
import { planConfig, suiteCallbackUrl, suiteRedirectUris } from './plan-config.ts';
import {
  MESSAGE_SIGNING_PLAN,
  suitePlanArgument,
  suiteVariant,
  supportedVariants,
  variantSlug,
  type Variant,
} from './variants.ts';

export interface PlanOptions {
  /** The conformance suite's external URL, e.g. https://www.certification.openid.net. */
  readonly suiteBaseUrl: string;
  readonly outDir: string;
  /** Prefix of each plan's alias (the suite's aliases are global: make it yours). */
  readonly aliasPrefix: string;
  readonly variants?: readonly Variant[];
}

/** One line of the manifest: what to create in the suite, and from which file. */
export interface PlanEntry {
  readonly planName: string;
  readonly variant: Record<string, string>;
  readonly configFile: string;
  /** The same as the suite's scripts/run-test-plan.py takes it. */
  readonly runTestPlan: string;
  readonly alias: string;
}

export const MANIFEST_FILE = 'plans.json';

/** The configs hold the clients' private keys. */
const SECRET_FILE_MODE = 0o600;
const SECRET_DIR_MODE = 0o700;

/**
 * Registers two clients per variant through the sandbox directory and DCR and writes the suite's
 * plan configuration for each, plus a manifest. Each plan has its own alias (so its own redirect
 * URIs), so plans can run side by side.
 */
export async function writePlans(
  deployment: Deployment,
  connections: Connections,
  options: PlanOptions,
): Promise<PlanEntry[]> {
  await mkdir(options.outDir, { recursive: true, mode: SECRET_DIR_MODE });
  const entries: PlanEntry[] = [];
  for (const variant of options.variants ?? supportedVariants()) {
    const slug = variantSlug(variant);
    const alias = `${options.aliasPrefix}-${slug}`;
    const callbackUrl = suiteCallbackUrl(options.suiteBaseUrl, alias);
    const register = (number: 1 | 2) =>
      registerClient(deployment, connections, {
        name: `Conformance ${slug} ${number}`,
        clientAuthType: variant.clientAuthType,
        senderConstrain: variant.senderConstrain,
        redirectUris: suiteRedirectUris(callbackUrl),
        requireSignedRequestObject: variant.requestMethod === 'signed_non_repudiation',
        roles: ['AISP'],
      });
    const clients: [RegisteredClient, RegisteredClient] = [await register(1), await register(2)];
    const config = planConfig({
      variant,
      alias,
      callbackUrl,
      clients,
      deployment,
      description: description(variant),
    });
    const configFile = `${slug}.json`;
    await writeFile(join(options.outDir, configFile), `${JSON.stringify(config, null, 2)}\n`, {
      mode: SECRET_FILE_MODE,
    });
    entries.push({
      planName: variant.plan,
      variant: suiteVariant(variant),
      configFile,
      runTestPlan: `${suitePlanArgument(variant)} ${configFile}`,
      alias,
    });
  }
  await writeFile(join(options.outDir, MANIFEST_FILE), `${JSON.stringify(entries, null, 2)}\n`, {
    mode: SECRET_FILE_MODE,
  });
  return entries;
}

function description(variant: Variant): string {
  const plan =
    variant.plan === MESSAGE_SIGNING_PLAN
      ? 'FAPI 2.0 Message Signing'
      : 'FAPI 2.0 Security Profile';
  return `Sandbox Bank, ${plan}: ${Object.entries(suiteVariant(variant))
    .map(([name, value]) => `${name}=${value}`)
    .join(', ')}`;
}
