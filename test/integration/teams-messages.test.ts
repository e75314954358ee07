import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeBotConnector, type ConnectorPost } from '../support/fake-bot-connector.ts';
import { FakeOpenAI } from '../support/fake-openai.ts';
import { fixtureWorkspace, type Workspace } from '../support/fixture-knowledge.ts';
import { BOT_ACCOUNT, messageActivity, postActivity, startTeamsBot, teamsActivity, type RunningTeamsBot } from '../support/teams-bot-server.ts';

let connector: FakeBotConnector;
let workspace: Workspace;
let bot: RunningTeamsBot;

beforeAll(async () => {
  connector = await FakeBotConnector.start();
  workspace = await fixtureWorkspace();
  bot = await startTeamsBot(workspace.config({ DATA_DIR: `${workspace.root}/data`, RATE_LIMIT_MAX: '1000' }));
});
afterAll(async () => {
  await bot?.close();
  await connector?.close();
  await workspace?.remove();
});

const QUESTION = 'Can I tell the police about a stab wound patient?';

/** Posts a message from a user and returns what the bot sent back in that conversation. */
async function ask(text: string, place: Parameters<typeof messageActivity>[2] = {}) {
  const activity = messageActivity(connector.serviceUrl, text, place);
  const conversationId = (activity.conversation as { id: string }).id;
  const before = connector.postsIn(conversationId).length;
  const delivery = await postActivity(bot.messagesUrl, activity);
  return { activity, delivery, posts: connector.postsIn(conversationId).slice(before) };
}

const messages = (posts: ConnectorPost[]) => posts.filter((p) => p.activity.type === 'message');
const markers = (text: string) => [...new Set([...text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])))].sort((a, b) => a - b);

describe('a question too vague to answer', () => {
  it('gets the questions it may mean as suggested actions in Teams, and as card buttons elsewhere that ask the question when pressed', async () => {
    const reply = messages((await ask('can I share this?')).posts)[0]!.activity;
    const actions = reply.suggestedActions.actions as { type: string; title: string; value: string }[];
    expect(actions.length).toBeGreaterThanOrEqual(2);
    expect(actions.every((a) => a.type === 'imBack' && a.value === a.title && reply.text.includes(`- ${a.value}`))).toBe(true);

    const place = { channelId: 'webchat', conversationId: 'webchat-vague' };
    const card = messages((await ask('can I share this?', place)).posts)[0]!.activity.attachments[0].content as { actions: { title: string; data: Record<string, unknown> }[] };
    const suggestion = card.actions[0]!;
    expect(suggestion.data).toMatchObject({ canishare: 'ask', question: suggestion.title, msteams: { type: 'imBack', value: suggestion.title } });
    // A client that does not act on msteams.imBack submits the data instead; the bot asks the question from it.
    const submit = teamsActivity(connector.serviceUrl, { type: 'message', value: suggestion.data }, place);
    const before = connector.postsIn('webchat-vague').length;
    expect((await postActivity(bot.messagesUrl, submit)).status).toBe(200);
    const answer = messages(connector.postsIn('webchat-vague').slice(before))[0]!.activity;
    const texts = (answer.attachments[0].content.body as { text?: string }[]).map((b) => b.text ?? '');
    expect(texts.some((t) => /\[1\]/.test(t))).toBe(true);
  });
});

