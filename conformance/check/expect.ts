import * as oauth from 'openid-client';

/** Assertions of the self-check: each failure says what the bank did instead. */

export function expect(condition: unknown, problem: string): asserts condition {
  if (!condition) throw new Error(problem);
}

/**
 * The request must be refused with one of these OAuth errors (RFC 6749 section 5.2 and the
 * extensions' codes), at one of these HTTP statuses.
 */
export async function expectOAuthError(
  attempt: Promise<unknown>,
  errors: readonly string[],
  statuses: readonly number[] = [400],
): Promise<void> {
  let outcome: unknown;
  try {
    outcome = await attempt;
  } catch (error) {
    if (error instanceof oauth.ResponseBodyError) {
      expect(
        errors.includes(error.error),
        `refused with ${error.error} (${error.error_description ?? ''}), expected ${errors.join(' or ')}`,
      );
      expect(
        statuses.includes(error.status),
        `refused with HTTP ${error.status}, expected ${statuses.join(' or ')}`,
      );
      return;
    }
    if (error instanceof oauth.AuthorizationResponseError) {
      expect(
        errors.includes(error.error),
        `authorization response error ${error.error}, expected ${errors.join(' or ')}`,
      );
      return;
    }
    throw new Error(
      `refused, but not with an OAuth error response: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  throw new Error(
    `accepted (${JSON.stringify(outcome)?.slice(0, 200)}), expected ${errors.join(' or ')}`,
  );
}

/** A raw HTTP answer must have this status; returns its body text. */
export async function expectStatus(
  response: Response,
  statuses: number | readonly number[],
  what: string,
): Promise<string> {
  const text = await response.text();
  const allowed = typeof statuses === 'number' ? [statuses] : statuses;
  expect(
    allowed.includes(response.status),
    `${what}: HTTP ${response.status}, expected ${allowed.join(' or ')}: ${text.slice(0, 300)}`,
  );
  return text;
}
