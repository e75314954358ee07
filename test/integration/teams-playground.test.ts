import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/index.ts';
import { fixtureWorkspace, type Workspace } from '../support/fixture-knowledge.ts';
import { startTeamsBot, type RunningTeamsBot } from '../support/teams-bot-server.ts';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOT = fileURLToPath(new URL('../../test-results/teams-playground.png', import.meta.url));
const PLAYGROUND_CLI = createRequire(import.meta.url).resolve('@microsoft/m365agentsplayground/cli.js');
const QUESTION = 'Can I tell the police about a stab wound patient?';

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`teams-playground: SKIPPED because ${CHROMIUM} is missing. Install Debian's chromium (apt-get install -y chromium) to run it.`);

/** Enough of a source's title to find it in the pop-up, which shortens long titles. */
const shortTitle = (title: string) => title.slice(0, 30);

/** Waits until the element is on screen; fails the test if it never appears. */
function shown(locator: Locator): Promise<void> {
  return locator.waitFor({ state: 'visible', timeout: 30_000 });
}

/** Starts the playground against the bot; resolves with the port its web client is served on. */
function startPlayground(messagesUrl: string, folder: string): Promise<{ child: ChildProcess; port: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [PLAYGROUND_CLI, '-e', messagesUrl, '-c', 'msteams', '-p', '0', '--disable-telemetry'], {
      cwd: folder,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: folder,
        // Its own browser launch and log file are not wanted here: the test drives Chromium itself.
        TEAMSAPPTESTER_BROWSER: 'none',
        M365_AGENTS_PLAYGROUND_LOGFILE: path.join(folder, 'playground.log'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      const port = /Listening on (\d+)/.exec(output)?.[1];
      if (port) resolve({ child, port: Number(port) });
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`the playground exited (${code}) before listening:\n${output}`)));
  });
}

describe.skipIf(!haveChromium)('the Microsoft 365 Agents Playground, a real Teams-like client, in headless Chromium', () => {
  let workspace: Workspace;
  let bot: RunningTeamsBot;
  let folder: string;
  let playground: Awaited<ReturnType<typeof startPlayground>> | undefined;
  let browser: BrowserContext | undefined;
  let page: Page;

  beforeAll(async () => {
    workspace = await fixtureWorkspace();
    bot = await startTeamsBot(workspace.config({ DATA_DIR: `${workspace.root}/data` }));
    folder = await mkdtemp(path.join(tmpdir(), 'canishare-playground-'));
    playground = await startPlayground(bot.messagesUrl, folder);
    browser = await chromium.launchPersistentContext(path.join(folder, 'chromium-profile'), {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 900 },
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    // The client asks a CDN for fonts and animations; nothing may leave this machine, so only loopback is let through.
    await browser.route('**/*', (route) => {
      const url = new URL(route.request().url());
      return ['127.0.0.1', 'localhost'].includes(url.hostname) ? route.continue() : route.abort();
    });
    page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${playground.port}/`);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    playground?.child.kill();
    await bot?.close();
    await workspace?.remove();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('shows the welcome, then a cited answer whose citation opens its source, and takes 👍 feedback', async () => {
    await shown(page.getByText("Hello, I'm canishare.").first());

    await page.locator('[data-lexical-editor="true"]').click();
    await page.keyboard.type(QUESTION);
    await page.keyboard.press('Enter');

    const answer = page.locator('p', { hasText: 'Yes, you should usually tell the police' }).last();
    await shown(answer);
    await shown(page.getByText('This is guidance, not legal advice').last());
    expect(await answer.locator('.fai-Citation').first().textContent()).toBe('1');
    // The chat list previews the answer in plain words, with no Markdown showing.
    expect(await page.locator('body').innerText()).not.toContain('**');

    // Every marker in the answer, in its opening and in each point, is a pill; each opens its own source.
    const { engine } = await createEngine(workspace.config());
    const expected = await engine.ask(QUESTION);
    const markers = [...expected.answer.matchAll(/\[(\d+)\]/g)].map((m) => m[1]);
    expect(markers.length).toBeGreaterThan(1);
    const pills = page.locator('.fai-Citation');
    expect(await pills.allTextContents()).toEqual(markers);
    await mkdir(path.dirname(SCREENSHOT), { recursive: true });
    for (let i = 0; i < markers.length; i++) {
      const citation = expected.citations.find((c) => String(c.n) === markers[i])!;
      await pills.nth(i).hover();
      // The pop-up shows the source's title, which reached the client only through the citation entity.
      await shown(page.getByText(shortTitle(citation.title)).last());
      if (i === 0) await page.screenshot({ path: SCREENSHOT, animations: 'disabled' });
      await page.mouse.move(5, 5);
    }

    // Teams' own feedback buttons: the bot must answer the invoke with 200 and an empty object for the thanks to show.
    await page.mouse.move(5, 5);
    await page.getByRole('button', { name: 'Like', exact: true }).last().click();
    await page.getByRole('dialog').getByRole('button', { name: 'Submit' }).click();
    await shown(page.getByRole('dialog').getByText('Thank you!'));

    const audit = await bot.store.exportAudit({});
    expect(audit).toEqual([expect.objectContaining({ platform: 'teams', status: 'answered' })]);
  }, 120_000);
});
