/**
 * What a browser without JavaScript reads off the bank's pages (consent-ui/views): the form's CSRF
 * token, the accounts offered on the consent page, what a page says went wrong.
 */

export function csrfOf(html: string): string {
  const match = /name="csrf" value="([^"]+)"/.exec(html);
  if (!match) throw new Error('page has no CSRF token');
  return match[1]!;
}

/** The enabled account inputs of the consent page, in page order. */
export function offeredAccounts(html: string): string[] {
  const inputs = html.match(/<input class="account__input"[^>]*>/g) ?? [];
  return inputs
    .filter((input) => !/\sdisabled[\s>]/.test(input))
    .map((input) => /value="([^"]+)"/.exec(input)![1]!);
}

/** Whether the consent page asks for one account (a payment's) rather than several. */
export function choosesOneAccount(html: string): boolean {
  return /type="radio" name="account"/.test(html);
}

/** What the customer would read: the page's problem, or its heading. */
export function problemOf(html: string): string | undefined {
  const text = (pattern: RegExp) =>
    pattern
      .exec(html)?.[1]
      ?.replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  return text(/id="problem"[^>]*>([\s\S]*?)<\/div>/) ?? text(/<h1[^>]*>([\s\S]*?)<\/h1>/);
}
