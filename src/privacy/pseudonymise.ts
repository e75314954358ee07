import { createHmac, randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Keyed hash of a platform user id: the audit trail can group one person's
 * questions without holding who they are. Without the key the value cannot be
 * reversed, even for short, guessable ids.
 */
export function pseudonymise(key: string, platform: string, userId: string): string {
  return createHmac('sha256', key).update(`${platform}:${userId}`).digest('hex').slice(0, 32);
}

/**
 * The embedded store keeps its key beside its data, created on first use;
 * a deployment with PostgreSQL must supply AUDIT_KEY so replicas agree.
 */
export async function embeddedAuditKey(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'audit.key');
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch {
    await mkdir(dataDir, { recursive: true });
    const key = randomBytes(32).toString('hex');
    await writeFile(file, key, { flag: 'wx' }).catch(() => undefined);
    await chmod(file, 0o600).catch(() => undefined);
    return (await readFile(file, 'utf8')).trim();
  }
}
