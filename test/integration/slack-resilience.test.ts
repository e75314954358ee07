import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack, type RecordedCall } from '../support/fake-slack-api.ts';
import { BOT_TOKEN, type RunningSlackBot, SIGNING_SECRET, slackEnv, startSlackBot, useSlackBot } from '../support/slack-bot-server.ts';


/** Starting another bot (its own embedded store) takes seconds on a busy machine. */
const BOT_START_TIMEOUT = 90_000;

/** Notes whose sections are each one enormous sentence, so an answer quoting them is far longer than one Slack message can hold. */
async function addLongNotes(knowledgeDir: string): Promise<void> {
  // Distinct filler words keep the sentences from looking like repeats of each other, so the answer quotes several.
  const filler = (n: number) => Array.from({ length: 6000 }, (_, i) => `item${n}x${i}`).join(' ');
  const sentence = (n: number) =>
    `Under the zebrafinch protocol, rule ${n} says a clinician may tell the police about a patient with a stab wound, noting ${filler(n)} and nothing more.`;
  await mkdir(path.join(knowledgeDir, 'notes'), { recursive: true });
  for (const doc of [1, 2, 3]) {
    await writeFile(
      path.join(knowledgeDir, 'notes', `zebrafinch-${doc}.md`),
      [
        '---',
        `id: zebrafinch-${doc}`,
        `title: "Zebrafinch protocol, part ${doc}"`,
        'kind: guidance',
        'publisher: "Fixture"',
        `source_url: https://example.org/zebrafinch/${doc}`,
        'version_date: 2024-01-01',
        'last_reviewed: 2026-11-01',
        'jurisdiction: [england, wales]',
        'audience: both',
        'tags: [zebrafinch protocol, stab wound]',
        '---',
        '',
        `## Rule ${doc}a`,
        '',
        sentence(doc * 10 + 1),
        '',
        `## Rule ${doc}b`,
        '',
        sentence(doc * 10 + 2),
        '',
      ].join('\n'),
    );
  }
}

const slack = useSlackBot({ LOG_LEVEL: 'info', RATE_LIMIT_MAX: '1000' }, (workspace) => addLongNotes(workspace.knowledgeDir));

type Block = { type: string; text?: { text: string }; elements?: Array<{ text?: string }> };
const blocksOf = (call: RecordedCall) => call.args.blocks as Block[];

async function mention(target: RunningSlackBot, slack: FakeSlack, channel: string, text: string, user = 'U0OFFICER') {
  const ts = slack.nextTs();
  const delivery = await slack.sendEvent(target.eventsUrl, { type: 'app_mention', channel, user, text: `<@${slack.botUserId}> ${text}`, ts });
  return { delivery, ts };
}

describe('a very long answer', () => {
  it('stays within Block Kit limits: sections of at most 3000 characters, at most 50 blocks, with sources, footer and buttons', async () => {
    const { ts } = await mention(slack.bot, slack.fake, 'C0LONG', 'What does the zebrafinch protocol say about telling the police about a patient with a stab wound?');
    await slack.fake.waitFor(() => slack.fake.threadReplies('C0LONG', ts).length > 0, 60_000);
    const [answer] = slack.fake.threadReplies('C0LONG', ts);
    expect(answer!.response).toMatchObject({ ok: true });

    const blocks = blocksOf(answer!);
    const sections = blocks.filter((b) => b.type === 'section').map((b) => b.text!.text);
    expect(blocks.length).toBeLessThanOrEqual(50);
    expect(Math.max(...sections.map((s) => s.length))).toBeLessThanOrEqual(3000);
    expect(sections.join('').length).toBeGreaterThan(100_000);
    for (const block of blocks.filter((b) => b.type === 'context')) {
      expect(block.elements!.length).toBeLessThanOrEqual(10);
      for (const element of block.elements!) expect(element.text!.length).toBeLessThanOrEqual(3000);
    }
    expect(sections.some((s) => s.includes('<https://example.org/zebrafinch/'))).toBe(true);
    expect(JSON.stringify(blocks)).toContain('its end was left out');
    expect(JSON.stringify(blocks)).toContain('This is guidance, not legal advice');
    expect(blocks.at(-1)!.type).toBe('context_actions');
    expect((answer!.args.text as string).length).toBeLessThanOrEqual(300);
  }, 90_000);
});

