import { connect as tlsConnect, rootCertificates } from 'node:tls';
import { isIP } from 'node:net';
import type { Context, Middleware } from 'koa';
import { generateSync } from 'otplib';
import { Agent } from 'undici';
import { SANDBOX_CUSTOMERS } from '../db/seeds/index.ts';
import { isStorableText } from '../edge/index.ts';
import { noteRequest } from '../observability/index.ts';
import { choosesOneAccount, csrfOf, offeredAccounts, problemOf } from './bank-pages.ts';
import { Browser, type Response } from './user-agent.ts';

/**
 * CI approval, sandbox only: `POST /sandbox/authorize` on the browser host lets a TPP's CI approve
 * (or refuse) an authorization request as a sandbox customer without a browser. It is the
 * customer's browser, not a shortcut: it opens the authorization URL on this very browser host
 * (over TLS, to the local listener), signs in with the password and the one-time code, reads the
 * consent page, ticks the accounts and presses Approve or Refuse, through the same interaction and
 * consent code and oidc-provider's interaction finish as a person would. The answer is where the
 * browser would be sent: the TPP's redirect URI with code, state and iss (or error).
 */

export const CI_APPROVAL_PATH = '/sandbox/authorize';

export interface CiApprovalOptions {
  /** The browser host's public URL (the issuer): the Host the pages are asked for. */
  readonly issuer: string;
  /** Where this process's browser listener accepts connections. */
  readonly listener: { readonly address: string; readonly port: number };
  /** The server certificate's trust anchor. */
  readonly trustAnchorPem: string;
}

interface ApprovalRequest {
  clientId: string;
  requestUri: string;
  username: string;
  password: string;
  /** Absent for a sandbox customer: the code of their published TOTP secret is used. */
  code: string | undefined;
  /** Absent: every offered account for account access, the first offered for a payment. */
  accounts: string[] | undefined;
  decision: 'approve' | 'refuse';
}

/** A step the bank's pages did not let through, answered with what the page said. */
class StepRefused extends Error {
  constructor(
    readonly step: 'authorization' | 'password' | 'code' | 'consent',
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const BODY_BYTES_MAX = 8 * 1024;

export function ciApprovalRoute(options: CiApprovalOptions): Middleware {
  return async (ctx, next) => {
    if (ctx.path !== CI_APPROVAL_PATH) return next();
    noteRequest(ctx.req, { route: CI_APPROVAL_PATH });
    ctx.set('cache-control', 'no-store');
    if (ctx.method !== 'POST') {
      ctx.set('allow', 'POST');
      return answer(ctx, 405, {
        error: 'invalid_request',
        error_description: `${CI_APPROVAL_PATH} takes POST`,
      });
    }
    let request: ApprovalRequest;
    try {
      request = parseRequest(await readJson(ctx));
    } catch (error) {
      return answer(ctx, 400, {
        error: 'invalid_request',
        error_description: (error as Error).message,
      });
    }
    try {
      const location = await actAsCustomer(options, request);
      return answer(ctx, 200, { location });
    } catch (error) {
      if (error instanceof StepRefused) {
        return answer(ctx, 400, {
          error: 'sandbox_step_refused',
          step: error.step,
          status: error.status,
          error_description: error.message,
        });
      }
      throw error;
    }
  };
}

function answer(ctx: Context, status: number, body: Record<string, unknown>): void {
  ctx.status = status;
  ctx.body = body;
}

async function readJson(ctx: Context): Promise<unknown> {
  if (!ctx.is('application/json')) throw new Error('send the request as application/json');
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of ctx.req as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > BODY_BYTES_MAX) throw new Error(`the body is over ${BODY_BYTES_MAX} bytes`);
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new Error('the body is not JSON');
  }
}

function parseRequest(body: unknown): ApprovalRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new Error('the body must be a JSON object');
  const fields = body as Record<string, unknown>;
  const text = (name: string, required: boolean): string | undefined => {
    const value = fields[name];
    if (value === undefined && !required) return undefined;
    if (
      typeof value !== 'string' ||
      value.length === 0 ||
      value.length > 2048 ||
      !isStorableText(value)
    )
      throw new Error(`${name} must be a non-empty string`);
    return value;
  };
  const accounts = fields.accounts;
  if (
    accounts !== undefined &&
    (!Array.isArray(accounts) ||
      accounts.length > 20 ||
      !accounts.every((id) => typeof id === 'string' && isStorableText(id)))
  ) {
    throw new Error('accounts must be an array of AccountIds');
  }
  const decision = fields.decision ?? 'approve';
  if (decision !== 'approve' && decision !== 'refuse')
    throw new Error('decision must be "approve" or "refuse"');
  return {
    clientId: text('client_id', true)!,
    requestUri: text('request_uri', true)!,
    username: text('username', true)!,
    password: text('password', true)!,
    code: text('code', false),
    accounts: accounts as string[] | undefined,
    decision,
  };
}

