import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

const SOFTHSM_MODULE = '/usr/lib/softhsm/libsofthsm2.so';
const TOKEN_LABEL = 'test';
const USER_PIN = '1234';
const SO_PIN = '5678';

export interface SoftHsmToken {
  readonly module: string;
  readonly pin: string;
  /** Index of the token in the module's slot list, as node-webcrypto-p11 expects it. */
  readonly slot: number;
  readonly tokenLabel: string;
  /** Restores SOFTHSM2_CONF and deletes the token directory. */
  cleanup(): Promise<void>;
}

/**
 * A fresh SoftHSM token in its own token directory (`dir`, or a new temporary one), so tests never
 * touch the machine's tokens or each other's. SoftHSM reads SOFTHSM2_CONF when the module is
 * initialised, so this sets it for the whole process: open providers only after calling this.
 */
export async function initSoftHsmToken(dir?: string): Promise<SoftHsmToken> {
  const root = dir ?? (await mkdtemp(join(tmpdir(), 'softhsm-')));
  const tokenDir = join(root, 'tokens');
  await mkdir(tokenDir, { recursive: true, mode: 0o700 });
  const confPath = join(root, 'softhsm2.conf');
  await writeFile(
    confPath,
    `directories.tokendir = ${tokenDir}\nobjectstore.backend = file\nlog.level = ERROR\n`,
    { mode: 0o600 },
  );

  const previousConf = process.env.SOFTHSM2_CONF;
  process.env.SOFTHSM2_CONF = confPath;
  const cleanup = async () => {
    if (process.env.SOFTHSM2_CONF === confPath) {
      if (previousConf === undefined) delete process.env.SOFTHSM2_CONF;
      else process.env.SOFTHSM2_CONF = previousConf;
    }
    await rm(root, { recursive: true, force: true });
  };
  try {
    await addSoftHsmToken(TOKEN_LABEL);
    const slot = await softHsmSlotIndex(TOKEN_LABEL);
    return { module: SOFTHSM_MODULE, pin: USER_PIN, slot, tokenLabel: TOKEN_LABEL, cleanup };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

/**
 * Another token next to the one initSoftHsmToken made (same token directory), for tests that need
 * several; slot indices may change, so look them up again with softHsmSlotIndex afterwards.
 */
export async function addSoftHsmToken(label: string): Promise<void> {
  await softhsmUtil([
    '--init-token',
    '--free',
    '--label',
    label,
    '--pin',
    USER_PIN,
    '--so-pin',
    SO_PIN,
  ]);
}

/** The token's index in the slot list, as node-webcrypto-p11 and PKCS11_SLOT count. */
export async function softHsmSlotIndex(label: string): Promise<number> {
  return slotIndexOf(label, await softhsmUtil(['--show-slots']));
}

async function softhsmUtil(args: string[]): Promise<string> {
  try {
    const { stdout } = await execFileAsync('softhsm2-util', args, { env: process.env });
    return stdout;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(
        'softhsm2-util not found: install the softhsm2 package (apt-get install softhsm2)',
      );
    }
    throw error;
  }
}

/**
 * `--show-slots` lists slots in C_GetSlotList order, the order node-webcrypto-p11 indexes. After
 * --init-token SoftHSM gives the token a new slot id and adds a fresh empty slot, so the index is
 * looked up by label rather than assumed.
 */
function slotIndexOf(label: string, showSlots: string): number {
  const slots = showSlots.split(/^Slot /m).slice(1);
  const index = slots.findIndex((slot) => /^\s*Label:\s*(.*?)\s*$/m.exec(slot)?.[1] === label);
  if (index === -1)
    throw new Error(`softhsm2-util --show-slots lists no token labelled "${label}"`);
  return index;
}
