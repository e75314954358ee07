import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { RecordedCall } from '../support/fake-slack-api.ts';
import { BOT_TOKEN, useSlackBot } from '../support/slack-bot-server.ts';

const slack = useSlackBot({ LOG_LEVEL: 'debug', RATE_LIMIT_MAX: '1000' });

interface Blocks {
  blocks: Array<{ type: string; text?: { text: string }; elements?: Array<Record<string, unknown>> }>;
}

const blocksOf = (call: RecordedCall) => (call.args as unknown as Blocks).blocks;
const textOf = (call: RecordedCall) => JSON.stringify(blocksOf(call));

/** Sends "@canishare <text>" in a channel, as Slack's app_mention event; returns the thread the answer belongs in. */
async function mention(text: string, where: { channel?: string; threadTs?: string; user?: string } = {}) {
  const channel = where.channel ?? 'C0GENERAL';
  const ts = slack.fake.nextTs();
  const delivery = await slack.fake.sendEvent(slack.bot.eventsUrl, {
    type: 'app_mention',
    channel,
    user: where.user ?? 'U0OFFICER',
    text: `<@${slack.fake.botUserId}> ${text}`,
    ts,
    ...(where.threadTs ? { thread_ts: where.threadTs } : {}),
  });
  return { delivery, channel, ts, threadTs: where.threadTs ?? ts };
}

async function answerIn(channel: string, threadTs: string, count = 1): Promise<RecordedCall[]> {
  await slack.fake.waitFor(() => slack.fake.threadReplies(channel, threadTs).length >= count);
  return slack.fake.threadReplies(channel, threadTs);
}

