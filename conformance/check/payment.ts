import { randomUUID } from 'node:crypto';
import * as oauth from 'openid-client';
import { signMessage, type MessageSigner } from '../../examples/tpp-client.ts';
import {
  callResource,
  exchangeCode,
  fapiHeaders,
  pushAuthorization,
  type Tokens,
} from './authorization.ts';
import { browse, type CheckContext, type VariantRun } from './context.ts';
import { expect } from './expect.ts';
import { HAPPY_FLOW } from './happy-flow.ts';
import type { VariantClient } from './variant-client.ts';

/**
 * Plain FAPI 2.0 payments (the suite's RAR variant reads accounts only; a bank adopting RAR also
 * pays with it): `authorization_details` of type payment_initiation, the consent made at the
 * authorization endpoint and approved with the paying account by the same browser steps, then the
 * OB payment submitted with the token, signed, once.
 */

const PAYMENT_DETAIL = {
  type: 'payment_initiation',
  instructedAmount: { currency: 'GBP', amount: '10.00' },
  creditorName: 'Conformance Payee',
  creditorAccount: {
    schemeName: 'UK.OBIE.SortCodeAccountNumber',
    identification: '40400411223344',
  },
  remittanceInformationUnstructured: 'Conformance self-check',
};

const PAYMENT_CONSENTS = '/open-banking/v3.1/pisp/domestic-payment-consents';
const PAYMENTS = '/open-banking/v3.1/pisp/domestic-payments';

function signer(client: VariantClient, issuer: string): MessageSigner {
  const { signingKey, signingJwk, softwareIssuer } = client.registered;
  return {
    key: signingKey,
    alg: signingJwk.alg!,
    kid: signingJwk.kid!,
    iss: softwareIssuer,
    tan: new URL(issuer).hostname,
  };
}

async function submit(
  context: CheckContext,
  client: VariantClient,
  tokens: Tokens,
  body: string,
  idempotencyKey: string,
): Promise<{ status: number; text: string }> {
  const headers = fapiHeaders();
  headers.set('x-idempotency-key', idempotencyKey);
  headers.set('x-jws-signature', await signMessage(signer(client, context.server.issuer), body));
  const response = await callResource(
    client,
    tokens,
    new URL(PAYMENTS, context.deployment.tppBaseUrl),
    headers,
    'POST',
    body,
  );
  return { status: response.status, text: await response.text() };
}

export async function checkRarPayment(context: CheckContext, run: VariantRun): Promise<void> {
  await context.report.check(
    run.slug,
    'RAR payment_initiation: consent made at authorization, paying account chosen, paid once with the token',
    'platform: plain FAPI RAR payment (no suite module)',
    async () => {
      const [client] = run.clients;
      const scope = run.variant.openid === 'openid_connect' ? 'openid payments' : 'payments';
      const pushed = await pushAuthorization(client, {
        authorizationDetails: [PAYMENT_DETAIL],
        parameters: { scope },
      });
      const [outcome] = await browse(context, run, HAPPY_FLOW, [pushed.url]);
      expect(
        outcome?.callback,
        `the browser steps ended on a bank page: ${outcome?.pageText?.slice(0, 200)}`,
      );
      const tokens = await exchangeCode(client, outcome.callback, pushed);
      const detail = (
        tokens.authorization_details as { type?: string; consentId?: string }[] | undefined
      )?.find((item) => item.type === 'payment_initiation');
      expect(
        typeof detail?.consentId === 'string',
        "the token response's authorization_details carry no consentId",
      );

      // The initiation as the bank stored it (with the instruction id it made), read with a
      // client-credentials token.
      const credentials = await oauth.clientCredentialsGrant(
        client.config,
        { scope: 'payments' },
        client.dpop && { DPoP: client.dpop },
      );
      const read = await callResource(
        client,
        credentials,
        new URL(
          `${PAYMENT_CONSENTS}/${encodeURIComponent(detail.consentId)}`,
          context.deployment.tppBaseUrl,
        ),
      );
      const readText = await read.text();
      expect(
        read.status === 200,
        `GET the payment consent answered ${read.status}: ${readText.slice(0, 300)}`,
      );
      const consent = JSON.parse(readText) as {
        Data: { Status: string; Initiation: Record<string, unknown> };
        Risk: Record<string, unknown>;
      };
      expect(consent.Data.Status === 'Authorised', `the payment consent is ${consent.Data.Status}`);

      const body = JSON.stringify({
        Data: { ConsentId: detail.consentId, Initiation: consent.Data.Initiation },
        Risk: consent.Risk,
      });
      const key = randomUUID();
      const paid = await submit(context, client, tokens, body, key);
      expect(
        paid.status === 201,
        `the payment answered ${paid.status}: ${paid.text.slice(0, 300)}`,
      );
      const replay = await submit(context, client, tokens, body, key);
      expect(
        replay.status === 201 && replay.text === paid.text,
        `the same payment again under its key answered ${replay.status}, not the first answer`,
      );
      const again = await submit(context, client, tokens, body, randomUUID());
      expect(
        again.status >= 400 && again.status < 500,
        `a second payment on the consent answered ${again.status}`,
      );
    },
  );
}
