import {
  constants,
  createPrivateKey,
  createPublicKey,
  generateKeyPair,
  sign,
  type KeyObject,
  type SignKeyObjectInput,
  type SignPrivateKeyInput,
} from 'node:crypto';
import { type FileHandle, mkdir, open } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

import type { JWK } from 'jose';

import { createFileExclusive } from './atomic-file.ts';
import { KeyCache } from './key-cache.ts';
import { describePublicKey } from './public-jwk.ts';
import type { KeyProvider, SigningAlg, SigningKey } from './types.ts';

const KEYSTORE_DIR_MODE = 0o700;
const KEY_FILE_MODE = 0o600;
/** Above FAPI's 2048-bit floor so a key generated today stays acceptable for its whole life. */
const RSA_MODULUS_BITS = 3072;
/** RFC 7518 section 3.5: PS256 uses a salt as long as the SHA-256 output. */
const PSS_SALT_BYTES = 32;

const generateKeyPairAsync = promisify(generateKeyPair);

/** What a keystore file holds: the private JWK, plus the algorithm the key was generated for. */
type KeyFile = JWK & { alg: SigningAlg };

/**
 * Keys in a local keystore directory, one `<label>.json` file (mode 0600) per key holding its
 * private JWK. For machines without an HSM: unlike PKCS#11, the private key is in process memory.
 */
export class SoftwareKeyProvider implements KeyProvider {
  readonly kind = 'software';
  readonly location: string;
  readonly #keystoreDir: string;
  readonly #keys = new KeyCache();
  #closed = false;

  constructor(keystoreDir: string) {
    this.#keystoreDir = keystoreDir;
    this.location = `software keystore ${keystoreDir}`;
  }

  async getOrCreate(label: string, alg: SigningAlg): Promise<SigningKey> {
    if (this.#closed) throw new Error('key provider is closed');
    return this.#keys.get(label, alg, () => this.#loadOrGenerate(label, alg));
  }

  async close(): Promise<void> {
    this.#closed = true;
    this.#keys.clear();
  }

  /** `label` has passed assertKeyLabel (in KeyCache), so it is a safe file name. */
  async #loadOrGenerate(label: string, alg: SigningAlg): Promise<SigningKey> {
    const path = join(this.#keystoreDir, `${label}.json`);
    const stored = await readKeyFile(path);
    if (stored) return this.#toSigningKey(label, stored);

    await mkdir(this.#keystoreDir, { recursive: true, mode: KEYSTORE_DIR_MODE });
    const generated = await generateKeyFile(alg);
    if (await createFileExclusive(path, `${JSON.stringify(generated)}\n`, KEY_FILE_MODE)) {
      return this.#toSigningKey(label, generated);
    }
    // Another process created this label between our read and our write: its key wins.
    const winner = await readKeyFile(path);
    if (!winner) throw new Error(`key file ${path} vanished while it was being created`);
    return this.#toSigningKey(label, winner);
  }

  async #toSigningKey(label: string, file: KeyFile): Promise<SigningKey> {
    const { alg, ...privateJwk } = file;
    const privateKey = createPrivateKey({ key: privateJwk, format: 'jwk' });
    const publicJwk = createPublicKey(privateKey).export({ format: 'jwk' }) as JWK;
    const identity = await describePublicKey(publicJwk, alg);
    const signOptions = signingOptions(privateKey, alg);
    const isClosed = () => this.#closed;
    return Object.freeze({
      label,
      alg,
      ...identity,
      sign(data: Uint8Array): Promise<Uint8Array> {
        if (isClosed()) return Promise.reject(new Error('key provider is closed'));
        return signAsync(data, signOptions);
      },
    });
  }
}

async function readKeyFile(path: string): Promise<KeyFile | undefined> {
  let file: FileHandle;
  try {
    file = await open(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    // Checked on the open descriptor, so the file read is the file whose mode was checked.
    const { mode } = await file.stat();
    if ((mode & 0o077) !== 0) {
      throw new Error(
        `key file ${path} is accessible by group or others (mode ${(mode & 0o777).toString(8)}); chmod 600 it`,
      );
    }
    return parseKeyFile(path, await file.readFile('utf8'));
  } finally {
    await file.close();
  }
}

function parseKeyFile(path: string, text: string): KeyFile {
  const parsed: unknown = JSON.parse(text);
  if (typeof parsed !== 'object' || parsed === null || !('alg' in parsed) || !('d' in parsed)) {
    throw new Error(`key file ${path} does not hold a private JWK with "alg"`);
  }
  if (parsed.alg !== 'ES256' && parsed.alg !== 'PS256') {
    throw new Error(`key file ${path} has unsupported alg ${JSON.stringify(parsed.alg)}`);
  }
  return parsed as KeyFile;
}

async function generateKeyFile(alg: SigningAlg): Promise<KeyFile> {
  const { privateKey } =
    alg === 'ES256'
      ? await generateKeyPairAsync('ec', { namedCurve: 'P-256' })
      : await generateKeyPairAsync('rsa', { modulusLength: RSA_MODULUS_BITS });
  return { ...(privateKey.export({ format: 'jwk' }) as JWK), alg };
}

function signingOptions(key: KeyObject, alg: SigningAlg): SignKeyObjectInput | SignPrivateKeyInput {
  return alg === 'ES256'
    ? // JWS (RFC 7518 section 3.4) wants r||s, not the DER that node produces by default.
      { key, dsaEncoding: 'ieee-p1363' }
    : { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: PSS_SALT_BYTES };
}

/**
 * The callback form of crypto.sign runs in libuv's thread pool instead of blocking the event loop.
 */
function signAsync(
  data: Uint8Array,
  options: SignKeyObjectInput | SignPrivateKeyInput,
): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    sign('sha256', data, options, (error, signature) =>
      error ? reject(error) : resolve(new Uint8Array(signature)),
    );
  });
}
