/**
 * Runs one of canishare's programs: `node src/cli/launch.mjs <entry> [args…]`,
 * where <entry> is a source path without its extension ("src/cli/main").
 *
 * It runs the JavaScript that `npm run build` (run by `npm ci`) put in dist/,
 * which starts faster than compiling TypeScript on the fly. If that build is
 * missing, or older than the sources, it says so and runs the sources
 * instead, so a fresh checkout or an edit never runs stale code.
 *
 * Plain JavaScript, because it must run before anything is compiled.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SOURCE_FOLDERS = ['src', 'adapters', 'evals', 'bench', path.join('test', 'support')];

const entry = process.argv[2];
if (!entry) {
  process.stderr.write('Usage: node src/cli/launch.mjs <entry> [arguments]  (for example: src/cli/main ask "…")\n');
  process.exit(2);
}

/** The newest modification time of any TypeScript source the bundles are built from. */
function newestSource() {
  let newest = 0;
  const walk = (dir) => {
    for (const item of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, item.name);
      if (item.isDirectory()) walk(full);
      else if (item.name.endsWith('.ts')) newest = Math.max(newest, statSync(full).mtimeMs);
    }
  };
  for (const folder of SOURCE_FOLDERS) if (existsSync(path.join(ROOT, folder))) walk(path.join(ROOT, folder));
  return newest;
}

const built = path.join(ROOT, 'dist', `${entry}.js`);
const source = path.join(ROOT, `${entry}.ts`);
// The program sees its own path and arguments, as if it had been run directly.
process.argv.splice(1, 2, existsSync(built) ? built : source);

if (existsSync(built) && statSync(built).mtimeMs >= newestSource()) {
  await import(pathToFileURL(built).href);
} else {
  const why = existsSync(built) ? 'the sources have changed since the last build' : 'it has not been built';
  process.stderr.write(`canishare: running from the TypeScript sources because ${why}; run \`npm run build\` to start faster.\n`);
  process.argv[1] = source;
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(source).href);
}
