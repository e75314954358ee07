import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTeamsAdapter } from '../../adapters/teams/teams-adapter.ts';
import { loadQuestionSet } from '../../evals/question-set.ts';
import { projectRoot } from '../../src/project-root.ts';
import { startBot, type RunningBot } from '../support/bot-server.ts';
import { freshDatabase } from '../support/databases.ts';
import { FakeBotConnector } from '../support/fake-bot-connector.ts';
import { FakeSlack } from '../support/fake-slack-api.ts';
import { fixtureWorkspace, type Workspace } from '../support/fixture-knowledge.ts';
import { runCli } from '../support/run-cli.ts';
import { BOT_TOKEN, SIGNING_SECRET, slackEnv, startSlackBot, type RunningSlackBot } from '../support/slack-bot-server.ts';
import { messageActivity, postActivity, teamsActivity } from '../support/teams-bot-server.ts';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOT = path.join(projectRoot(), 'test-results', 'audit-report.png');
const AUDIT_KEY = 'review-report-audit-key-0123456789abcdef';

/** Personal data typed into questions and comments; none of it may reach the report, its JSON or the drafts. */
const IDENTIFIERS = ['Tomasz', 'Wojcik', 'Kieran', 'Doyle', '943 476 5919', '4857773457', 'tw@example.com', '07700 900461', 'CF24 3AA', '14/07/1988'];
const QUESTIONS = [
  (i: number) => `Mr Tomasz Wojcik (NHS 943 476 5919) came to A&E with a stab wound, case ${i}. Can I tell the police?`,
  (i: number) => `Police sent a DP7 form for Kieran Doyle's records, DOB 14/07/1988, request ${i}. Do we have to comply?`,
  () => 'Can the council tax office have a list of our patients who moved house? Email tw@example.com',
  () => 'A journalist rang 07700 900461 wanting comment on a patient at CF24 3AA. What do I say?',
  () => 'can I share this?',
];

let workspace: Workspace;
let fake: FakeSlack;
let connector: FakeBotConnector;
let slackBot: RunningSlackBot;
let teamsBot: RunningBot;
let env: Record<string, string>;
const reportFile = () => path.join(workspace.root, 'report.html');

