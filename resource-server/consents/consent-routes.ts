import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { revokeGrantTokens, SCOPE_OF_KIND } from '../../authz/index.ts';
import { completeIdempotentOperation } from '../../ledger/index.ts';
import {
  findClientConsent,
  insertConsent,
  revokeClientConsent,
  type ConsentKind,
  type ConsentStatus,
  type JsonRecord as JsonObject,
  type NewConsent,
  type StoredConsent,
} from '../../openbanking/index.ts';
import { respond, selfLink, type ApiDeps, type ApiRouter, type RouteGroup } from '../api.ts';
import {
  ResourceInvalidConsentStatus,
  ResourceNotFound,
  throwIfAny,
  type ObError,
} from '../errors.ts';
import { endpoint } from '../pipeline.ts';
import { messageSigning } from '../signing.ts';
import { guarded, type ResourceContext, type ResourceMiddleware } from '../state.ts';
import { obBody, type ObRequest } from '../validation/request-body.ts';
import { beginIdempotentText, idempotencyKeyHeader } from './idempotency-key.ts';

/**
 * What sets one kind of OB intent apart; `consentRoutes` turns it into the kind's endpoints, so
 * the guard, validation, idempotency, ownership and envelope are written once for all three.
 */
export interface ConsentKindSpec<Request> {
  kind: ConsentKind;
  /**
   * The collection's path under the API prefix, as the OB document's server URL + path; a POST's
   * body is held to the schema the document gives there (validation/request-body.ts).
   */
  path: string;
  /** ConsentId prefix: the kind is visible in the id (logs, support calls). */
  idPrefix: string;
  /** OB rules beyond the schema (permissions, dates, amounts, account schemes). */
  rules(request: Request, now: Date): readonly (ObError | undefined)[];
  toNewConsent(request: Request): NewConsent;
  /** The kind's members of the response's Data, beside ConsentId, Status and the timestamps. */
  data(consent: StoredConsent): JsonObject;
  /** Members of Data read elsewhere once the consent is authorised (a VRP's DebtorAccount). */
  authorisedData?(deps: ApiDeps, consent: StoredConsent): Promise<JsonObject>;
  /** Statuses in which the consent is gone for the TPP (deleted), answered as unknown. */
  gone?: readonly ConsentStatus[];
  /** The response schema has `Risk` (not OBFundsConfirmationConsentResponse1). */
  withRisk: boolean;
  /** POST requires `x-idempotency-key` (the payment APIs). */
  idempotent: boolean;
  /**
   * OB message signing (the payment APIs): POST requires the TPP's `x-jws-signature`, and every
   * answer with a body carries the bank's.
   */
  signed: boolean;
  /** The TPP may DELETE it (OB has no DELETE for payment consents). */
  deletable: boolean;
}

/**
 * POST the collection, GET (and DELETE) one member, all with a client-credentials token of the
 * kind's scope.
 */
export function consentRoutes<Request>(spec: ConsentKindSpec<Request>): RouteGroup {
  return (router: ApiRouter, deps: ApiDeps) => {
    const signing = spec.signed ? messageSigning(deps) : undefined;
    // The signer goes first so that the guard's refusals are signed too.
    const pipeline = [
      ...(signing?.signed ?? []),
      ...deps.guard({ scope: SCOPE_OF_KIND[spec.kind], grant: 'client_credentials' }),
    ];
    const member = `${spec.path}/:ConsentId`;
    // The key and signature steps only where the kind requires them: the handler sees them as
    // optional.
    const keyed: ResourceMiddleware[] = spec.idempotent ? [idempotencyKeyHeader] : [];
    const verified: ResourceMiddleware[] = signing ? [signing.verified] : [];
    const creation = [...pipeline, ...keyed, obBody<Request>(), ...verified] as const;
    router.post(spec.path, ...endpoint(creation, (ctx) => createConsent(ctx, deps, spec)));
    router.get(member, ...pipeline, async (ctx) => {
      const id = ctx.params.ConsentId!;
      const consent = await findClientConsent(
        deps.knex,
        spec.kind,
        guarded(ctx).token.clientId,
        id,
      );
      if (!consent || spec.gone?.includes(consent.status)) throw consentNotFound(spec.kind, id);
      respond(ctx, 200, await consentResponse(deps, spec, consent));
    });
    if (spec.deletable) {
      router.delete(member, ...pipeline, async (ctx) => {
        const id = ctx.params.ConsentId!;
        const outcome = await revokeClientConsent(
          deps.knex,
          spec.kind,
          guarded(ctx).token.clientId,
          id,
          revokeGrantTokens,
        );
        if (!outcome.revoked && (!outcome.status || spec.gone?.includes(outcome.status)))
          throw consentNotFound(spec.kind, id);
        if (!outcome.revoked)
          throw new ResourceInvalidConsentStatus(
            `the consent is ${outcome.status} and cannot be deleted`,
          );
        respond(ctx, 204, null);
      });
    }
  };
}