describe('a question in a 1:1 chat', () => {
  it('gets a typing indicator at once, then the answer at the serviceUrl with every citation field on the wire', async () => {
    const { activity, delivery, posts } = await ask(QUESTION);
    expect(delivery.status).toBe(200);
    expect(connector.unexpected).toEqual([]);
    expect(posts.map((p) => p.activity.type)).toEqual(['typing', 'message']);
    for (const post of posts) expect(post.replyToId).toBe(activity.id);

    const reply = posts[1]!;
    const sent = reply.activity;
    expect(sent).toMatchObject({ type: 'message', textFormat: 'markdown', replyToId: activity.id, channelData: { feedbackLoopEnabled: true } });
    expect(sent.text).toMatch(/^🟢 Should share\n\nYes, you should usually tell the police .*\[1\]/);
    expect(sent.text).toContain('This is guidance, not legal advice');
    expect(sent.summary).toMatch(/^Should share: Yes, you should usually tell the police/);

    // Exactly one root Message entity, carried on the wire with every field Teams reads.
    expect(reply.raw).toContain('"citation":[');
    expect(sent.entities).toHaveLength(1);
    const entity = sent.entities[0];
    expect(entity).toMatchObject({ type: 'https://schema.org/Message', '@type': 'Message', '@context': 'https://schema.org' });
    expect(entity).not.toHaveProperty('additionalType');
    const claims = entity.citation as Array<{ '@type': string; position: number; appearance: Record<string, any> }>;
    expect(claims.map((c) => c.position)).toEqual(markers(sent.text));
    for (const claim of claims) {
      expect(claim['@type']).toBe('Claim');
      expect(claim.appearance).toMatchObject({ '@type': 'DigitalDocument', name: expect.any(String), abstract: expect.any(String) });
      expect(claim.appearance.name.length).toBeGreaterThan(0);
      expect(claim.appearance.name.length).toBeLessThanOrEqual(80);
      expect(claim.appearance.abstract.length).toBeLessThanOrEqual(160);
    }
    expect(claims.some((c) => c.appearance.url === 'https://www.gmc-uk.org/professional-standards/the-professional-standards/confidentiality---reporting-gunshot-and-knife-wounds')).toBe(true);
    expect(claims.some((c) => /knife or gunshot wound|need not name the patient/.test(c.appearance.abstract))).toBe(true);

    const audit = await bot.store.exportAudit({});
    expect(audit.filter((r) => r.platform === 'teams' && r.status === 'answered').length).toBeGreaterThan(0);
  });

  it('understands a follow-up in the same conversation, and only there', async () => {
    const conversationId = 'a:follow-up-chat';
    await ask(QUESTION, { conversationId });
    const followUp = messages((await ask('what if they say no?', { conversationId })).posts)[0]!.activity;
    const elsewhere = messages((await ask('what if they say no?', { conversationId: 'a:another-chat' })).posts)[0]!.activity;
    expect(followUp.entities?.[0]?.citation?.length).toBeGreaterThan(0);
    expect(elsewhere.entities).toBeUndefined();
  });

  it('answers "help" with the example questions, and no citations', async () => {
    const reply = messages((await ask('help')).posts)[0]!.activity;
    expect(reply.text).toContain('Police have sent a DP7 form');
    expect(reply.text).toMatch(/\n- A patient told me he is going to kill his ex-partner/);
    expect(reply.entities).toBeUndefined();
  });

  it('explains the limit, without repeating the question, when a question is too long', async () => {
    const long = `Mr Piotr Nowak ${'asked the police about a stab wound. '.repeat(120)}`;
    const reply = messages((await ask(long)).posts)[0]!.activity;
    expect(reply.text).toMatch(/^The question is \d+ characters long; the limit is 4000\. Shorten it/);
    expect(reply.text).not.toContain('Nowak');
    expect(reply.entities).toBeUndefined();
  });

  it('never sends personal data from the question back to Teams', async () => {
    const identifiers = ['Tomasz', 'Wojcik', '943 476 5919', '14/07/1988', 'CF24 3AA', '07700 900461', 'tw@example.com'];
    const { posts } = await ask(
      'Mr Tomasz Wojcik, NHS number 943 476 5919, DOB 14/07/1988, of CF24 3AA (07700 900461, tw@example.com) came to A&E with a stab wound. Can I tell the police?',
    );
    const reply = messages(posts)[0]!;
    expect(reply.activity.text).toMatch(/\[1\]/);
    expect(reply.activity.text).toContain('Note: Removed from your question before use: ');
    expect(reply.activity.text.match(/removed/gi)).toHaveLength(1);
    const everything = [...connector.posts.map((p) => p.raw), ...bot.logs].join('\n');
    for (const value of identifiers) expect(everything).not.toContain(value);
  });

  it('answers a message that Teams delivers twice only once', async () => {
    const activity = messageActivity(connector.serviceUrl, QUESTION, { conversationId: 'a:redelivered' });
    await postActivity(bot.messagesUrl, activity);
    const again = await postActivity(bot.messagesUrl, activity);
    expect(again.status).toBe(200);
    expect(messages(connector.postsIn('a:redelivered'))).toHaveLength(1);
  });
});

