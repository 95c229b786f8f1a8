import type { JsonObject } from '../../ledger/index.ts';
import type { JsonRecord, PaymentRecord } from '../../openbanking/index.ts';
import { selfLink, type ApiDeps } from '../api.ts';
import type { DomesticInitiation } from '../payments/domestic-payment.ts';
import { paymentDetailsResponse } from '../payments/domestic-payment.ts';
import type { VrpInitiation } from './vrp-consents.ts';

/**
 * OBDomesticVRPInstruction, as the schema has already checked it: what this payment moves (the
 * members settlement and the pacs.008 read of every payment, as a domestic Initiation has them).
 */
export type VrpInstruction = DomesticInitiation;

/** OBDomesticVRPRequest, as the schema has already checked it. */
export interface VrpRequest {
  Data: {
    ConsentId: string;
    PSUAuthenticationMethod: string;
    PSUInteractionType?: string;
    VRPType: string;
    Initiation: VrpInitiation;
    Instruction: VrpInstruction;
  };
  Risk: JsonObject;
}

/**
 * A VRP payment as its responses need it: the payment, its consent's Initiation, its own Risk, and
 * the paying account when the consent's ReadRefundAccount is Yes.
 */
export interface VrpPaymentView {
  payment: PaymentRecord;
  consentInitiation: JsonRecord;
  risk: JsonRecord;
  refund: JsonObject | undefined;
}

export const VRPS_PATH = '/pisp/domestic-vrps';

function vrpPath(paymentId: string): string {
  return `${VRPS_PATH}/${encodeURIComponent(paymentId)}`;
}

/** OBDomesticVRPResponse: the Initiation the consent carries, the Instruction this payment paid. */
export function vrpResponse(deps: Pick<ApiDeps, 'tppBaseUrl'>, view: VrpPaymentView): JsonRecord {
  const { payment } = view;
  return {
    Data: {
      DomesticVRPId: payment.id,
      ConsentId: payment.consent_id,
      CreationDateTime: payment.created_at.toISOString(),
      Status: payment.status,
      StatusUpdateDateTime: payment.status_updated_at.toISOString(),
      Initiation: view.consentInitiation,
      Instruction: payment.initiation,
      ...(view.refund && { Refund: view.refund }),
    },
    Risk: view.risk,
    Links: { Self: selfLink(deps, vrpPath(payment.id)) },
    Meta: {},
  };
}

/** OBDomesticVRPDetails: one transfer per payment, as for a domestic payment. */
export function vrpDetailsResponse(
  deps: Pick<ApiDeps, 'tppBaseUrl'>,
  payment: PaymentRecord,
): JsonObject {
  return {
    ...paymentDetailsResponse(deps, payment),
    Links: { Self: selfLink(deps, `${vrpPath(payment.id)}/payment-details`) },
  };
}