async function createConsent<Request>(
  ctx: ResourceContext & { state: { body: ObRequest<Request> } },
  deps: ApiDeps,
  spec: ConsentKindSpec<Request>,
): Promise<void> {
  const { clientId } = guarded(ctx).token;
  const { idempotencyKey: key, body: request } = ctx.state;
  throwIfAny(ruleErrors(spec, request.value));
  const consent = spec.toNewConsent(request.value);
  const create = async (db: Knex | Knex.Transaction) =>
    consentResponse(
      deps,
      spec,
      await insertConsent(db, newConsentId(spec), clientId, spec.kind, consent),
    );
  if (key === undefined) {
    respond(ctx, 201, await create(deps.knex));
    return;
  }
  const body = await deps.knex.transaction(async (trx) => {
    const start = await beginIdempotentText(trx, {
      clientId,
      operation: `${spec.kind}-consent`,
      key,
      body: request.raw,
    });
    if (start.state === 'replayed') return start.response;
    const created = JSON.stringify(await create(trx));
    await completeIdempotentOperation(trx, start.handle, created);
    return created;
  });
  respond(ctx, 201, body);
}

/** The OB rules beyond the schema that the request breaks. */
export function ruleErrors<Request>(
  spec: Pick<ConsentKindSpec<Request>, 'rules'>,
  request: Request,
): ObError[] {
  return spec.rules(request, new Date()).filter((error): error is ObError => error !== undefined);
}

export function newConsentId(spec: Pick<ConsentKindSpec<unknown>, 'idPrefix'>): string {
  return `${spec.idPrefix}-${randomUUID()}`;
}

/**
 * Another TPP's consent is answered exactly like one that does not exist (OB: 400
 * Resource.NotFound).
 */
function consentNotFound(kind: ConsentKind, id: string): ResourceNotFound {
  return new ResourceNotFound(`${kind} consent ${id}`, 'ConsentId');
}

/** The OB response envelope: Data, Risk where the kind has it, Links.Self, Meta. */
async function consentResponse(
  deps: ApiDeps,
  spec: Pick<ConsentKindSpec<unknown>, 'path' | 'data' | 'authorisedData' | 'withRisk'>,
  consent: StoredConsent,
): Promise<JsonObject> {
  return {
    Data: {
      ConsentId: consent.id,
      Status: consent.status,
      CreationDateTime: consent.createdAt.toISOString(),
      StatusUpdateDateTime: consent.statusUpdatedAt.toISOString(),
      ...spec.data(consent),
      ...(consent.status === 'Authorised' && (await spec.authorisedData?.(deps, consent))),
    },
    ...(spec.withRisk && { Risk: consent.risk ?? {} }),
    Links: { Self: selfLink(deps, `${spec.path}/${encodeURIComponent(consent.id)}`) },
    Meta: {},
  };
}

/**
 * The optional date-time members of Data, present only when set (OB ISODateTime: RFC 3339, UTC
 * throughout).
 */
export function optionalDateTimes(members: Record<string, Date | null>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(members).flatMap(([name, date]) => (date ? [[name, date.toISOString()]] : [])),
  );
}
