import { API_PLAN_NAMES, type ApiPlan, type ApiPlanName } from '../metering/index.ts';
import type { PaymentLimits } from '../openbanking/index.ts';
import type { RateLimitPolicy } from '../ratelimit/index.ts';
import { ConfigError } from './config-error.ts';
import type { Parser } from './setting-parsers.ts';

/** What each limit counts; the README's "Rate limits" section names them the same. */
export const RATE_LIMIT_NAMES = [
  'aisp',
  'pisp',
  'cbpii',
  'events',
  'token',
  'par',
  'registration',
  'sign-in-username',
  'sign-in-address',
] as const;
export type RateLimitName = (typeof RATE_LIMIT_NAMES)[number];
export type RateLimits = Readonly<Record<RateLimitName, RateLimitPolicy | undefined>>;

/**
 * `requests/seconds` per bucket, for a bank: bursts a TPP's normal work makes pass, a loop that
 * forgot to stop does not, and sign-in guessing is slowed well before the per-customer lockout
 * (authz/interactions/login.ts) ends it.
 */
const RATE_LIMIT_DEFAULTS: Record<RateLimitName, string> = {
  aisp: '100/10',
  pisp: '50/10',
  cbpii: '50/10',
  events: '30/10',
  token: '60/60',
  par: '60/60',
  registration: '10/60',
  'sign-in-username': '10/300',
  'sign-in-address': '50/300',
};

/**
 * The sandbox's own (SEED_SANDBOX), documented in the README: a developer's test runs and the
 * conformance self-check sign the same sandbox customers in and onboard TPPs many times a minute.
 */
const SANDBOX_RATE_LIMIT_DEFAULTS: Record<RateLimitName, string> = {
  aisp: '300/10',
  pisp: '100/10',
  cbpii: '100/10',
  events: '100/10',
  token: '300/60',
  par: '300/60',
  registration: '60/60',
  'sign-in-username': '120/300',
  'sign-in-address': '600/300',
};

/**
 * Comma-separated `name=spec` entries over `specs`, refused with `problem` when not of that form or
 * naming none of them.
 */
function overrides(
  raw: string,
  specs: Record<string, string>,
  variable: string,
  problem: string,
): void {
  for (const entry of raw
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean)) {
    const [name, spec, extra] = entry.split('=').map((part) => part.trim());
    if (
      name === undefined ||
      !Object.hasOwn(specs, name) ||
      spec === undefined ||
      extra !== undefined
    ) {
      throw new ConfigError(variable, `"${entry}" is not ${problem}`);
    }
    specs[name] = spec;
  }
}

/**
 * RATE_LIMITS: comma-separated `name=requests/seconds` (or `name=off`) overriding the defaults (the
 * sandbox's with SEED_SANDBOX) one by one; `off` alone turns every limit off.
 */
export function rateLimits(): Parser<RateLimits> {
  return {
    default: 'see "Rate limits"',
    parse: (raw, variable, context) => {
      const specs: Record<string, string> = {
        ...(context.sandbox() ? SANDBOX_RATE_LIMIT_DEFAULTS : RATE_LIMIT_DEFAULTS),
      };
      const given = (raw ?? '').trim();
      if (given === 'off') for (const name of RATE_LIMIT_NAMES) specs[name] = 'off';
      else
        overrides(
          given,
          specs,
          variable,
          `name=requests/seconds with a name among ${RATE_LIMIT_NAMES.join(', ')}`,
        );
      const limits = {} as Record<RateLimitName, RateLimitPolicy | undefined>;
      for (const name of RATE_LIMIT_NAMES) {
        const spec = specs[name]!;
        if (spec === 'off') {
          limits[name] = undefined;
          continue;
        }
        const match = /^(\d{1,9})\/(\d{1,7})$/.exec(spec);
        if (!match || Number(match[1]) < 1 || Number(match[2]) < 1) {
          throw new ConfigError(
            variable,
            `${name}: "${spec}" is not requests/seconds (whole numbers from 1) or off`,
          );
        }
        limits[name] = { name, requests: Number(match[1]), windowSeconds: Number(match[2]) };
      }
      return limits;
    },
  };
}

