import { describe, expect, it } from 'vitest';
import type { RecordedCall } from '../support/fake-slack-api.ts';
import { useSlackBot } from '../support/slack-bot-server.ts';

const slack = useSlackBot({ LOG_LEVEL: 'info', RATE_LIMIT_MAX: '1000' });

type Block = { type: string; text?: { text: string }; elements?: Array<Record<string, unknown>> };
const blocksOf = (call: RecordedCall) => call.args.blocks as Block[];

/** Asks a question with @canishare and returns the answer's channel, ts, blocks and question id. */
async function answeredMention(channel: string) {
  const ts = slack.fake.nextTs();
  await slack.fake.sendEvent(slack.bot.eventsUrl, { type: 'app_mention', channel, user: 'U0OFFICER', text: `<@${slack.fake.botUserId}> Is section 115 a duty to share?`, ts });
  await slack.fake.waitFor(() => slack.fake.threadReplies(channel, ts).length > 0);
  const answer = slack.fake.threadReplies(channel, ts)[0]!;
  const buttons = blocksOf(answer).find((b) => b.type === 'context_actions')!.elements![0] as { positive_button: { value: string } };
  return { channel, ts: answer.response.ts as string, text: answer.args.text as string, blocks: blocksOf(answer), questionId: buttons.positive_button.value.slice(3) };
}

function clickPayload(message: { channel: string; ts: string; text: string; blocks: Block[] }, value: string, ephemeral = false) {
  return {
    user: { id: 'U0OFFICER', username: 'officer', team_id: slack.fake.teamId },
    channel: { id: message.channel, name: 'general' },
    container: { type: 'message', message_ts: message.ts, channel_id: message.channel, is_ephemeral: ephemeral },
    ...(ephemeral ? {} : { message: { type: 'message', ts: message.ts, text: message.text, user: slack.fake.botUserId, bot_id: slack.fake.botId, blocks: message.blocks } }),
    actions: [
      { type: 'feedback_buttons', action_id: 'canishare_feedback', block_id: 'b1', value, text: { type: 'plain_text', text: '👍' }, action_ts: slack.fake.nextTs() },
    ],
  };
}

describe('/canishare', () => {
  it('acknowledges privately at once, opens a thread that does not repeat the question, and answers there', async () => {
    const channel = 'C0COMMAND';
    const ack = await slack.fake.sendCommand(slack.bot.eventsUrl, { text: 'Mr Tomasz Wojcik came to A&E with a stab wound. Can I tell the police?', userId: 'U0DOCTOR', channelId: channel });
    expect(ack.status).toBe(200);
    expect(JSON.parse(ack.body)).toEqual({ response_type: 'ephemeral', text: 'Checking the guidance…' });

    await slack.fake.waitFor(() => slack.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === channel).length >= 2);
    const [opening, answer] = slack.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === channel);
    expect(opening!.args.thread_ts).toBeUndefined();
    expect(opening!.args.text).toContain('<@U0DOCTOR>');
    expect(answer!.args.thread_ts).toBe(opening!.response.ts);
    expect(JSON.stringify(answer!.args.blocks)).toContain('*Sources*');
    expect(JSON.stringify(slack.fake.calls)).not.toMatch(/Tomasz|Wojcik/);

    // The thread is a conversation: a reply without a mention is a follow-up in the context of the command's question.
    const threadTs = opening!.response.ts as string;
    await slack.fake.sendEvent(slack.bot.eventsUrl, { type: 'message', channel, channel_type: 'channel', user: 'U0DOCTOR', text: 'what if they say no?', ts: slack.fake.nextTs(), thread_ts: threadTs });
    await slack.fake.waitFor(() => slack.fake.threadReplies(channel, threadTs).length >= 2);
    expect(JSON.stringify(slack.fake.threadReplies(channel, threadTs)[1]!.args.blocks)).toContain('*Sources*');
  });

  it('answers with help, privately and at once, when no question is given', async () => {
    const before = slack.fake.calls.length;
    const ack = await slack.fake.sendCommand(slack.bot.eventsUrl, { text: '  ', userId: 'U0DOCTOR', channelId: 'C0COMMAND' });
    const body = JSON.parse(ack.body) as { response_type: string; blocks: Block[] };
    expect(body.response_type).toBe('ephemeral');
    expect(JSON.stringify(body.blocks)).toContain('Police have sent a DP7 form');
    expect(slack.fake.calls.length).toBe(before);
  });

  it('answers privately through the response_url where the bot cannot post', async () => {
    slack.fake.fail('chat.postMessage', 'not_in_channel');
    try {
      await slack.fake.sendCommand(slack.bot.eventsUrl, { text: 'Is section 115 a duty to share?', userId: 'U0DOCTOR', channelId: 'C0PRIVATE' });
      await slack.fake.waitFor(() => slack.fake.callsTo('response_url').length > 0);
    } finally {
      slack.fake.recover('chat.postMessage');
    }
    const [reply] = slack.fake.callsTo('response_url');
    expect(reply!.args.response_type).toBe('ephemeral');
    expect(JSON.stringify(reply!.args.blocks)).toContain('*Sources*');
    expect(JSON.stringify(reply!.args.blocks)).toContain('feedback_buttons');
  });
});

