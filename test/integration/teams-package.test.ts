import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_QUESTIONS } from '../../src/index.ts';
import { runScript } from '../support/run-cli.ts';

const APP_ID = '6f1c2a7e-3b9d-4c1e-9a52-0d8e7f3b2c41';
const TEAMS_ENV = { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-a-real-client-secret', MicrosoftAppTenantId: '2b7d9c4e-1f3a-4e8b-b6d0-5c9a1e2f3d47' };

let folder: string;
let zip: JSZip;
let manifest: Record<string, any>;

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'canishare-teams-package-'));
  const result = await runScript('adapters/teams/package-app.ts', ['--out', path.join(folder, 'app.zip')], TEAMS_ENV, folder);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  zip = await JSZip.loadAsync(await readFile(path.join(folder, 'app.zip')));
  manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as Record<string, any>;
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** Width, height and RGBA pixels of a PNG as draw-icons.ts writes it (8-bit RGBA, no row filters). */
function decodePng(png: Buffer): { width: number; height: number; pixels: number[][] } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const chunks: Record<string, Buffer[]> = {};
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('ascii', at + 4, at + 8);
    (chunks[type] ??= []).push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const header = chunks.IHDR![0]!;
  const [width, height] = [header.readUInt32BE(0), header.readUInt32BE(4)];
  expect([...header.subarray(8, 13)]).toEqual([8, 6, 0, 0, 0]);
  const rows = inflateSync(Buffer.concat(chunks.IDAT!));
  const pixels: number[][] = [];
  for (let y = 0; y < height; y++) {
    expect(rows[y * (width * 4 + 1)]).toBe(0);
    for (let x = 0; x < width; x++) pixels.push([...rows.subarray(y * (width * 4 + 1) + 1 + x * 4, y * (width * 4 + 1) + 5 + x * 4)]);
  }
  return { width, height, pixels };
}

describe('npm run teams:package', () => {
  it('zips the manifest and both icons at the top level of the package', () => {
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
  });

  it('fills in the bot id and uses the current manifest schema', () => {
    expect(manifest.manifestVersion).toBe('1.30');
    expect(manifest.$schema).toBe('https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.schema.json');
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.bots).toHaveLength(1);
    expect(manifest.bots[0]).toMatchObject({ botId: APP_ID, scopes: ['personal', 'team', 'groupChat'] });
    expect(JSON.stringify(manifest)).not.toContain('${{');
  });

  it('keeps within the manifest limits, and offers the example questions as prompts', () => {
    expect(manifest.name.short.length).toBeLessThanOrEqual(30);
    expect(manifest.name.full.length).toBeLessThanOrEqual(100);
    expect(manifest.description.short.length).toBeLessThanOrEqual(80);
    expect(manifest.description.full.length).toBeLessThanOrEqual(4000);
    expect(manifest.accentColor).toMatch(/^#[0-9A-F]{6}$/i);
    const [list] = manifest.bots[0].commandLists as Array<{ scopes: string[]; commands: Array<Record<string, string>> }>;
    expect(list!.scopes).toEqual(['personal', 'team', 'groupChat']);
    expect(list!.commands.length).toBeLessThanOrEqual(12);
    for (const command of list!.commands) {
      expect(command.title!.length).toBeLessThanOrEqual(32);
      expect(command.description!.length).toBeLessThanOrEqual(128);
    }
    expect(list!.commands.map((c) => c.title)).toContain('help');
    expect(list!.commands.filter((c) => c.type === 'prompt').map((c) => c.prompt)).toEqual(EXAMPLE_QUESTIONS);
  });

  it('has a 192×192 colour icon and a 32×32 outline icon that is white on transparency', async () => {
    const colour = decodePng(await zip.file(manifest.icons.color)!.async('nodebuffer'));
    expect([colour.width, colour.height]).toEqual([192, 192]);
    expect(colour.pixels.every((p) => p[3] === 255)).toBe(true);

    const outline = decodePng(await zip.file(manifest.icons.outline)!.async('nodebuffer'));
    expect([outline.width, outline.height]).toEqual([32, 32]);
    expect(outline.pixels.every(([r, g, b, a]) => a === 0 || (r === 255 && g === 255 && b === 255))).toBe(true);
    expect(outline.pixels.some((p) => p[3] === 0)).toBe(true);
    expect(outline.pixels.some((p) => p[3] === 255)).toBe(true);
  });

  it('refuses, saying what to set, without a GUID app id', async () => {
    const missing = await runScript('adapters/teams/package-app.ts', ['--out', path.join(folder, 'missing.zip')], {}, folder);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/MicrosoftAppId is not set/);
    const wrong = await runScript('adapters/teams/package-app.ts', ['--out', path.join(folder, 'wrong.zip')], { ...TEAMS_ENV, MicrosoftAppId: 'my-bot' }, folder);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/must be the Azure Bot's Microsoft App ID, a GUID/);
  });
});
