import { isDeepStrictEqual } from 'node:util';
import type { Knex } from 'knex';
import { parseAmount } from '../../ledger/index.ts';
import {
  controlParameterBreach,
  lockVrpConsent,
  periodWindows,
  vrpPaidInWindows,
  type LockedVrpConsent,
} from '../../openbanking/index.ts';
import type { ApiDeps } from '../api.ts';
import {
  FailsControlParameters,
  ResourceConsentMismatch,
  ResourceInvalidConsentStatus,
  ResourceNotFound,
} from '../errors.ts';
import { type ClaimedSubmission, claimOf } from '../payments/claimed-request.ts';
import { refundAccount } from '../payments/debtor-account.ts';
import { submitPayment } from '../payments/make-payment.ts';
import { vrpResponse, type VrpRequest } from './vrp-payment.ts';

/** The idempotency operation name: keys of other operations never collide with a VRP's. */
const OPERATION = 'domestic-vrp';
const AMOUNT_PATH = 'Data.Instruction.InstructedAmount';

export interface VrpSubmission extends ClaimedSubmission {
  request: VrpRequest;
}

/**
 * Makes one payment on a VRP consent, once (payments/make-payment.ts), returning the response as
 * JSON text. The consent's row is locked first, so payments on it run one at a time: what it has
 * paid in each period is summed under the lock, the payment is checked against every control
 * parameter, and it is written and posted before the lock is released at commit. A breach is
 * refused with FailsControlParameters and nothing is written or posted; concurrent payments cannot
 * together pass a limit.
 */
export async function submitVrp(
  deps: Pick<ApiDeps, 'knex' | 'tppBaseUrl' | 'paymentLimits' | 'screening'>,
  submission: VrpSubmission,
): Promise<string> {
  return submitPayment(deps, claimOf(OPERATION, submission), async (trx) => {
    const consent = await lockConsent(trx, submission);
    const { Data, Risk } = submission.request;
    matchConsent(Data, consent);
    await checkControlParameters(trx, submission, consent);
    const refund = await refundAccount(trx, consent.readRefundAccount, consent.debtorAccountId);
    return {
      kind: 'domestic-vrp',
      consentId: submission.consentId,
      debtorAccountId: consent.debtorAccountId,
      initiation: Data.Instruction,
      risk: Risk,
      amountPath: AMOUNT_PATH,
      // A VRP consent stays Authorised: nothing about it changed.
      consentChanged: false,
      response: (payment) =>
        vrpResponse(deps, { payment, consentInitiation: consent.initiation, risk: Risk, refund }),
    };
  });
}

async function lockConsent(
  trx: Knex.Transaction,
  submission: VrpSubmission,
): Promise<LockedVrpConsent> {
  const outcome = await lockVrpConsent(trx, submission.consentId, submission.clientId);
  if ('locked' in outcome) return outcome.locked;
  if (!outcome.found) throw new ResourceNotFound('domestic VRP consent', 'Data.ConsentId');
  if (outcome.status === 'Authorised' && outcome.expired)
    throw new ResourceInvalidConsentStatus('the consent has expired');
  throw new ResourceInvalidConsentStatus(`the consent is ${outcome.status}, not Authorised`);
}

/**
 * The request's Initiation is the consent's, and the Instruction pays what the Initiation fixes:
 * its creditor, the creditor's address and the reference, where the consent names them.
 */
function matchConsent(data: VrpRequest['Data'], consent: LockedVrpConsent): void {
  if (!isDeepStrictEqual(data.Initiation, consent.initiation))
    throw new ResourceConsentMismatch(
      'the Initiation differs from the one the customer authorised in the consent',
      'Data.Initiation',
    );
  const fixed: [unknown, unknown, string][] = [
    [
      consent.initiation.CreditorAccount,
      data.Instruction.CreditorAccount,
      'Data.Instruction.CreditorAccount',
    ],
    [
      consent.initiation.CreditorPostalAddress,
      data.Instruction.CreditorPostalAddress,
      'Data.Instruction.CreditorPostalAddress',
    ],
    [
      (consent.initiation.RemittanceInformation as { Reference?: string } | undefined)?.Reference,
      data.Instruction.RemittanceInformation?.Reference,
      'Data.Instruction.RemittanceInformation.Reference',
    ],
  ];
  for (const [inConsent, inInstruction, path] of fixed) {
    if (inConsent !== undefined && !isDeepStrictEqual(inConsent, inInstruction))
      throw new ResourceConsentMismatch(
        `${path} differs from the consent's Initiation, which fixes it`,
        path,
      );
  }
}

/** Sums what the locked consent paid in each limit's period now and refuses a breach. */
async function checkControlParameters(
  trx: Knex.Transaction,
  submission: VrpSubmission,
  consent: LockedVrpConsent,
): Promise<void> {
  const parameters = consent.controlParameters;
  const { Data } = submission.request;
  const windows = periodWindows(parameters, consent.createdAt, consent.now);
  const paid = await vrpPaidInWindows(trx, submission.consentId, windows);
  const paidMinor = paid.map((sum, index) =>
    parseAmount(sum, parameters.PeriodicLimits[index]!.Currency),
  );
  const breach = controlParameterBreach(
    parameters,
    {
      amount: Data.Instruction.InstructedAmount,
      vrpType: Data.VRPType,
      psuAuthenticationMethod: Data.PSUAuthenticationMethod,
      psuInteractionType: Data.PSUInteractionType,
    },
    consent.now,
    paidMinor,
  );
  if (breach) throw new FailsControlParameters(breach.message, breach.path);
}