describe('while the answer is worked out', () => {
  it('posts a placeholder in the thread and puts the answer in its place when Slack refuses the typing status', async () => {
    slack.fake.fail('assistant.threads.setStatus', 'not_allowed_token_type');
    try {
      const { ts } = await mention(slack.bot, slack.fake, 'C0PLACEHOLDER', 'Is section 115 a duty to share?');
      await slack.fake.waitFor(() => slack.fake.callsTo('chat.update').some((c) => c.args.channel === 'C0PLACEHOLDER'));
      const [placeholder, ...others] = slack.fake.threadReplies('C0PLACEHOLDER', ts);
      expect(others).toHaveLength(0);
      expect(placeholder!.args.text).toBe('Checking the guidance…');
      const update = slack.fake.callsTo('chat.update').find((c) => c.args.channel === 'C0PLACEHOLDER')!;
      expect(update.args.ts).toBe(placeholder!.response.ts);
      expect(JSON.stringify(update.args.blocks)).toContain('*Sources*');
      expect(update.response.ok).toBe(true);
    } finally {
      slack.fake.recover('assistant.threads.setStatus');
    }
  });
});

describe('many mentions at once', () => {
  it('answers each of 200 concurrent, correctly signed mentions exactly once', async () => {
    const sent = await Promise.all(
      Array.from({ length: 200 }, (_, i) => mention(slack.bot, slack.fake, 'C0CROWD', 'Is section 115 a duty to share?', `U0CROWD${i}`)),
    );
    expect(sent.every(({ delivery }) => delivery.status === 200)).toBe(true);
    await slack.fake.waitFor(() => sent.every(({ ts }) => slack.fake.threadReplies('C0CROWD', ts).length > 0), 120_000);
    for (const { ts } of sent) {
      const replies = slack.fake.threadReplies('C0CROWD', ts);
      expect(replies).toHaveLength(1);
      expect(JSON.stringify(replies[0]!.args.blocks)).toContain('*Sources*');
    }
  }, 180_000);
});

describe('when the engine fails', () => {
  it('tells the person politely in the thread, with a reference that matches the logged error', async () => {
    const broken = await startSlackBot(slack.workspace.config({ ...slackEnv(slack.fake), DATA_DIR: `${slack.workspace.root}/broken-data`, LOG_LEVEL: 'info' }));
    try {
      // A real failure: the question service's store is closed under it.
      await broken.store.close();
      const { delivery, ts } = await mention(broken, slack.fake, 'C0BROKEN', 'Is section 115 a duty to share?');
      expect(delivery.status).toBe(200);
      await slack.fake.waitFor(() => slack.fake.threadReplies('C0BROKEN', ts).length > 0);
      const [reply] = slack.fake.threadReplies('C0BROKEN', ts);
      const shown = JSON.stringify(reply!.args.blocks);
      expect(shown).toContain("Sorry, I couldn't answer that just now");
      expect(shown).toContain('call 999');
      expect(shown).not.toMatch(/Error|at .*\.ts/);
      const reference = /Reference: `([0-9a-f]{8})`/.exec(shown)![1];
      const logged = broken.logs.map((line) => JSON.parse(line) as { msg: string; correlationId?: string; code?: string });
      expect(logged.find((l) => l.msg === 'could not answer a Slack question')).toMatchObject({ correlationId: reference, code: expect.any(String) });
    } finally {
      await broken.close();
    }
  }, BOT_START_TIMEOUT);
});

