import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | null = null;

/**
 * The folder holding canishare's package.json, found by walking up from this
 * module: the same answer whether it runs from the TypeScript sources or from
 * the built bundles in dist/.
 */
export function projectRoot(): string {
  if (root) return root;
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'canishare') return (root = dir);
    if (path.dirname(dir) === dir) throw new Error('canishare could not find its own folder (no package.json named "canishare" above its code).');
  }
}
