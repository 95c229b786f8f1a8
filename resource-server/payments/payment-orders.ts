import type { JsonObject } from '../../ledger/index.ts';
import {
  findClientPaymentOrder,
  type JsonRecord,
  listOrderExecutions,
  type PaymentOrderKind,
  type PaymentOrderRecord,
} from '../../openbanking/index.ts';
import { type ApiDeps, type RouteGroup, respond, selfLink } from '../api.ts';
import { idempotencyKeyHeader } from '../consents/idempotency-key.ts';
import { ResourceConsentMismatch, ResourceNotFound } from '../errors.ts';
import { endpoint } from '../pipeline.ts';
import { messageSigning } from '../signing.ts';
import { guarded, guardedConsent, type ResourceContext } from '../state.ts';
import { obBody } from '../validation/request-body.ts';
import { refundAccountOf } from './debtor-account.ts';
import { PAYMENT_ID } from './routes.ts';
import { submitPaymentOrder } from './submit-order.ts';

/** OBWriteDomesticScheduled2 / OBWriteDomesticStandingOrder3, as the schema has already checked them. */
interface OrderRequest {
  Data: { ConsentId: string; Initiation: JsonRecord };
  Risk: JsonRecord;
}

/** What tells the two order APIs apart: their paths and the name of their id. */
interface OrderApi {
  kind: PaymentOrderKind;
  path: string;
  idName: 'DomesticScheduledPaymentId' | 'DomesticStandingOrderId';
  /** Response members computed from the order (the scheduled payment's expected date). */
  expected?: (order: PaymentOrderRecord) => JsonObject;
}

const ORDER_APIS: readonly OrderApi[] = [
  {
    kind: 'domestic-scheduled-payment',
    path: '/pisp/domestic-scheduled-payments',
    idName: 'DomesticScheduledPaymentId',
    expected: (order) => ({
      ExpectedExecutionDateTime: String(order.initiation.RequestedExecutionDateTime),
    }),
  },
  {
    kind: 'domestic-standing-order',
    path: '/pisp/domestic-standing-orders',
    idName: 'DomesticStandingOrderId',
  },
];

/** An order's payment-details list at most this many executions, the latest. */
const EXECUTIONS_SHOWN_MAX = 100;

/**
 * PISP domestic scheduled payments and standing orders (OB v3.1.11 Payment Initiation): the
 * submission, idempotent and signed both ways, makes the order; the order and its payments
 * (payment-details) can be read with a client-credentials token. The bank pays each instalment
 * on its date (events/tasks/execute-payment-orders.ts).
 */
export const paymentOrders: RouteGroup = (router, deps) => {
  const { signed, verified } = messageSigning(deps);
  for (const api of ORDER_APIS) {
    // A Consumed consent passes the guard so that a retry of its submission replays the response.
    const submission = deps.guard({
      grant: 'authorization_code',
      scope: 'payments',
      consent: { statuses: ['Authorised', 'Consumed'] },
      meteredByHandler: true,
    });
    const steps = [
      ...signed,
      ...submission,
      idempotencyKeyHeader,
      obBody<OrderRequest>(),
      verified,
    ] as const;
    router.post(
      api.path,
      ...endpoint(steps, async (ctx) => {
        const { token } = guarded(ctx);
        const consent = guardedConsent(ctx);
        const { idempotencyKey, body } = ctx.state;
        if (consent.kind !== api.kind) {
          throw new ResourceConsentMismatch(
            `the access token was issued for a ${consent.kind} consent, not a ${api.kind} consent`,
            'Data.ConsentId',
          );
        }
        if (body.value.Data.ConsentId !== consent.id) {
          throw new ResourceConsentMismatch(
            'Data.ConsentId is not the consent this access token was issued for',
            'Data.ConsentId',
          );
        }
        const response = await submitPaymentOrder(
          deps,
          {
            kind: api.kind,
            clientId: token.clientId,
            consentId: consent.id,
            idempotencyKey,
            rawBody: body.raw,
            initiation: body.value.Data.Initiation,
            risk: body.value.Risk,
          },
          (order, refund) => orderResponse(deps, api, order, refund),
        );
        respond(ctx, 201, response);
      }),
    );

    const reading = [...signed, ...deps.guard({ grant: 'client_credentials', scope: 'payments' })];
    router.get(`${api.path}/:${api.idName}`, ...reading, async (ctx) => {
      const order = await findOrder(ctx, api);
      const refund = await refundAccountOf(deps.knex, order.consentId);
      respond(ctx, 200, orderResponse(deps, api, order, refund));
    });
    router.get(`${api.path}/:${api.idName}/payment-details`, ...reading, async (ctx) => {
      const order = await findOrder(ctx, api);
      const executions = await listOrderExecutions(deps.knex, order.id, EXECUTIONS_SHOWN_MAX);
      respond(ctx, 200, {
        // OBWritePaymentDetailsResponse1: each instalment paid or refused so far, oldest first.
        Data: {
          PaymentStatus: executions.map((execution) => ({
            PaymentTransactionId: execution.ledgerTransferId ?? execution.id,
            Status: execution.status,
            StatusUpdateDateTime: execution.statusUpdatedAt.toISOString(),
          })),
        },
        Links: { Self: selfLink(deps, `${orderPath(api, order.id)}/payment-details`) },
        Meta: {},
      });
    });
  }

  /** The caller's own order; another TPP's is answered as unknown (OB "400 v/s 404"). */
  async function findOrder(
    ctx: ResourceContext & { params: Record<string, string> },
    api: OrderApi,
  ): Promise<PaymentOrderRecord> {
    const id = ctx.params[api.idName]!;
    const order = PAYMENT_ID.test(id)
      ? await findClientPaymentOrder(deps.knex, api.kind, id, guarded(ctx).token.clientId)
      : undefined;
    if (!order) throw new ResourceNotFound(api.kind.replaceAll('-', ' '), api.idName);
    return order;
  }
};

function orderPath(api: OrderApi, id: string): string {
  return `${api.path}/${encodeURIComponent(id)}`;
}

/**
 * OBWriteDomesticScheduledResponse5 / OBWriteDomesticStandingOrderResponse6; `refund`, the paying
 * account, when the consent's ReadRefundAccount is Yes.
 */
function orderResponse(
  deps: Pick<ApiDeps, 'tppBaseUrl'>,
  api: OrderApi,
  order: PaymentOrderRecord,
  refund: JsonObject | undefined,
): JsonObject {
  return {
    Data: {
      [api.idName]: order.id,
      ConsentId: order.consentId,
      CreationDateTime: order.createdAt.toISOString(),
      Status: order.status,
      StatusUpdateDateTime: order.statusUpdatedAt.toISOString(),
      ...api.expected?.(order),
      Initiation: order.initiation as JsonObject,
      ...(refund && { Refund: { Account: refund } }),
    },
    Links: { Self: selfLink(deps, orderPath(api, order.id)) },
    Meta: {},
  };
}
