import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * Writes a set of files so that readers see either the old set or the new
 * one, never a mixture: everything goes into a temporary folder beside the
 * target, which then replaces the target by rename.
 */
export async function writeFolderAtomically(
  target: string,
  write: (folder: string) => Promise<void>,
): Promise<void> {
  const parent = path.dirname(target);
  await mkdir(parent, { recursive: true });
  const suffix = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const temporary = `${target}.tmp-${suffix}`;
  const previous = `${target}.old-${suffix}`;
  try {
    await mkdir(temporary);
    await write(temporary);
    await rename(target, previous).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    try {
      await rename(temporary, target);
    } catch (error) {
      // Another process finished a build first; its index is as good as ours.
      if ((error as NodeJS.ErrnoException).code !== 'ENOTEMPTY' && (error as NodeJS.ErrnoException).code !== 'EEXIST') {
        await rename(previous, target).catch(() => undefined);
        throw error;
      }
    }
  } finally {
    await rm(temporary, { recursive: true, force: true });
    await rm(previous, { recursive: true, force: true });
  }
}

/** Writes a file into a folder and returns its checksum, for the manifest. */
export async function writeChecked(folder: string, name: string, data: string | Uint8Array): Promise<string> {
  await writeFile(path.join(folder, name), data);
  return sha256(data);
}

/** Reads a file and checks it against the checksum recorded when it was written; null if it is missing or altered. */
export async function readChecked(folder: string, name: string, expected: string | undefined): Promise<Buffer | null> {
  if (!expected) return null;
  let data: Buffer;
  try {
    data = await readFile(path.join(folder, name));
  } catch {
    return null;
  }
  return sha256(data) === expected ? data : null;
}