describe('in a channel or group chat', () => {
  it.each([
    ['channel', '19:general@thread.tacv2;messageid=1700000000999'],
    ['groupChat', '19:group@thread.v2'],
  ] as const)('an @mention in a %s is answered there, with the mention left out of the question', async (conversationType, conversationId) => {
    const { activity, posts } = await ask(QUESTION, { conversationType, conversationId });
    expect(posts.map((p) => [p.activity.type, p.replyToId])).toEqual([
      ['typing', activity.id],
      ['message', activity.id],
    ]);
    expect(posts[1]!.activity.entities[0].citation.length).toBeGreaterThan(0);
    const audit = await bot.store.exportAudit({});
    expect(audit.some((r) => r.question.includes('at>') || r.question.includes(BOT_ACCOUNT.name))).toBe(false);
  });
});

describe('when the bot is added to a conversation', () => {
  it('says hello with example questions, and stays quiet when only a person joins', async () => {
    const added = teamsActivity(connector.serviceUrl, { type: 'conversationUpdate', membersAdded: [BOT_ACCOUNT] }, { conversationId: 'a:new-chat' });
    expect((await postActivity(bot.messagesUrl, added)).status).toBe(200);
    const [welcome, ...rest] = connector.postsIn('a:new-chat');
    expect(rest).toEqual([]);
    expect(welcome!.replyToId).toBe(added.id);
    expect(welcome!.activity.text).toMatch(/^Hello, I'm canishare\./);
    expect(welcome!.activity.text).toContain('A police officer rang A&E asking if a named man was treated for a stab wound last night');
    expect(welcome!.activity.text).toContain('@mention me');

    const joined = teamsActivity(connector.serviceUrl, { type: 'conversationUpdate', membersAdded: [{ id: '29:newcomer' }] }, { conversationId: 'a:quiet-chat' });
    expect((await postActivity(bot.messagesUrl, joined)).status).toBe(200);
    expect(connector.postsIn('a:quiet-chat')).toEqual([]);
  });
});

describe('feedback', () => {
  it("from Teams' own 👍/👎 buttons is stored against the answered question", async () => {
    const conversationId = 'a:feedback-chat';
    const { posts } = await ask(QUESTION, { conversationId });
    const botMessageId = messages(posts)[0]!.id;
    const rate = (reaction: string, replyToId: string) =>
      postActivity(
        bot.messagesUrl,
        teamsActivity(
          connector.serviceUrl,
          {
            type: 'invoke',
            name: 'message/submitAction',
            replyToId,
            value: { actionName: 'feedback', actionValue: { reaction, feedback: '{"feedbackText":"Mr Tomasz Wojcik said so"}' } },
          },
          { conversationId },
        ),
      );

    const liked = await rate('like', botMessageId);
    expect(liked).toEqual({ status: 200, body: '{}' });
    const questionId = (await bot.store.exportAudit({})).find((r) => r.rating === 'up')?.id;
    expect(questionId).toBeDefined();
    await rate('dislike', botMessageId);
    const rated = (await bot.store.exportAudit({})).find((r) => r.id === questionId);
    expect(rated?.rating).toBe('down');
    // The words typed into Teams' feedback box are kept as a comment, without the name in them.
    expect(rated?.comment).toEqual({ reason: null, text: expect.stringMatching(/said so$/) });
    expect(JSON.stringify(rated)).not.toMatch(/Tomasz|Wojcik/);

    expect(await rate('like', 'a-message-the-bot-never-sent')).toEqual({ status: 200, body: '{}' });
    expect(bot.logs.join('')).toContain('feedback for a message that is not linked to a question');
    expect(bot.logs.join('')).not.toContain('Wojcik');
    expect(connector.postsIn(conversationId)).toHaveLength(2);
  });
});

describe('outside Teams (Web Chat, Direct Line, the Emulator)', () => {
  it('the answer comes as an Adaptive Card listing its sources, whose 👍/👎 buttons store the rating', async () => {
    const place = { channelId: 'webchat', conversationId: 'webchat-conversation' };
    const reply = messages((await ask(QUESTION, place)).posts)[0]!.activity;
    expect(reply.entities).toBeUndefined();
    expect(reply.attachments).toHaveLength(1);
    const card = reply.attachments[0];
    expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
    const texts = (card.content.body as Array<{ text?: string }>).map((b) => b.text ?? '');
    expect(texts[0]).toBe('Should share');
    expect(texts[1]).toMatch(/^Yes, you should usually tell the police .*\[1\]/);
    expect(texts).toContain('Sources');
    expect(texts.some((t) => t.startsWith('[1] [') && t.includes('](https://'))).toBe(true);
    const [up, down] = card.content.actions as Array<{ type: string; data: { questionId: string; rating: string } }>;
    expect(up!.type).toBe('Action.Submit');
    expect(down!.data).toMatchObject({ rating: 'down', questionId: up!.data.questionId });

    const click = messageActivity(connector.serviceUrl, '', place);
    click.value = up!.data;
    delete click.text;
    await postActivity(bot.messagesUrl, click);
    const thanks = connector.postsIn('webchat-conversation').at(-1)!.activity;
    expect(thanks.text).toBe('Thank you: your feedback was recorded.');
    expect((await bot.store.exportAudit({})).find((r) => r.id === up!.data.questionId)?.rating).toBe('up');
  });
});

describe('without MicrosoftAppId (local testing)', () => {
  it('accepts unauthenticated requests, and says so plainly at start-up', () => {
    const warning = bot.logs.map((line) => JSON.parse(line) as { level: number; msg: string }).find((l) => /UNAUTHENTICATED/.test(l.msg));
    expect(warning).toMatchObject({ level: 40, msg: expect.stringMatching(/Agents Playground only: never expose this port/) });
  });
});

describe('a request that is not an activity', () => {
  it.each([
    ['malformed JSON', '{"type":"message"', 'The request body is not valid JSON.'],
    ['a JSON array', '[]', 'The request body must be a JSON object: a Bot Framework activity.'],
    ['an activity without a type', '{"text":"hello"}', 'The activity has no "type" (such as "message" or "conversationUpdate").'],
  ])('gets 400 and the reason, for %s', async (_what, body, reason) => {
    const response = await fetch(bot.messagesUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: reason });
  });

  it('gets 413 when it is too large', async () => {
    const body = JSON.stringify({ type: 'message', text: 'x'.repeat(300_000) });
    const response = await fetch(bot.messagesUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: 'The activity is too large.' });
  });
});

