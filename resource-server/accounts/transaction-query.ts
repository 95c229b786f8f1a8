import type { TokenConsent } from '../../authz/index.ts';
import { FieldInvalid, FieldInvalidDate } from '../errors.ts';

/**
 * The query of a transactions request: OB's booking-time filters and this server's page cursor.
 * OB: the time part is optional (midnight when absent) and a time zone, if any, is ignored: the
 * values are UTC. A `+` offset sent unencoded arrives as a space, which is therefore accepted too.
 */
const BOOKING_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(?:Z|[ +-]\d{2}:?\d{2})?$/;
const CURSOR = /^([A-Za-z0-9][A-Za-z0-9._-]{0,39}):(\d{1,19})$/;
const VERSION_MAX = 2n ** 63n - 1n;

const QUERY_FROM = 'fromBookingDateTime';
const QUERY_TO = 'toBookingDateTime';
export const QUERY_PAGE = 'page';

export interface PageCursor {
  accountId: string;
  /** Continue after this entry of the account (ledger accountVersion). */
  afterVersion: bigint;
}

export interface TransactionQuery {
  from: Date | undefined;
  to: Date | undefined;
  cursor: PageCursor | undefined;
  /** The filters as sent, for Links.Self and Links.Next. */
  filters: { [QUERY_FROM]?: string; [QUERY_TO]?: string };
}

type Query = Record<string, string | string[] | undefined>;

export function readTransactionQuery(query: Query): TransactionQuery {
  const fromText = single(query, QUERY_FROM);
  const toText = single(query, QUERY_TO);
  const pageText = single(query, QUERY_PAGE);
  const from = fromText === undefined ? undefined : bookingDateTime(fromText, QUERY_FROM);
  const to = toText === undefined ? undefined : bookingDateTime(toText, QUERY_TO);
  if (from && to && from > to)
    throw new FieldInvalidDate(`${QUERY_TO} must not be before ${QUERY_FROM}`, QUERY_TO);
  return {
    from,
    to,
    cursor: pageText === undefined ? undefined : cursor(pageText),
    filters: {
      ...(fromText !== undefined && { [QUERY_FROM]: fromText }),
      ...(toText !== undefined && { [QUERY_TO]: toText }),
    },
  };
}

export function cursorText(cursor: PageCursor): string {
  return `${cursor.accountId}:${cursor.afterVersion}`;
}

/**
 * The booking period to read: the TPP's filter clipped to the consent's TransactionFromDateTime /
 * TransactionToDateTime. Undefined when nothing can match (the two do not overlap).
 */
export function bookingPeriod(
  query: TransactionQuery,
  consent: TokenConsent,
): { from?: Date; to?: Date } | undefined {
  const from = latest(query.from, consent.transactionFrom);
  const to = earliest(query.to, consent.transactionTo);
  if (from && to && from > to) return undefined;
  return { ...(from && { from }), ...(to && { to }) };
}

function single(query: Query, name: string): string | undefined {
  const value = query[name];
  if (Array.isArray(value)) throw new FieldInvalid(`${name} may be given once`, name);
  return value;
}

function bookingDateTime(text: string, name: string): Date {
  const match = BOOKING_DATE_TIME.exec(text);
  const invalid = () =>
    new FieldInvalidDate(
      `${name} must be an ISO 8601 date or date-time, e.g. 2025-01-31T00:00:00`,
      name,
    );
  if (!match) throw invalid();
  const [year, month, day, hour, minute, second] = match
    .slice(1, 7)
    .map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  const millis = Number((match[7] ?? '').padEnd(3, '0').slice(0, 3));
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second, millis));
  // Date.UTC rolls 31 February over into March; a date that does not round-trip does not exist.
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    throw invalid();
  }
  return date;
}

function cursor(text: string): PageCursor {
  const match = CURSOR.exec(text);
  const afterVersion = match ? BigInt(match[2]!) : -1n;
  if (!match || afterVersion > VERSION_MAX)
    throw new FieldInvalid(`${QUERY_PAGE} must be a cursor from Links.Next`, QUERY_PAGE);
  return { accountId: match[1]!, afterVersion };
}

function latest(a: Date | undefined, b: Date | undefined): Date | undefined {
  return a && b ? (a > b ? a : b) : (a ?? b);
}

function earliest(a: Date | undefined, b: Date | undefined): Date | undefined {
  return a && b ? (a < b ? a : b) : (a ?? b);
}
