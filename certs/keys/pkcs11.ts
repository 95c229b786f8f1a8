import { Module, SessionFlag, type Slot } from 'graphene-pk11';
import {
  Crypto,
  CryptoKey as P11CryptoKey,
  type Pkcs11EcKeyGenParams,
  type Pkcs11RsaHashedKeyGenParams,
} from 'node-webcrypto-p11';

import type { JWK } from 'jose';

import { KeyCache } from './key-cache.ts';
import { describePublicKey, type PublicKeyIdentity } from './public-jwk.ts';
import { SerialQueue } from './serial-queue.ts';
import type { KeyProvider, SigningAlg, SigningKey } from './types.ts';

export interface Pkcs11Options {
  /** Path of the PKCS#11 module (for SoftHSM: /usr/lib/softhsm/libsofthsm2.so). */
  readonly module: string;
  readonly pin: string;
  /**
   * Index in the module's list of slots that hold a token (not the slot id); used without
   * `tokenLabel`.
   */
  readonly slot: number;
  /**
   * When set, the token is found by this label among every slot that holds one, and `slot` is not
   * used: slot lists are renumbered as tokens come and go, a label stays.
   */
  readonly tokenLabel?: string;
}

/** PKCS#11 v2.40 section 4.3 object classes (CKO_*), as searched for in find templates. */
const CKO_PUBLIC_KEY = 2;
const CKO_PRIVATE_KEY = 3;
const RSA_MODULUS_BITS = 3072;
const RSA_PUBLIC_EXPONENT = new Uint8Array([1, 0, 1]);
/** RFC 7518 section 3.5: PS256 uses a salt as long as the SHA-256 output. */
const PSS_SALT_BYTES = 32;

type SignParams = EcdsaParams | RsaPssParams;
type KeyParams = EcKeyImportParams | RsaHashedImportParams;

const ALGORITHMS: Record<SigningAlg, { key: KeyParams; sign: SignParams }> = {
  ES256: {
    key: { name: 'ECDSA', namedCurve: 'P-256' },
    // WebCrypto's ECDSA output is already r||s, the JWS form (RFC 7518 section 3.4).
    sign: { name: 'ECDSA', hash: 'SHA-256' },
  },
  PS256: {
    key: { name: 'RSA-PSS', hash: 'SHA-256' },
    sign: { name: 'RSA-PSS', saltLength: PSS_SALT_BYTES },
  },
};

/**
 * Keys generated inside a PKCS#11 token (an HSM; SoftHSM in development), non-extractable and
 * sensitive, found again by their CKA_LABEL. The private key never leaves the token.
 *
 * One label maps to one key pair. Within this process that is guaranteed (lookups and generation
 * run one at a time); PKCS#11 has no lock across processes, so when several instances share a
 * token, create the keys once before scaling out (a duplicate label is refused, never guessed at).
 */
export class Pkcs11KeyProvider implements KeyProvider {
  readonly kind = 'pkcs11';
  readonly location: string;
  readonly #crypto: Crypto;
  readonly #module: Module;
  readonly #queue = new SerialQueue();
  readonly #keys = new KeyCache();
  #closed = false;

  constructor(options: Pkcs11Options) {
    const { crypto, module, tokenLabel } = openToken(options);
    this.#crypto = crypto;
    this.#module = module;
    this.location = `PKCS#11 token "${tokenLabel}" (${options.module})`;
  }

  async getOrCreate(label: string, alg: SigningAlg): Promise<SigningKey> {
    if (this.#closed) throw new Error('key provider is closed');
    return this.#keys.get(label, alg, () =>
      this.#queue.run(async () => (await this.#find(label, alg)) ?? this.#generate(label, alg)),
    );
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#keys.clear();
    await this.#queue.drain();
    this.#crypto.close();
    // The session was opened here, not by node-webcrypto-p11, so the module is finalized here
    // (C_Finalize).
    this.#module.finalize();
    this.#module.close();
  }

  /** Runs inside the queue. */
  async #find(label: string, alg: SigningAlg): Promise<SigningKey | undefined> {
    const { session, keyStorage } = this.#crypto;
    const privateObjects = session.find({ class: CKO_PRIVATE_KEY, token: true, label });
    if (privateObjects.length === 0) return undefined;
    if (privateObjects.length > 1) {
      throw new Error(
        `the token holds ${privateObjects.length} private keys labelled "${label}"; remove the duplicates`,
      );
    }
    const privateObject = privateObjects.items(0).toType<P11CryptoKey['key']>();
    const policy = privateObject.getAttribute({ extractable: null, sensitive: null });
    if (policy.extractable !== false || policy.sensitive !== true) {
      throw new Error(
        `private key "${label}" in the token is extractable or not sensitive; refusing to use it`,
      );
    }
    const publicObjects = session.find({
      class: CKO_PUBLIC_KEY,
      token: true,
      label,
      id: privateObject.id,
    });
    if (publicObjects.length !== 1) {
      throw new Error(
        `private key "${label}" has ${publicObjects.length} matching public keys in the token, expected 1`,
      );
    }
    const publicObject = publicObjects.items(0).toType<P11CryptoKey['key']>();

