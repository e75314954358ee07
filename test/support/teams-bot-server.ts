import type { BotAuthenticationOptions } from '../../adapters/teams/bot-authentication.ts';
import { createTeamsAdapter } from '../../adapters/teams/teams-adapter.ts';
import type { Config } from '../../src/index.ts';
import { startBot, type RunningBot } from './bot-server.ts';

export interface RunningTeamsBot extends RunningBot {
  /** Where the Bot Framework posts activities. */
  messagesUrl: string;
}

/** The real bot server with the Teams adapter on 127.0.0.1, as `npm start` runs it. */
export async function startTeamsBot(config: Config, options: BotAuthenticationOptions = {}, port = 0): Promise<RunningTeamsBot> {
  const bot = await startBot(config, (deps) => createTeamsAdapter(deps, options), port);
  return { ...bot, messagesUrl: `${bot.baseUrl}/api/messages` };
}

let sequence = 0;

/** Where an activity happens: a Teams 1:1 chat unless told otherwise. */
export interface Place {
  conversationId?: string;
  conversationType?: 'personal' | 'groupChat' | 'channel';
  channelId?: string;
  userId?: string;
}

export const BOT_ACCOUNT = { id: '28:canishare-bot', name: 'canishare' };

/** An activity shaped as Teams sends it to a bot. */
export function teamsActivity(serviceUrl: string, fields: Record<string, unknown>, place: Place = {}): Record<string, unknown> {
  sequence += 1;
  const conversationType = place.conversationType ?? 'personal';
  return {
    id: `1700000000${String(sequence).padStart(3, '0')}`,
    timestamp: new Date().toISOString(),
    serviceUrl,
    channelId: place.channelId ?? 'msteams',
    from: { id: `29:${place.userId ?? 'officer'}`, name: 'Sam Example', aadObjectId: `aad-${place.userId ?? 'officer'}` },
    conversation: {
      id: place.conversationId ?? `a:personal-${sequence}`,
      conversationType,
      tenantId: 'tenant-test',
      ...(conversationType === 'personal' ? {} : { isGroup: true }),
    },
    recipient: BOT_ACCOUNT,
    locale: 'en-GB',
    channelData: { tenant: { id: 'tenant-test' } },
    ...fields,
  };
}

/** A user's message; in a channel or group chat it @mentions the bot, as Teams requires there. */
export function messageActivity(serviceUrl: string, text: string, place: Place = {}): Record<string, unknown> {
  const addressed = (place.conversationType ?? 'personal') !== 'personal';
  const mention = `<at>${BOT_ACCOUNT.name}</at>`;
  return teamsActivity(
    serviceUrl,
    {
      type: 'message',
      text: addressed ? `${mention} ${text}` : text,
      textFormat: 'plain',
      ...(addressed ? { entities: [{ type: 'mention', text: mention, mentioned: BOT_ACCOUNT }] } : {}),
    },
    place,
  );
}

/** Posts an activity to the bot as the Bot Framework would; returns the HTTP status and body. */
export async function postActivity(
  messagesUrl: string,
  activity: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string }> {
  const response = await fetch(messagesUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(activity) });
  return { status: response.status, body: await response.text() };
}
