import { randomBytes } from 'node:crypto';
import { link, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes `data` to `path` so that a reader (or a crash) sees either the old file or the complete
 * new one, never a torn write: the bytes go to a private temporary file, are flushed, then renamed.
 */
export async function writeFileAtomic(path: string, data: string, mode: number): Promise<void> {
  const temporary = await writeTemporary(path, data, mode);
  try {
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  await syncDirectory(dirname(path));
}

/**
 * Like {@link writeFileAtomic}, but never replaces an existing file, even one created by another
 * process at the same moment: link(2) fails with EEXIST instead. Returns false when `path` existed.
 */
export async function createFileExclusive(
  path: string,
  data: string,
  mode: number,
): Promise<boolean> {
  const temporary = await writeTemporary(path, data, mode);
  try {
    await link(temporary, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await unlink(temporary).catch(() => undefined);
  }
  await syncDirectory(dirname(path));
  return true;
}

async function writeTemporary(path: string, data: string, mode: number): Promise<string> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const file = await open(temporary, 'wx', mode);
  try {
    // open(2) applies the umask to `mode`; chmod makes the requested mode exact.
    await file.chmod(mode);
    await file.writeFile(data, 'utf8');
    await file.sync();
  } catch (error) {
    await file.close();
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  await file.close();
  return temporary;
}

/** Makes the new directory entry itself durable, so a power loss cannot undo a completed write. */
async function syncDirectory(directory: string): Promise<void> {
  const handle = await open(directory, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