describe("the bot's own ids", () => {
  let idFake: FakeSlack;
  beforeAll(async () => {
    idFake = await FakeSlack.start({ signingSecret: SIGNING_SECRET, botToken: BOT_TOKEN });
  });
  afterAll(async () => {
    await idFake?.close();
  });

  it('come from SLACK_BOT_ID and SLACK_BOT_USER_ID without any auth.test call', async () => {
    const started = await startSlackBot(slack.workspace.config({ ...slackEnv(idFake), DATA_DIR: `${slack.workspace.root}/ids-data`, LOG_LEVEL: 'info' }));
    try {
      const { ts } = await mention(started, idFake, 'C0IDS', 'Is section 115 a duty to share?');
      await idFake.waitFor(() => idFake.threadReplies('C0IDS', ts).length > 0);
      expect(idFake.callsTo('auth.test')).toHaveLength(0);
    } finally {
      await started.close();
    }
  }, BOT_START_TIMEOUT);

  it('otherwise come from one auth.test call at start-up', async () => {
    const started = await startSlackBot(
      slack.workspace.config({ ...slackEnv(idFake, { withBotIds: false }), DATA_DIR: `${slack.workspace.root}/auth-data`, LOG_LEVEL: 'info' }),
    );
    try {
      expect(idFake.callsTo('auth.test')).toHaveLength(1);
      const first = await mention(started, idFake, 'C0AUTH', 'Is section 115 a duty to share?');
      await idFake.waitFor(() => idFake.threadReplies('C0AUTH', first.ts).length > 0);
      expect(idFake.callsTo('auth.test')).toHaveLength(1);
    } finally {
      await started.close();
    }
  }, BOT_START_TIMEOUT);

  it('are missing but nothing crashes when auth.test fails: the log says what to set, and questions are still answered', async () => {
    idFake.fail('auth.test', 'invalid_auth');
    const started = await startSlackBot(
      slack.workspace.config({ ...slackEnv(idFake, { withBotIds: false }), DATA_DIR: `${slack.workspace.root}/no-auth-data`, LOG_LEVEL: 'info' }),
    );
    try {
      const failure = started.logs.map((line) => JSON.parse(line) as { msg: string; reason?: string; level: number }).find((l) => /auth\.test failed/.test(l.msg));
      expect(failure).toMatchObject({ level: 50, reason: 'invalid_auth', msg: expect.stringContaining('SLACK_BOT_ID and SLACK_BOT_USER_ID') });
      const { ts } = await mention(started, idFake, 'C0NOAUTH', 'Is section 115 a duty to share?');
      await idFake.waitFor(() => idFake.threadReplies('C0NOAUTH', ts).length > 0);
      expect(JSON.stringify(idFake.threadReplies('C0NOAUTH', ts)[0]!.args.blocks)).toContain('*Sources*');

      // Not knowing its own user id, the bot cannot tell a mention from a plain reply; the message is still answered once.
      const reply = { channel: 'C0NOAUTH', user: 'U0OFFICER', text: `<@${idFake.botUserId}> what if they say no?`, ts: idFake.nextTs(), thread_ts: ts };
      await Promise.all([
        idFake.sendEvent(started.eventsUrl, { type: 'app_mention', ...reply }),
        idFake.sendEvent(started.eventsUrl, { type: 'message', channel_type: 'channel', ...reply }),
      ]);
      await idFake.waitFor(() => idFake.threadReplies('C0NOAUTH', ts).length > 1);
      const marker = await mention(started, idFake, 'C0NOAUTH', 'Is section 115 a duty to share?');
      await idFake.waitFor(() => idFake.threadReplies('C0NOAUTH', marker.ts).length > 0);
      expect(idFake.threadReplies('C0NOAUTH', ts)).toHaveLength(2);
    } finally {
      idFake.recover('auth.test');
      await started.close();
    }
  }, BOT_START_TIMEOUT);
});
