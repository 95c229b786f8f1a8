import type { JsonObject } from '../../ledger/index.ts';
import type { PaymentRecord, PaymentStatus } from '../../openbanking/index.ts';
import { selfLink, type ApiDeps } from '../api.ts';

/** OBWriteDomestic2.Data.Initiation: the fields the bank acts on; the rest is echoed as sent. */
export interface DomesticInitiation {
  readonly [field: string]: unknown;
  InstructionIdentification: string;
  EndToEndIdentification: string;
  InstructedAmount: { Amount: string; Currency: string };
  CreditorAccount: { SchemeName: string; Identification: string; Name?: string };
  RemittanceInformation?: { Reference?: string; Unstructured?: string };
}

/** OBWriteDomestic2, as the schema has already checked it. */
export interface DomesticPaymentRequest {
  Data: { ConsentId: string; Initiation: DomesticInitiation };
  Risk: JsonObject;
}

interface DomesticPaymentResponse extends JsonObject {
  Data: {
    DomesticPaymentId: string;
    ConsentId: string;
    CreationDateTime: string;
    Status: PaymentStatus;
    StatusUpdateDateTime: string;
    Initiation: JsonObject;
    Refund?: { Account: JsonObject };
  };
  Links: { Self: string };
  Meta: JsonObject;
}

function paymentPath(paymentId: string): string {
  return `/pisp/domestic-payments/${encodeURIComponent(paymentId)}`;
}

/** OBWriteDomesticResponse5; `refund`, the paying account, when the consent's ReadRefundAccount is Yes. */
export function domesticPaymentResponse(
  deps: Pick<ApiDeps, 'tppBaseUrl'>,
  row: PaymentRecord,
  refund: JsonObject | undefined,
): DomesticPaymentResponse {
  return {
    Data: {
      DomesticPaymentId: row.id,
      ConsentId: row.consent_id,
      CreationDateTime: row.created_at.toISOString(),
      Status: row.status,
      StatusUpdateDateTime: row.status_updated_at.toISOString(),
      Initiation: row.initiation,
      ...(refund && { Refund: { Account: refund } }),
    },
    Links: { Self: selfLink(deps, paymentPath(row.id)) },
    Meta: {},
  };
}

/**
 * OBWritePaymentDetailsResponse1: one transfer per payment here, identified by its ledger
 * transfer (the customer's debit), in the payment's current status.
 */
export function paymentDetailsResponse(
  deps: Pick<ApiDeps, 'tppBaseUrl'>,
  row: PaymentRecord,
): JsonObject {
  return {
    Data: {
      PaymentStatus: [
        {
          PaymentTransactionId: row.ledger_transfer_id ?? row.id,
          Status: row.status,
          StatusUpdateDateTime: row.status_updated_at.toISOString(),
        },
      ],
    },
    Links: { Self: selfLink(deps, `${paymentPath(row.id)}/payment-details`) },
    Meta: {},
  };
}
