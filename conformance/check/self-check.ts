import * as oauth from 'openid-client';
import { browserOverrides, browserSteps } from '../browser-steps.ts';
import { registerClient, type RegisteredClient } from '../clients.ts';
import { Connections } from '../connections.ts';
import type { Deployment } from '../deployment.ts';
import {
  SECOND_CLIENT_REDIRECT_SUFFIX,
  suiteCallbackUrl,
  suiteRedirectUris,
} from '../plan-config.ts';
import {
  SECURITY_PROFILE_PLAN,
  supportedVariants,
  variantSlug,
  type Variant,
} from '../variants.ts';
import { checkCodeRefusals, checkCodeReuse } from './code-refusals.ts';
import type { CheckContext, VariantRun } from './context.ts';
import { checkDiscovery } from './discovery.ts';
import { checkFrontChannelRefusals } from './front-channel.ts';
import {
  authorize,
  checkSecondClient,
  exchangeFirst,
  HAPPY_FLOW,
  readAccounts,
} from './happy-flow.ts';
import { checkParRefusals, checkRequestObjects } from './par-refusals.ts';
import { checkRarPayment } from './payment.ts';
import { checkRefresh } from './refresh.ts';
import { checkRequestUriRevisited } from './reused-request-uri.ts';
import { Report } from './report.ts';
import { checkResourceBinding } from './resource-refusals.ts';
import { SuiteBrowser } from './suite-browser.ts';
import { variantClient } from './variant-client.ts';

export interface SelfCheckOptions {
  /**
   * Where the suite would run: the clients' redirect URIs are its callbacks (the browser never
   * leaves the bank).
   */
  readonly suiteBaseUrl: string;
  readonly aliasPrefix: string;
  readonly variants?: readonly Variant[];
  /** Each line as it is decided. */
  readonly write: (line: string) => void;
}

/**
 * Clients register once per way of registering (authentication, binding, signed requests) and serve
 * every variant that registers that way: the variants differ in what they ask, not in who asks.
 */
function registrationGroup(variant: Variant): string {
  return `${variant.clientAuthType}-${variant.senderConstrain}${variant.requestMethod === 'signed_non_repudiation' ? '-jar' : ''}`;
}

const REGISTRATION = 'plan configuration: client, client2';

/**
 * The self-check: each variant's happy flow and main refusals, as the conformance suite's FAPI 2.0
 * modules drive them, with openid-client through the endpoints discovery advertises and the plan
 * configurations' browser steps in chromium. Resolves to the report; a failure never stops the run.
 */
export async function runSelfCheck(
  deployment: Deployment,
  options: SelfCheckOptions,
): Promise<Report> {
  const connections = new Connections(deployment.bankCaPem);
  const browser = await SuiteBrowser.launch();
  try {
    // Discovery as a client without a certificate sees it.
    const discovered = await oauth.discovery(
      new URL(deployment.issuer),
      'conformance-self-check',
      undefined,
      undefined,
      { [oauth.customFetch]: connections.fetch() },
    );
    const report = new Report(options.write);
    const context: CheckContext = {
      deployment,
      connections,
      browser,
      report,
      server: discovered.serverMetadata(),
    };
    const registered = new Map<
      string,
      Promise<readonly [RegisteredClient, RegisteredClient] | undefined>
    >();
    for (const variant of options.variants ?? supportedVariants()) {
      const slug = variantSlug(variant);
      const group = registrationGroup(variant);
      const callbackUrl = suiteCallbackUrl(options.suiteBaseUrl, `${options.aliasPrefix}-${group}`);
      if (!registered.has(group)) {
        registered.set(
          group,
          report.run(
            slug,
            `register the ${group} clients (sandbox directory, DCR over mTLS)`,
            REGISTRATION,
            async () => {
              const register = (number: 1 | 2) =>
                registerClient(deployment, connections, {
                  name: `Self-check ${group} ${number}`,
                  clientAuthType: variant.clientAuthType,
                  senderConstrain: variant.senderConstrain,
                  redirectUris: suiteRedirectUris(callbackUrl),
                  requireSignedRequestObject: variant.requestMethod === 'signed_non_repudiation',
                  roles: ['AISP', 'PISP'],
                });
              return [await register(1), await register(2)] as const;
            },
          ),
        );
      }
      const pair = await registered.get(group);
      if (!pair) {
        report.notRun(
          slug,
          'every check of the variant',
          REGISTRATION,
          'the clients could not be registered',
        );
        continue;
      }
      const clients = [
        await variantClient(context.server, variant, pair[0], connections, callbackUrl),
        await variantClient(
          context.server,
          variant,
          pair[1],
          connections,
          `${callbackUrl}${SECOND_CLIENT_REDIRECT_SUFFIX}`,
        ),
      ] as const;
      await checkVariant(context, {
        variant,
        slug,
        clients,
        callbackUrl,
        steps: browserSteps(deployment.issuer, callbackUrl),
        overrides: browserOverrides(deployment.issuer, callbackUrl),
      });
    }
    return report;
  } finally {
    await browser.close();
    await connections.close();
  }
}

async function checkVariant(context: CheckContext, run: VariantRun): Promise<void> {
  const { report } = context;
  const { variant } = run;
  await checkDiscovery(context, run);
  await checkParRefusals(context, run);
  if (variant.requestMethod === 'signed_non_repudiation') await checkRequestObjects(context, run);
  await checkFrontChannelRefusals(context, run);

  const authorized = await report.run(
    run.slug,
    "authorization: PAR, the suite's browser steps (sign-in, fixed code, consent), response with iss and state",
    HAPPY_FLOW,
    () => authorize(context, run, 0),
  );
  if (!authorized)
    return report.notRun(
      run.slug,
      'token endpoint, resource and refresh checks',
      HAPPY_FLOW,
      'the authorization failed',
    );
  await checkCodeRefusals(context, run, authorized);
  const tokens = await exchangeFirst(context, run, authorized);
  if (tokens) {
    await report.check(
      run.slug,
      'resource: GET accounts with the tokens, x-fapi-interaction-id echoed',
      HAPPY_FLOW,
      () => readAccounts(context, run.clients[0], tokens),
    );
    await checkResourceBinding(context, run, tokens);
    await checkRefresh(context, run, tokens);
  } else {
    report.notRun(run.slug, 'resource and refresh checks', HAPPY_FLOW, 'the code exchange failed');
  }
  // The Security Profile runs both clients through the happy flow; the signing variants add nothing
  // there.
  if (variant.plan === SECURITY_PROFILE_PLAN) {
    await checkSecondClient(context, run);
    await checkRequestUriRevisited(context, run);
  }
  if (variant.authorizationRequestType === 'rar') await checkRarPayment(context, run);
  // Last: a reused code revokes the tokens the checks above use.
  if (tokens) await checkCodeReuse(context, run, authorized, tokens);
}
