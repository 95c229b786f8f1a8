import { TRANSACTION_DIRECTIONS, TRANSACTION_VIEWS } from '../accounts/permissions.ts';
import { FieldInvalid, type ObError } from '../errors.ts';

/**
 * OB Account and Transaction API, account-access-consents: the schema admits only the 21
 * permission codes; on top of that the ASPSP must reject a list where ReadTransactionsBasic or
 * ReadTransactionsDetail comes without ReadTransactionsCredits or ReadTransactionsDebits, or the
 * other way round. A code listed twice is refused too: it cannot mean anything but a TPP bug.
 * OB sets no other dependency (ReadBalances does not need ReadAccountsBasic), so none is added.
 */
export function permissionErrors(permissions: readonly string[], path: string): ObError[] {
  const errors: ObError[] = [];
  const seen = new Set<string>();
  permissions.forEach((permission, index) => {
    if (seen.has(permission))
      errors.push(new FieldInvalid(`${permission} is listed more than once`, `${path}[${index}]`));
    seen.add(permission);
  });
  const hasView = TRANSACTION_VIEWS.some((p) => seen.has(p));
  const hasDirection = TRANSACTION_DIRECTIONS.some((p) => seen.has(p));
  if (hasView && !hasDirection) {
    errors.push(
      new FieldInvalid(
        `${TRANSACTION_VIEWS.join(' or ')} needs at least one of ${TRANSACTION_DIRECTIONS.join(', ')}`,
        path,
      ),
    );
  }
  if (hasDirection && !hasView) {
    errors.push(
      new FieldInvalid(
        `${TRANSACTION_DIRECTIONS.join(' or ')} needs at least one of ${TRANSACTION_VIEWS.join(', ')}`,
        path,
      ),
    );
  }
  return errors;
}
