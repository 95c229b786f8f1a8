import type { Knex } from 'knex';
import type {
  DescribedConsent,
  DescribedConsentKind,
  DescribedConsents,
} from '../../authz/index.ts';
import { API_PREFIX } from '../api.ts';
import { obRequestErrors, routeRequestSchema } from '../validation/request-body.ts';
import { accountAccessSpec } from './account-access.ts';
import { newConsentId, ruleErrors, type ConsentKindSpec } from './consent-routes.ts';
import { domesticPaymentSpec } from './domestic-payment.ts';
import {
  findAuthorizationRequestConsent,
  insertConsent,
  type StoredConsent,
} from '../../openbanking/index.ts';

const SPECS: Record<DescribedConsentKind, ConsentKindSpec<unknown>> = {
  'account-access': accountAccessSpec as ConsentKindSpec<unknown>,
  'domestic-payment': domesticPaymentSpec as ConsentKindSpec<unknown>,
};

/**
 * Plain FAPI 2.0 consents (authz/described-consent.ts), held to exactly what a POST to the intent
 * endpoint is held to (OB schema, documented fields, rules) and stored the same way.
 */
export function describedConsents(knex: Knex): DescribedConsents {
  return {
    problems({ kind, body }: DescribedConsent): string[] {
      const spec = SPECS[kind];
      const { api, schemaName } = routeRequestSchema('POST', `${API_PREFIX}${spec.path}`);
      const schemaErrors = obRequestErrors(api, schemaName, body);
      const errors = schemaErrors.length > 0 ? schemaErrors : ruleErrors(spec, body);
      return errors.map((error) =>
        error.path ? `${error.path}: ${error.message}` : error.message,
      );
    },
    async create(
      { kind, body }: DescribedConsent,
      clientId: string,
      authorizationRequestId: string,
    ): Promise<string> {
      const spec = SPECS[kind];
      const consent = { ...spec.toNewConsent(body), authorizationRequestId };
      // A second page load (or a race with one) finds the consent the first one made.
      const created: StoredConsent | undefined = await insertConsent(
        knex,
        newConsentId(spec),
        clientId,
        kind,
        consent,
      );
      if (created) return created.id;
      const existing = await findAuthorizationRequestConsent(knex, authorizationRequestId);
      if (!existing)
        throw new Error(
          'the consent of this authorization request could neither be made nor found',
        );
      return existing.id;
    },
  };
}
