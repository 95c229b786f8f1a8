import { checkCallbackUrl, OutboundRefused } from '../../outbound/index.ts';
import {
  type EventVersion,
  SUPPORTED_EVENT_TYPES,
  type SubscriptionRequest,
} from '../../openbanking/index.ts';
import { FieldInvalid, throwIfAny, type ObError } from '../errors.ts';

/**
 * OBEventSubscription1 (POST) and OBEventSubscriptionResponse1 (PUT), as their schemas shaped them.
 */
export interface SubscriptionBody {
  Data: {
    EventSubscriptionId?: string;
    CallbackUrl?: string;
    Version: string;
    EventTypes?: string[];
  };
}

/** openbanking.event_subscriptions.callback_url holds at most this. */
const CALLBACK_URL_CHARS_MAX = 2048;

/**
 * The OB rules beyond the schema (OBEventSubscription1 notes): `Version` names the version of the
 * resources whose events the TPP wants, `version`, the one of the API the request came through
 * (3.1, or 4.0 on /open-banking/v4.0); `EventTypes`, when given, only types this bank raises;
 * `CallbackUrl`, when given, an https URL the bank may call (not a private or loopback address
 * outside the sandbox allow-list). Every breach is answered at once.
 */
export function subscriptionRequest(
  body: SubscriptionBody,
  version: EventVersion,
  privateHostsAllowed: readonly string[],
): SubscriptionRequest {
  const { CallbackUrl, Version, EventTypes = [] } = body.Data;
  const errors: ObError[] = [];
  if (Version !== version) {
    errors.push(
      new FieldInvalid(
        `Version must be ${version} on the OB v${version} Events API: the version of the resources the event notifications link`,
        'Data.Version',
      ),
    );
  }
  EventTypes.forEach((type, index) => {
    if (!(SUPPORTED_EVENT_TYPES as readonly string[]).includes(type)) {
      errors.push(
        new FieldInvalid(
          `${type} is not an event type this bank raises (${SUPPORTED_EVENT_TYPES.join(', ')})`,
          `Data.EventTypes[${index}]`,
        ),
      );
    }
  });
  if (CallbackUrl !== undefined) {
    if (CallbackUrl.length > CALLBACK_URL_CHARS_MAX) {
      errors.push(
        new FieldInvalid(
          `CallbackUrl exceeds ${CALLBACK_URL_CHARS_MAX} characters`,
          'Data.CallbackUrl',
        ),
      );
    } else {
      try {
        checkCallbackUrl(CallbackUrl, privateHostsAllowed);
      } catch (error) {
        if (!(error instanceof OutboundRefused)) throw error;
        errors.push(new FieldInvalid(`CallbackUrl ${error.message}`, 'Data.CallbackUrl'));
      }
    }
  }
  throwIfAny(errors);
  return { callbackUrl: CallbackUrl, version, eventTypes: [...new Set(EventTypes)] };
}
