/**
 * A kit's client at the bank: the registration an earlier run saved in the kit folder
 * (`registration.json`, mode 0600, next to the keys: it holds the RFC 7592 token), or a new one
 * saved for the next run. A software statement registers once, so every example on one kit
 * (quickstart.ts, then authorize.ts) shares the first registration.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as oauth from 'openid-client';
import type { Kit } from './kit.ts';
import {
  fetchVia,
  messageSigner,
  registeredClient,
  registerTpp,
  transportAgent,
  type RegisteredTpp,
} from './tpp-client.ts';

/** What the bank answered at registration, kept next to the kit's keys. */
export const REGISTRATION_FILE = 'registration.json';

/** The client this kit registered on an earlier run, or a new registration saved for the next. */
export async function registration(kit: Kit): Promise<RegisteredTpp> {
  const path = join(kit.dir, REGISTRATION_FILE);
  const saved = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (saved !== undefined) {
    const tpp = await knownClient(kit, JSON.parse(saved) as oauth.ClientMetadata);
    console.log(`Reusing the registration in ${path}: client_id ${tpp.clientId}`);
    return tpp;
  }
  const tpp = await registerTpp(kit.issuer, kit.identity, {
    authMethod: 'private_key_jwt',
    binding: 'dpop',
    redirectUris: kit.redirectUris,
  });
  await writeFile(path, `${JSON.stringify(tpp.config.clientMetadata(), null, 2)}\n`, {
    mode: 0o600,
    flag: 'wx',
  });
  console.log(`Registered "${kit.clientName}": client_id ${tpp.clientId} (saved in ${path})`);
  return tpp;
}

/**
 * Discovery for a client the bank already knows; a fresh DPoP key, as each run is a new session.
 */
async function knownClient(kit: Kit, metadata: oauth.ClientMetadata): Promise<RegisteredTpp> {
  const dispatcher = transportAgent(kit.identity);
  const signer = await messageSigner(kit.identity, kit.issuer);
  const auth = oauth.PrivateKeyJwt({ key: signer.key, kid: signer.kid });
  const config = await oauth.discovery(
    new URL(kit.issuer),
    metadata.client_id,
    { ...metadata, use_mtls_endpoint_aliases: true },
    auth,
    {
      [oauth.customFetch]: fetchVia(dispatcher),
    },
  );
  return registeredClient(config, dispatcher, signer, 'dpop');
}