describe('👍/👎 buttons', () => {
  it('store the rating against the question id and replace the buttons with thanks', async () => {
    const answer = await answeredMention('C0FEEDBACK');
    const delivery = await slack.fake.sendBlockAction(slack.bot.eventsUrl, clickPayload(answer, `up:${answer.questionId}`));
    expect(delivery.status).toBe(200);

    await slack.fake.waitFor(() => slack.fake.callsTo('chat.update').some((c) => c.args.ts === answer.ts));
    const update = slack.fake.callsTo('chat.update').find((c) => c.args.ts === answer.ts)!;
    expect(update.response.ok).toBe(true);
    const blocks = blocksOf(update);
    expect(blocks.some((b) => b.type === 'context_actions')).toBe(false);
    expect(JSON.stringify(blocks)).toContain('👍 Thanks for your feedback.');
    expect(blocks.filter((b) => b.type === 'section')).toEqual(answer.blocks.filter((b) => b.type === 'section'));
    const row = (await slack.bot.store.exportAudit({})).find((r) => r.id === answer.questionId);
    expect(row?.rating).toBe('up');
  });

  it('say so when the question is no longer in the audit trail', async () => {
    const answer = await answeredMention('C0FEEDBACK2');
    await slack.fake.sendBlockAction(slack.bot.eventsUrl, clickPayload(answer, 'down:00000000-0000-4000-8000-000000000000'));
    await slack.fake.waitFor(() => slack.fake.callsTo('chat.update').some((c) => c.args.ts === answer.ts));
    expect(JSON.stringify(slack.fake.callsTo('chat.update').find((c) => c.args.ts === answer.ts)!.args.blocks)).toContain('no longer in the audit trail');
    expect((await slack.bot.store.exportAudit({})).find((r) => r.id === answer.questionId)?.rating).toBeNull();
  });

  it('thank privately for a rating on a private answer', async () => {
    const answer = await answeredMention('C0FEEDBACK3');
    await slack.fake.sendBlockAction(slack.bot.eventsUrl, clickPayload(answer, `down:${answer.questionId}`, true));
    await slack.fake.waitFor(() => slack.fake.callsTo('response_url').some((c) => c.args.text === '👎 Thanks for your feedback.'));
    expect((await slack.bot.store.exportAudit({})).find((r) => r.id === answer.questionId)?.rating).toBe('down');
  });
});

describe('a comment with 👎', () => {
  it('is asked for in a form that opens on 👎, and stored with the rating, without the personal data typed into it', async () => {
    const answer = await answeredMention('C0COMMENT');
    await slack.fake.sendBlockAction(slack.bot.eventsUrl, clickPayload(answer, `down:${answer.questionId}`));
    const forThisAnswer = () => slack.fake.callsTo('views.open').filter((c) => (c.args.view as { private_metadata?: string }).private_metadata === answer.questionId);
    await slack.fake.waitFor(() => forThisAnswer().length > 0);
    const opened = forThisAnswer()[0]!;
    expect(opened.response.ok).toBe(true);
    const view = opened.args.view as { callback_id: string; private_metadata: string; blocks: Array<{ block_id: string; element: { options?: Array<{ value: string }> } }> };
    expect(view.private_metadata).toBe(answer.questionId);
    expect(view.blocks.find((b) => b.block_id === 'reason')!.element.options!.map((o) => o.value)).toEqual(['wrong_answer', 'missing_law', 'not_my_situation', 'other']);

    const delivery = await slack.fake.sendViewSubmission(slack.bot.eventsUrl, 'U0OFFICER', {
      callback_id: view.callback_id,
      private_metadata: view.private_metadata,
      state: {
        values: {
          reason: { reason: { type: 'radio_buttons', selected_option: { value: 'missing_law', text: { type: 'plain_text', text: 'It missed a law' } } } },
          text: { text: { type: 'plain_text_input', value: 'It left out the court order for Mr Tomasz Wojcik, NHS 943 476 5919.' } },
        },
      },
    });
    expect(delivery.status).toBe(200);
    await expect
      .poll(async () => (await slack.bot.store.exportAudit({})).find((r) => r.id === answer.questionId)?.comment, { timeout: 10_000 })
      .toMatchObject({ reason: 'missing_law', text: expect.stringContaining('court order') });
    const stored = JSON.stringify((await slack.bot.store.exportAudit({})).find((r) => r.id === answer.questionId));
    expect(stored).not.toMatch(/Tomasz|Wojcik|943 476 5919/);
    expect(stored).toContain('"rating":"down"');
  });
});

