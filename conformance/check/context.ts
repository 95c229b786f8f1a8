import type * as oauth from 'openid-client';
import type { BrowserEntry } from '../browser-steps.ts';
import type { Connections } from '../connections.ts';
import type { Deployment } from '../deployment.ts';
import type { Report } from './report.ts';
import type { SuiteBrowser, VisitOutcome } from './suite-browser.ts';
import type { VariantClient } from './variant-client.ts';
import type { Variant } from '../variants.ts';

/** What every check of the self-check works with. */
export interface CheckContext {
  readonly deployment: Deployment;
  readonly connections: Connections;
  readonly browser: SuiteBrowser;
  readonly report: Report;
  /** The discovery document, fetched once without a client certificate. */
  readonly server: oauth.ServerMetadata;
}

/** One variant: its two clients and the browser steps of its plan configuration. */
export interface VariantRun {
  readonly variant: Variant;
  readonly slug: string;
  readonly clients: readonly [VariantClient, VariantClient];
  readonly callbackUrl: string;
  /** The plan's default browser steps, and the per-module overrides. */
  readonly steps: readonly BrowserEntry[];
  readonly overrides: Record<string, { browser: BrowserEntry[] }>;
}

/** The browser steps a test module runs with: its override, else the plan's. */
export function stepsFor(run: VariantRun, module: string): readonly BrowserEntry[] {
  return run.overrides[module]?.browser ?? run.steps;
}

/**
 * Runs one test module's front channel: a fresh browser, the module's steps, each URL visited in
 * turn.
 */
export async function browse(
  context: CheckContext,
  run: VariantRun,
  module: string,
  urls: readonly URL[],
): Promise<VisitOutcome[]> {
  const browser = await context.browser.module(stepsFor(run, module), run.callbackUrl);
  const outcomes: VisitOutcome[] = [];
  for (const url of urls) outcomes.push(await browser.visit(url));
  return outcomes;
}