    // Without an algorithm, the public key's type and curve or modulus are read from the token,
    // so describePublicKey can refuse a label that holds the wrong kind of key.
    const publicKey = await keyStorage.getItem(P11CryptoKey.getID(publicObject));
    const publicJwk = await this.#crypto.subtle.exportKey('jwk', publicKey);
    const identity = await describePublicKey(publicJwk as JWK, alg);
    const privateKey = await keyStorage.getItem(
      P11CryptoKey.getID(privateObject),
      ALGORITHMS[alg].key,
      false,
      ['sign'],
    );
    return this.#toSigningKey(label, alg, identity, privateKey);
  }

  /** Runs inside the queue, after #find found nothing. */
  async #generate(label: string, alg: SigningAlg): Promise<SigningKey> {
    // token: stored in the token (a session object would vanish on close); sensitive and
    // non-extractable: the token never reveals the private key, not even wrapped.
    const stored = { label, token: true, sensitive: true };
    const keyParams: Pkcs11EcKeyGenParams | Pkcs11RsaHashedKeyGenParams =
      alg === 'ES256'
        ? { name: 'ECDSA', namedCurve: 'P-256', ...stored }
        : {
            name: 'RSA-PSS',
            hash: 'SHA-256',
            modulusLength: RSA_MODULUS_BITS,
            publicExponent: RSA_PUBLIC_EXPONENT,
            ...stored,
          };
    const pair = await this.#crypto.subtle.generateKey(keyParams, false, ['sign', 'verify']);
    const publicJwk = await this.#crypto.subtle.exportKey('jwk', pair.publicKey);
    const identity = await describePublicKey(publicJwk as JWK, alg);
    return this.#toSigningKey(label, alg, identity, pair.privateKey);
  }

  #toSigningKey(
    label: string,
    alg: SigningAlg,
    identity: PublicKeyIdentity,
    privateKey: globalThis.CryptoKey,
  ): SigningKey {
    const signParams = ALGORITHMS[alg].sign;
    return Object.freeze({
      label,
      alg,
      ...identity,
      sign: async (data: Uint8Array): Promise<Uint8Array> => {
        if (this.#closed) throw new Error('key provider is closed');
        // A copy: WebCrypto's typings refuse views that may sit on a SharedArrayBuffer.
        const bytes = new Uint8Array(data);
        const signature = await this.#queue.run(() =>
          this.#crypto.subtle.sign(signParams, privateKey, bytes),
        );
        return new Uint8Array(signature);
      },
    });
  }
}

function openToken(options: Pkcs11Options): { crypto: Crypto; module: Module; tokenLabel: string } {
  let module: Module;
  try {
    module = Module.load(options.module, 'open-banking-platform');
    module.initialize();
  } catch (error) {
    throw new Error(`cannot load the PKCS#11 module ${options.module}`, { cause: error });
  }
  let crypto: Crypto | undefined;
  try {
    const { slot, description } = findSlot(module, options);
    try {
      crypto = new Crypto({
        session: slot.open(SessionFlag.SERIAL_SESSION | SessionFlag.RW_SESSION),
        name: 'open-banking-platform',
      });
    } catch (error) {
      throw new Error(`cannot open a session on PKCS#11 ${description} of ${options.module}`, {
        cause: error,
      });
    }
    try {
      // Logged in here rather than through the constructor, so that a wrong PIN still closes the
      // session.
      crypto.login(options.pin);
    } catch (error) {
      throw new Error(`PKCS#11 login to ${description} failed`, { cause: error });
    }
    return { crypto, module, tokenLabel: crypto.token.label };
  } catch (error) {
    crypto?.close();
    module.finalize();
    module.close();
    throw error;
  }
}

/**
 * The slot of the token labelled `tokenLabel`, searched in every slot that holds a token, or else
 * slot index `slot`.
 */
function findSlot(module: Module, options: Pkcs11Options): { slot: Slot; description: string } {
  const slots = module.getSlots(true);
  const all = Array.from({ length: slots.length }, (_, index) => slots.items(index));
  if (options.tokenLabel === undefined) {
    const slot = all[options.slot];
    if (!slot)
      throw new Error(
        `PKCS#11 module ${options.module} has no slot index ${options.slot} holding a token (${all.length} do)`,
      );
    return { slot, description: `slot index ${options.slot}` };
  }
  // An uninitialised token (SoftHSM's spare slot) has no label to match.
  const labels = all.map((slot) => tokenLabelOf(slot));
  const matching = all.filter((_, index) => labels[index] === options.tokenLabel);
  if (matching.length !== 1) {
    const found =
      labels
        .filter((label) => label)
        .map((label) => `"${label}"`)
        .join(', ') || 'none';
    const problem = matching.length === 0 ? 'no token' : `${matching.length} tokens`;
    throw new Error(
      `PKCS#11 module ${options.module} has ${problem} labelled "${options.tokenLabel}" (token labels: ${found})`,
    );
  }
  return { slot: matching[0]!, description: `token "${options.tokenLabel}"` };
}

function tokenLabelOf(slot: Slot): string | undefined {
  try {
    return slot.getToken().label;
  } catch {
    return undefined;
  }
}