describe('when the core fails', () => {
  it('the user gets a polite message with a reference that is in the logs, and no error details', async () => {
    const broken = await startTeamsBot(workspace.config({ DATA_DIR: `${workspace.root}/broken-data` }));
    try {
      // Its store is closed under it, so every call into the core fails.
      await broken.store.close();
      const delivery = await postActivity(broken.messagesUrl, messageActivity(connector.serviceUrl, QUESTION, { conversationId: 'a:broken' }));
      expect(delivery.status).toBe(200);
      const [reply, ...rest] = connector.postsIn('a:broken');
      expect(rest).toEqual([]);
      expect(reply!.activity.text).toMatch(/^Sorry, I could not answer that just now because of a problem on our side\./);
      expect(reply!.activity.text).toContain('call 999');
      const reference = /reference: ([0-9a-f]{8})\./.exec(reply!.activity.text)?.[1];
      expect(reference).toBeDefined();
      expect(reply!.activity.text).not.toMatch(/Error|at .*\.ts|closed/i);
      const logged = broken.logs.map((line) => JSON.parse(line) as Record<string, unknown>).find((l) => l.correlationId === reference);
      expect(logged).toMatchObject({ level: 50, code: expect.any(String), msg: 'could not handle a Teams activity' });
    } finally {
      await broken.close();
    }
  });
});

describe('an answer written by a remote model', () => {
  let openai: FakeOpenAI;
  let llmBot: RunningTeamsBot;

  beforeAll(async () => {
    openai = new FakeOpenAI();
    const baseUrl = await openai.start();
    llmBot = await startTeamsBot(
      workspace.config({ DATA_DIR: `${workspace.root}/llm-data`, OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: baseUrl, CHAT_MODEL: 'gpt-test' }),
    );
  });
  afterAll(async () => {
    await llmBot?.close();
    await openai?.stop();
  });

  it('carries the "AI generated" label alongside its citations', async () => {
    const activity = messageActivity(connector.serviceUrl, QUESTION, { conversationId: 'a:llm-chat' });
    await postActivity(llmBot.messagesUrl, activity);
    const reply = messages(connector.postsIn('a:llm-chat'))[0]!;
    expect(reply.raw).toContain('"additionalType":["AIGeneratedContent"]');
    expect(reply.activity.entities).toEqual([
      expect.objectContaining({ '@type': 'Message', additionalType: ['AIGeneratedContent'], citation: expect.arrayContaining([expect.objectContaining({ position: 1 })]) }),
    ]);
  });
});