/**
 * PAYMENT_LIMITS: comma-separated `per-payment=<amount>`, `per-day=<amount>` (decimal, in the
 * payment's currency) and `velocity=<payments>/<seconds>`, each or `off`, overriding the defaults
 * one by one; `off` alone turns them all off. The sandbox's own are lower, so a developer can reach
 * each refusal with a few payments: two approved payments of 3500.00 from alice's savings break the
 * day's limit at the second (README "Sandbox").
 */
export function paymentLimits(): Parser<PaymentLimits> {
  return {
    default: 'see "Payments API"',
    parse: (raw, variable, context) => {
      const specs: Record<string, string> = context.sandbox()
        ? { 'per-payment': '5000.00', 'per-day': '6000.00', velocity: '30/3600' }
        : { 'per-payment': '25000.00', 'per-day': '50000.00', velocity: '20/3600' };
      const given = (raw ?? '').trim();
      if (given === 'off') for (const name of Object.keys(specs)) specs[name] = 'off';
      else
        overrides(
          given,
          specs,
          variable,
          'per-payment=<amount>, per-day=<amount> or velocity=<payments>/<seconds>',
        );
      const amount = (name: string): string | undefined => {
        const spec = specs[name]!;
        if (spec === 'off') return undefined;
        if (!/^\d{1,13}(\.\d{1,2})?$/.test(spec) || Number(spec) <= 0)
          throw new ConfigError(
            variable,
            `${name}: "${spec}" is not a positive amount (e.g. 2500.00) or off`,
          );
        return spec;
      };
      const velocity = specs.velocity!;
      const match = /^(\d{1,6})\/(\d{1,7})$/.exec(velocity);
      if (velocity !== 'off' && (!match || Number(match[1]) < 1 || Number(match[2]) < 1)) {
        throw new ConfigError(
          variable,
          `velocity: "${velocity}" is not payments/seconds (whole numbers from 1) or off`,
        );
      }
      return {
        perPayment: amount('per-payment'),
        perDay: amount('per-day'),
        velocity: match
          ? { payments: Number(match[1]), windowSeconds: Number(match[2]) }
          : undefined,
      };
    },
  };
}

const API_PLAN_DEFAULTS: Readonly<Record<ApiPlanName, string>> = {
  free: '1x/10000',
  standard: '5x/1000000',
  premium: '20x/off',
};

/**
 * API_PLANS: comma-separated `<plan>=<factor>x/<monthly quota or off>` overriding the plans one by
 * one.
 */
export function apiPlans(): Parser<Record<ApiPlanName, ApiPlan>> {
  return {
    default: `\`${API_PLAN_NAMES.map((name) => `${name}=${API_PLAN_DEFAULTS[name]}`).join(',')}\``,
    parse: (raw, variable) => {
      const specs: Record<ApiPlanName, string> = { ...API_PLAN_DEFAULTS };
      overrides(
        raw ?? '',
        specs,
        variable,
        `<plan>=<factor>x/<monthly quota or off> with a plan among ${API_PLAN_NAMES.join(', ')}`,
      );
      const plans = {} as Record<ApiPlanName, ApiPlan>;
      for (const name of API_PLAN_NAMES) {
        const match = /^(\d{1,4})x\/(\d{1,12}|off)$/.exec(specs[name]);
        if (!match || Number(match[1]) < 1)
          throw new ConfigError(
            variable,
            `${name}: "${specs[name]}" is not <whole factor>x/<monthly quota or off>, e.g. 5x/1000000`,
          );
        plans[name] = {
          name,
          rateFactor: Number(match[1]),
          monthlyQuota: match[2] === 'off' ? undefined : Number(match[2]),
        };
      }
      return plans;
    },
  };
}