async function actAsCustomer(
  options: CiApprovalOptions,
  request: ApprovalRequest,
): Promise<string> {
  const dispatcher = localListener(options);
  try {
    const browser = new Browser(options.issuer, dispatcher);
    const authorization = `/auth?${new URLSearchParams({ client_id: request.clientId, request_uri: request.requestUri })}`;
    const loginPage = await page(
      browser,
      await browser.get(authorization),
      'authorization',
      '/login',
    );
    const interaction = new URL(loginPage.url).pathname;
    const codePage = await page(
      browser,
      await browser.post(`${interaction}/login`, {
        csrf: csrfOf(loginPage.html),
        username: request.username,
        password: request.password,
      }),
      'password',
      '/code',
    );
    const consentPage = await signedIn(browser, interaction, codePage, request);
    // Signed in, oidc-provider resumes the authorization and starts the consent step's own
    // interaction.
    const consent = new URL(consentPage.url).pathname;
    const csrf = csrfOf(consentPage.html);
    const submitted =
      request.decision === 'refuse'
        ? await browser.post(`${consent}/refuse`, { csrf })
        : await browser.post(`${consent}/approve`, {
            csrf,
            account: request.accounts ?? defaultAccounts(consentPage.html),
          });
    const last = await browser.follow(submitted);
    const location = last.headers.get('location');
    if (last.status >= 300 && last.status < 400 && location)
      return new URL(location, options.issuer).href;
    throw new StepRefused('consent', last.status, refusal(await last.text()));
  } finally {
    await dispatcher.close();
  }
}

/**
 * The one-time code step. A TOTP code is accepted once per customer and 30-second step; without a
 * code of the TPP's own, the customer's current code is typed, and if this step's code was already
 * spent, the next step's, which the bank accepts a step early (authz/interactions/login.ts).
 */
async function signedIn(
  browser: Browser,
  interaction: string,
  codePage: Page,
  request: ApprovalRequest,
): Promise<Page> {
  const secret =
    request.code === undefined
      ? SANDBOX_CUSTOMERS.find(
          (customer) => customer.username === request.username.trim().toLowerCase(),
        )?.totpSecret
      : undefined;
  if (request.code === undefined && !secret)
    throw new StepRefused(
      'code',
      400,
      'only the sandbox customers can be signed in without a code: send "code"',
    );
  const codes =
    request.code !== undefined
      ? [request.code]
      : [0, 30].map((offset) =>
          generateSync({ secret: secret!, epoch: Math.floor(Date.now() / 1000) + offset }),
        );
  let form = codePage;
  for (const [index, code] of codes.entries()) {
    const landed = await landOn(
      browser,
      await browser.post(`${interaction}/code`, { csrf: csrfOf(form.html), code }),
    );
    if (landed.status === 200 && hasAction(landed.html, '/approve')) return landed;
    if (index === codes.length - 1 || !hasAction(landed.html, '/code'))
      throw new StepRefused('code', landed.status, refusal(landed.html));
    form = landed;
  }
  throw new Error('unreachable');
}

interface Page {
  url: string;
  status: number;
  html: string;
}

async function landOn(browser: Browser, response: Response): Promise<Page> {
  const landed = await browser.follow(response);
  return { url: landed.url, status: landed.status, html: await landed.text() };
}

/** The page a step leads to, which must carry the form of the next step. */
async function page(
  browser: Browser,
  response: Response,
  step: StepRefused['step'],
  nextAction: string,
): Promise<Page> {
  const landed = await landOn(browser, response);
  if (landed.status !== 200 || !hasAction(landed.html, nextAction))
    throw new StepRefused(step, landed.status, refusal(landed.html));
  return landed;
}

function hasAction(html: string, action: string): boolean {
  return new RegExp(`action="/interaction/[^"]*${action}"`).test(html);
}

/**
 * What a customer ticks by default: every account offered to share, or the first offered to pay
 * from.
 */
function defaultAccounts(html: string): string[] {
  const offered = offeredAccounts(html);
  return choosesOneAccount(html) ? offered.slice(0, 1) : offered;
}

/** What the page said, for the TPP's CI. */
function refusal(html: string): string {
  return problemOf(html) ?? 'the bank refused this step';
}

/**
 * Requests to the issuer's URL (its Host, its certificate's name) reach this process's own
 * listener, wherever the issuer's name points (a gateway, another instance).
 */
function localListener(options: CiApprovalOptions): Agent {
  const { hostname } = new URL(options.issuer);
  return new Agent({
    connect: (_connectOptions, callback) => {
      const socket = tlsConnect({
        host: options.listener.address,
        port: options.listener.port,
        ...(!isIP(hostname) && { servername: hostname }),
        ca: [options.trustAnchorPem, ...rootCertificates],
        ALPNProtocols: ['http/1.1'],
      });
      socket.once('secureConnect', () => callback(null, socket));
      socket.once('error', (error) => callback(error, null));
    },
  });
}