beforeAll(async () => {
  workspace = await fixtureWorkspace();
  [fake, connector] = await Promise.all([FakeSlack.start({ signingSecret: SIGNING_SECRET, botToken: BOT_TOKEN }), FakeBotConnector.start()]);
  const database = await freshDatabase(inject('postgresUrl'));
  env = { KNOWLEDGE_DIR: workspace.knowledgeDir, INDEX_DIR: workspace.indexDir, DATABASE_URL: database, AUDIT_KEY };
  // Both platforms share one PostgreSQL store, as replicas behind a load balancer do.
  slackBot = await startSlackBot(workspace.config({ ...slackEnv(fake), ...env, RATE_LIMIT_MAX: '10000' }));
  teamsBot = await startBot(workspace.config({ ...env, RATE_LIMIT_MAX: '10000' }), createTeamsAdapter);

  // A few hundred questions through the real adapters: Slack mentions and Teams chats.
  const threads: string[] = [];
  for (let i = 0; i < 160; i += 1) {
    const ts = fake.nextTs();
    threads.push(ts);
    await fake.sendEvent(slackBot.eventsUrl, { type: 'app_mention', channel: 'C0REVIEW', user: `U0STAFF${i % 12}`, text: `<@${fake.botUserId}> ${QUESTIONS[i % QUESTIONS.length]!(i)}`, ts });
  }
  await fake.waitFor(() => threads.every((ts) => fake.threadReplies('C0REVIEW', ts).length > 0), 120_000);
  for (let i = 0; i < 60; i += 1) {
    await postActivity(`${teamsBot.baseUrl}/api/messages`, messageActivity(connector.serviceUrl, QUESTIONS[(i + 2) % QUESTIONS.length]!(i), { userId: `nurse${i % 7}`, conversationId: `a:review-${i}` }));
  }

  // 👎 with comments full of personal data: the Slack form, and Teams' feedback box.
  const answered = threads.slice(0, 3).map((ts) => fake.threadReplies('C0REVIEW', ts)[0]!);
  for (const reply of answered) {
    const buttons = (reply.args.blocks as Array<{ type: string; elements?: Array<{ positive_button?: { value: string } }> }>).find((b) => b.type === 'context_actions');
    const questionId = buttons!.elements![0]!.positive_button!.value.slice(3);
    await fake.sendViewSubmission(slackBot.eventsUrl, 'U0STAFF1', {
      callback_id: 'canishare_feedback_comment',
      private_metadata: questionId,
      state: {
        values: {
          reason: { reason: { type: 'radio_buttons', selected_option: { value: 'missing_law' } } },
          text: { text: { type: 'plain_text_input', value: 'It ignored the court order for Mr Kieran Doyle, 4857773457.' } },
        },
      },
    });
  }
  const teamsReply = connector.postsIn('a:review-0').find((p) => p.activity.type === 'message')!;
  await postActivity(
    `${teamsBot.baseUrl}/api/messages`,
    teamsActivity(
      connector.serviceUrl,
      {
        type: 'invoke',
        name: 'message/submitAction',
        replyToId: teamsReply.id,
        value: { actionName: 'feedback', actionValue: { reaction: 'dislike', feedback: '{"feedbackText":"Wrong for Tomasz Wojcik, ring 07700 900461"}' } },
      },
      { conversationId: 'a:review-0', userId: 'nurse0' },
    ),
  );
  for (let waited = 0; (await slackBot.store.exportAudit({})).filter((r) => r.comment !== null).length < 4; waited += 100) {
    if (waited > 20_000) throw new Error('the four comments were not stored');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}, 300_000);

afterAll(async () => {
  await slackBot?.close();
  await teamsBot?.close();
  await fake?.close();
  await connector?.close();
  await workspace?.remove();
});

describe('npm run audit -- report', () => {
  it('gives the figures as JSON: every question, 👎 answers with their comments, unanswered questions by theme, and no personal data', async () => {
    const result = await runCli(['audit', 'report', '--format', 'json'], env, workspace.root);
    expect(result.code).toBe(0);
    const figures = JSON.parse(result.stdout) as {
      questions: number;
      byPlatform: Record<string, number>;
      ratings: { down: number };
      downRated: { question: string; comment: { reason: string | null; text: string } | null }[];
      unanswered: { noGuidance: { label: string; questions: string[] }[]; needsDetail: { questions: string[] }[] };
      citations: { most: { id: string; count: number }[]; never: { id: string }[] };
      latencyMs: { p50: number; p95: number };
    };
    expect(figures.questions).toBe(220);
    expect(figures.byPlatform).toEqual({ slack: 160, teams: 60 });
    expect(figures.ratings.down).toBe(4);
    expect(figures.downRated.map((r) => r.comment?.reason ?? null).sort()).toEqual(['missing_law', 'missing_law', 'missing_law', null]);
    expect(figures.downRated.some((r) => r.comment?.text.includes('court order'))).toBe(true);
    expect(figures.unanswered.needsDetail.flatMap((t) => t.questions)).toContain('can I share this?');
    expect(figures.citations.most[0]!.count).toBeGreaterThan(0);
    expect(figures.latencyMs.p95).toBeGreaterThanOrEqual(figures.latencyMs.p50);
    for (const value of IDENTIFIERS) expect(result.stdout).not.toContain(value);
  });

  it('writes one self-contained HTML page, with no scripts or outside assets and no personal data', async () => {
    const result = await runCli(['audit', 'report', '--out', reportFile()], env, workspace.root);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('Wrote the review report for 220 question(s)');
    const html = await readFile(reportFile(), 'utf8');
    for (const value of IDENTIFIERS) expect(html).not.toContain(value);
    expect(html).not.toMatch(/<script|<link|src=["']https?:/i);
  });

  it.skipIf(!existsSync(CHROMIUM))('renders its charts and tables in a browser without fetching anything', async () => {
    if (!existsSync(reportFile())) await runCli(['audit', 'report', '--out', reportFile()], env, workspace.root);
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
      const requested: string[] = [];
      page.on('request', (request) => requested.push(request.url()));
      await page.goto(pathToFileURL(reportFile()).href);
      expect(requested).toEqual([pathToFileURL(reportFile()).href]);
      for (const chart of ['#chart-status', '#chart-platform', '#chart-verdicts']) {
        const box = await page.locator(`${chart} svg`).boundingBox();
        expect(box!.width).toBeGreaterThan(300);
        expect(await page.locator(`${chart} svg .mark-rect path`).count()).toBeGreaterThan(0);
      }
      await expect.poll(() => page.locator('table').count()).toBeGreaterThanOrEqual(3);
      await expect.poll(() => page.getByText('Missed a law or guidance').count()).toBeGreaterThan(0);
      await expect.poll(() => page.getByText('can I share this? ×').count()).toBe(1);
      await mkdir(path.dirname(SCREENSHOT), { recursive: true });
      await page.screenshot({ path: SCREENSHOT, fullPage: true });
    } finally {
      await browser.close();
    }
  }, 60_000);
});

describe('npm run audit -- to-evals', () => {
  it('writes 👎 and no-guidance questions as drafts that the eval runner refuses until a reviewer completes them', async () => {
    const out = path.join(workspace.root, 'drafts.jsonl');
    const result = await runCli(['audit', 'to-evals', '--out', out], env, workspace.root);
    expect(result.code).toBe(0);
    const text = await readFile(out, 'utf8');
    for (const value of IDENTIFIERS) expect(text).not.toContain(value);
    const drafts = text.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(drafts.length).toBeGreaterThanOrEqual(4);
    expect(drafts.every((d) => d.draft === true && d.expected_status === '' && (d.expected_ids as unknown[]).length === 0)).toBe(true);
    await expect(loadQuestionSet(out)).rejects.toThrow(/is a draft from `npm run audit -- to-evals`/);

    // A reviewer completes one from the law and removes the draft markers; then it loads.
    const { draft: _draft, review: _review, ...rest } = drafts[0]!;
    const completed = { ...rest, split: 'dev', category: 'answerable', audience: 'health', expected_status: 'answered', expected_verdicts: ['should'] };
    const done = path.join(workspace.root, 'completed.jsonl');
    await writeFile(done, `${JSON.stringify(completed)}\n`);
    expect(await loadQuestionSet(done)).toHaveLength(1);
  });
});
