/**
 * npm run teams:package: zips appPackage/ into build/canishare-teams.zip for
 * upload to Teams (sideloading or the organisation's app catalogue), with
 * ${{BOT_ID}} replaced by MicrosoftAppId from .env or the environment.
 * `--out FILE` writes the zip elsewhere.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import JSZip from 'jszip';
import { loadConfig } from '../../src/index.ts';

const APP_PACKAGE = fileURLToPath(new URL('./appPackage/', import.meta.url));
const DEFAULT_OUT = fileURLToPath(new URL('./build/canishare-teams.zip', import.meta.url));
const FILES = ['manifest.json', 'color.png', 'outline.png'];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The manifest with the bot's app id filled in; throws with what to fix if anything is left unfilled. */
function fillManifest(template: string, appId: string): string {
  const filled = template.replaceAll('${{BOT_ID}}', appId);
  const leftover = /\$\{\{(\w+)\}\}/.exec(filled);
  if (leftover) throw new Error(`manifest.json has a placeholder nothing fills: \${{${leftover[1]}}}`);
  JSON.parse(filled);
  return filled;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const appId = loadConfig().teams.appId;
  if (!appId) throw new Error('MicrosoftAppId is not set. Put the Azure Bot\'s Microsoft App ID in .env or the environment, then run npm run teams:package again.');
  if (!GUID.test(appId)) throw new Error(`MicrosoftAppId must be the Azure Bot's Microsoft App ID, a GUID such as 00000000-0000-0000-0000-000000000000 (got "${appId}").`);

  const zip = new JSZip();
  for (const file of FILES) {
    const content = await readFile(path.join(APP_PACKAGE, file));
    zip.file(file, file === 'manifest.json' ? fillManifest(content.toString('utf8'), appId) : content);
  }
  const out = path.resolve(values.out ?? DEFAULT_OUT);
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  process.stdout.write(`Wrote ${out}: upload it in Teams under Apps > Manage your apps > Upload an app.\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`teams:package: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