describe('a mention in a channel', () => {
  it('is acknowledged at once, shows a typing status in the thread, then answers there with sources, footer and feedback buttons', async () => {
    const { delivery, channel, threadTs } = await mention('Is section 115 a duty to share?');
    expect(delivery.status).toBe(200);

    const [answer] = await answerIn(channel, threadTs);
    const status = slack.fake.callsTo('assistant.threads.setStatus').find((c) => c.args.thread_ts === threadTs);
    expect(status?.args).toMatchObject({ channel_id: channel, status: expect.stringMatching(/checking the guidance/) });
    expect(slack.fake.calls.indexOf(status!)).toBeLessThan(slack.fake.calls.indexOf(answer!));
    expect(answer!.token).toBe(BOT_TOKEN);

    const blocks = blocksOf(answer!);
    const sections = blocks.filter((b) => b.type === 'section').map((b) => b.text!.text);
    expect(sections[0]).toMatch(/^Section 115 .*\[1\]/);
    expect(sections.join('\n')).toContain('*Sources*');
    expect(sections.join('\n')).toMatch(/\*\[\d\]\* <https:\/\/www\.legislation\.gov\.uk\/ukpga\/1998\/37\/section\/115\|Crime and Disorder Act 1998, section 115> — What section 115/);
    expect(textOf(answer!)).toContain('This is guidance, not legal advice');

    const feedback = blocks.find((b) => b.type === 'context_actions')!.elements![0] as {
      type: string;
      positive_button: { value: string };
      negative_button: { value: string };
    };
    expect(feedback.type).toBe('feedback_buttons');
    const questionId = feedback.positive_button.value.replace(/^up:/, '');
    expect(feedback.negative_button.value).toBe(`down:${questionId}`);
    const audit = await slack.bot.store.exportAudit({});
    expect(audit.find((r) => r.id === questionId)).toMatchObject({ platform: 'slack', status: 'answered' });
  });

  it('answers an empty mention or "help" with help and example questions, and no feedback buttons', async () => {
    for (const text of ['', 'help']) {
      const { channel, threadTs } = await mention(text);
      const [reply] = await answerIn(channel, threadTs);
      expect(textOf(reply!)).toContain('I answer questions about sharing information between police, health and social care');
      expect(textOf(reply!)).toContain('DP7 form');
      expect(blocksOf(reply!).some((b) => b.type === 'context_actions')).toBe(false);
    }
  });

  it('never sends personal data from the question to Slack or the logs, and says briefly that it was removed', async () => {
    const identifiers = ['Tomasz', 'Wojcik', '943 476 5919', '14/07/1988', 'CF24 3AA', '07700 900461', 'tw@example.com'];
    const { channel, threadTs } = await mention(
      'Mr Tomasz Wojcik, NHS number 943 476 5919, DOB 14/07/1988, of CF24 3AA (07700 900461, <mailto:tw@example.com|tw@example.com>) came to A&amp;E with a stab wound. Can I tell the police?',
    );
    const [answer] = await answerIn(channel, threadTs);
    const [verdict, note] = blocksOf(answer!);
    // The verdict comes first, then the note on what was removed.
    expect(verdict).toMatchObject({ type: 'header', text: { text: '🟢 Should share' } });
    expect(note!.type).toBe('context');
    expect(JSON.stringify(note)).toMatch(/Removed from your question before use: [^"]*NHS number/);
    expect(JSON.stringify(note)).toMatch(/Removed from your question before use: [^"]*name/);
    expect(JSON.stringify(note)).toMatch(/without identifiers/);
    // One notice, from the answer's redactions: the engine adds no warning that says the same again.
    expect(JSON.stringify(answer).match(/removed/gi)).toHaveLength(1);
    const sentToSlack = JSON.stringify(slack.fake.calls);
    const logged = slack.bot.logs.join('');
    for (const value of identifiers) {
      expect(sentToSlack).not.toContain(value);
      expect(logged).not.toContain(value);
    }
  });
});

describe('a question too vague to answer', () => {
  it('gets the questions it may mean, each with a button; pressing one asks it in the thread for the person who pressed it', async () => {
    const { channel, threadTs } = await mention('can I share this?', { channel: 'C0VAGUE' });
    const [reply] = await answerIn(channel, threadTs);
    const offered = blocksOf(reply!).filter((b) => b.type === 'section' && 'accessory' in b) as unknown as {
      text: { text: string };
      accessory: { type: string; action_id: string; value: string };
    }[];
    expect(offered.length).toBeGreaterThanOrEqual(2);
    expect(offered.every((b) => b.accessory.type === 'button' && b.text.text === `• ${b.accessory.value}`)).toBe(true);
    expect(blocksOf(reply!).some((b) => b.type === 'header')).toBe(false);

    const chosen = offered[0]!.accessory;
    const click = await slack.fake.sendBlockAction(slack.bot.eventsUrl, {
      user: { id: 'U0NURSE', username: 'nurse', team_id: slack.fake.teamId },
      channel: { id: channel, name: 'vague' },
      container: { type: 'message', message_ts: reply!.response.ts, channel_id: channel, is_ephemeral: false },
      message: { type: 'message', ts: reply!.response.ts, thread_ts: threadTs, text: reply!.args.text, user: slack.fake.botUserId, bot_id: slack.fake.botId, blocks: blocksOf(reply!) },
      actions: [{ type: 'button', action_id: chosen.action_id, block_id: 'b1', value: chosen.value, text: { type: 'plain_text', text: 'Ask this' }, action_ts: slack.fake.nextTs() }],
    });
    expect(click.status).toBe(200);
    const [, answer] = await answerIn(channel, threadTs, 2);
    expect(blocksOf(answer!)[0]!.type).toBe('header');
    expect(textOf(answer!)).toContain('*Sources*');
    const audit = await slack.bot.store.exportAudit({});
    expect(audit.filter((r) => r.status === 'needs_detail').length).toBeGreaterThan(0);
    expect(audit.some((r) => r.question === chosen.value && r.status === 'answered')).toBe(true);
  });
});

describe('conversations', () => {
  it('answers a direct message in a thread under it', async () => {
    const ts = slack.fake.nextTs();
    await slack.fake.sendEvent(slack.bot.eventsUrl, {
      type: 'message',
      channel: 'D0DIRECT',
      channel_type: 'im',
      user: 'U0NURSE',
      text: 'Can I tell the police about a stab wound patient?',
      ts,
    });
    const [answer] = await answerIn('D0DIRECT', ts);
    expect(textOf(answer!)).toContain('*Sources*');
  });

  it('takes a reply in a thread it answered as a follow-up, without a mention, in the context of the first question', async () => {
    const { channel, threadTs } = await mention('Can I tell the police about a stab wound patient?', { channel: 'C0WARD' });
    await answerIn(channel, threadTs);

    await slack.fake.sendEvent(slack.bot.eventsUrl, {
      type: 'message',
      channel,
      channel_type: 'channel',
      user: 'U0OFFICER',
      text: 'what if they say no?',
      ts: slack.fake.nextTs(),
      thread_ts: threadTs,
    });
    const [, followUp] = await answerIn(channel, threadTs, 2);
    expect(textOf(followUp!)).toContain('*Sources*');
    expect(textOf(followUp!)).not.toContain('outside');
  });

  it('recognises a thread the bot answered before it restarted by reading the thread from Slack', async () => {
    const channel = 'C0HISTORY';
    const threadTs = slack.fake.nextTs();
    slack.fake.addHistory({ channel, ts: threadTs, user: 'U0OFFICER', text: 'an earlier question' });
    slack.fake.addHistory({ channel, ts: slack.fake.nextTs(), thread_ts: threadTs, user: slack.fake.botUserId, bot_id: slack.fake.botId, text: 'an earlier answer' });

    await slack.fake.sendEvent(slack.bot.eventsUrl, {
      type: 'message',
      channel,
      channel_type: 'channel',
      user: 'U0OFFICER',
      text: 'Is section 115 a duty to share?',
      ts: slack.fake.nextTs(),
      thread_ts: threadTs,
    });
    const [answer] = await answerIn(channel, threadTs);
    expect(slack.fake.callsTo('conversations.replies').some((c) => c.args.channel === channel && c.args.ts === threadTs)).toBe(true);
    expect(textOf(answer!)).toContain('*Sources*');
  });

  it('stays out of threads it has not answered in', async () => {
    const channel = 'C0CHATTER';
    const threadTs = slack.fake.nextTs();
    slack.fake.addHistory({ channel, ts: threadTs, user: 'U0OTHER', text: 'lunch?' });
    await slack.fake.sendEvent(slack.bot.eventsUrl, {
      type: 'message',
      channel,
      channel_type: 'channel',
      user: 'U0OTHER',
      text: 'Is section 115 a duty to share?',
      ts: slack.fake.nextTs(),
      thread_ts: threadTs,
    });
    await slack.fake.waitFor(() => slack.fake.callsTo('conversations.replies').some((c) => c.args.channel === channel));
    // A later question is answered after the ignored one was decided; by then any reply to it would have been posted.
    const later = await mention('Is section 115 a duty to share?', { channel });
    await answerIn(channel, later.threadTs);
    expect(slack.fake.threadReplies(channel, threadTs)).toHaveLength(0);
    expect(slack.fake.callsTo('assistant.threads.setStatus').some((c) => c.args.thread_ts === threadTs)).toBe(false);
  });

  it('answers a message that arrives both as a mention and as a thread message only once', async () => {
    const { channel, threadTs } = await mention('Is section 115 a duty to share?', { channel: 'C0TWICE' });
    await answerIn(channel, threadTs);
    const ts = slack.fake.nextTs();
    const text = `<@${slack.fake.botUserId}> what if they say no?`;
    await Promise.all([
      slack.fake.sendEvent(slack.bot.eventsUrl, { type: 'app_mention', channel, user: 'U0OFFICER', text, ts, thread_ts: threadTs }),
      slack.fake.sendEvent(slack.bot.eventsUrl, { type: 'message', channel, channel_type: 'channel', user: 'U0OFFICER', text, ts, thread_ts: threadTs }),
    ]);
    await answerIn(channel, threadTs, 2);
    const marker = await mention('Is section 115 a duty to share?', { channel });
    await answerIn(channel, marker.threadTs);
    expect(slack.fake.threadReplies(channel, threadTs)).toHaveLength(2);
  });
});

describe('Slack retries', () => {
  it('answers an event once when Slack sends it again with the same event_id', async () => {
    const channel = 'C0RETRY';
    const ts = slack.fake.nextTs();
    const event = { type: 'app_mention', channel, user: 'U0OFFICER', text: `<@${slack.fake.botUserId}> Is section 115 a duty to share?`, ts };
    const deliveries = await Promise.all([
      slack.fake.sendEvent(slack.bot.eventsUrl, event, { eventId: 'Ev0RETRIED' }),
      slack.fake.sendEvent(slack.bot.eventsUrl, event, { eventId: 'Ev0RETRIED', retryNum: 1 }),
    ]);
    expect(deliveries.map((d) => d.status)).toEqual([200, 200]);
    await slack.fake.sendEvent(slack.bot.eventsUrl, event, { eventId: 'Ev0RETRIED', retryNum: 2 });
    await answerIn(channel, ts);
    const marker = await mention('Is section 115 a duty to share?', { channel });
    await answerIn(channel, marker.threadTs);
    expect(slack.fake.threadReplies(channel, ts)).toHaveLength(1);
    expect(slack.fake.callsTo('assistant.threads.setStatus').filter((c) => c.args.thread_ts === ts)).toHaveLength(1);
    expect(slack.bot.logs.join('')).toContain('ignored a repeat of a Slack event');
  });
});

describe('a question with a file attached', () => {
  /** Where Slack would serve the file: any request for it is counted, and none may come. */
  async function fileHost() {
    const requests: string[] = [];
    const server = createServer((req, res) => {
      requests.push(req.url ?? '');
      res.end('image bytes');
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/files-pri/T0/F0LETTER/request-letter.png`;
    return { requests, url, close: () => new Promise((resolve) => server.close(resolve)) };
  }

  const file = (url: string) => ({ id: 'F0LETTER', name: 'request-letter.png', mimetype: 'image/png', url_private: url, url_private_download: url });

  /** Runs `check` with a file host up, and closes it afterwards. */
  async function withFileHost(check: (host: Awaited<ReturnType<typeof fileHost>>) => Promise<void>) {
    const host = await fileHost();
    try {
      await check(host);
    } finally {
      await host.close();
    }
  }

  it('is answered from its words in a direct message, says the file was not read, and never fetches it', () =>
    withFileHost(async (host) => {
      const ts = slack.fake.nextTs();
      await slack.fake.sendEvent(slack.bot.eventsUrl, {
        type: 'message',
        subtype: 'file_share',
        channel: 'D0FILES',
        channel_type: 'im',
        user: 'U0NURSE',
        text: 'The police sent this DP7 form asking for a patient’s records. Do we have to comply?',
        files: [file(host.url)],
        ts,
      });
      const [answer] = await answerIn('D0FILES', ts);
      expect(textOf(answer!)).toContain("I didn't open the attached file");
      expect(textOf(answer!)).toContain('*Sources*');
      expect(host.requests).toEqual([]);
      expect(slack.fake.calls.filter((call) => call.method.startsWith('files.'))).toEqual([]);
    }));

  it('is answered from its words when it mentions the bot in a channel, with the same note', () =>
    withFileHost(async (host) => {
      const ts = slack.fake.nextTs();
      await slack.fake.sendEvent(slack.bot.eventsUrl, {
        type: 'app_mention',
        channel: 'C0FILES',
        user: 'U0OFFICER',
        text: `<@${slack.fake.botUserId}> A patient told me he is going to kill his ex-partner. Can I tell the police?`,
        files: [file(host.url)],
        ts,
      });
      const [answer] = await answerIn('C0FILES', ts);
      expect(textOf(answer!)).toContain("I didn't open the attached file");
      expect(host.requests).toEqual([]);
    }));
});

describe('the App Home tab', () => {
  it('is published when a person opens it, explaining what the bot covers', async () => {
    await slack.fake.sendEvent(slack.bot.eventsUrl, { type: 'app_home_opened', user: 'U0HOME', channel: 'D0HOME', tab: 'messages', event_ts: slack.fake.nextTs() });
    await slack.fake.sendEvent(slack.bot.eventsUrl, { type: 'app_home_opened', user: 'U0HOME', channel: 'D0HOME', tab: 'home', event_ts: slack.fake.nextTs() });
    await slack.fake.waitFor(() => slack.fake.callsTo('views.publish').length > 0);
    const [publish] = slack.fake.callsTo('views.publish');
    expect(publish!.args.user_id).toBe('U0HOME');
    const view = JSON.stringify(publish!.args.view);
    expect(view).toContain('"type":"home"');
    expect(view).toContain('England and Wales');
    expect(view).toContain('/canishare');
    expect(view).toContain('Scotland and Northern Ireland');
    expect(slack.fake.callsTo('views.publish')).toHaveLength(1);
  });
});
