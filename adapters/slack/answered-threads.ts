import type { webApi } from '@slack/bolt';
import type { Logger } from '../../src/index.ts';
import type { BotIdentity } from './bot-identity.ts';
import { errorReason } from './error-reason.ts';

/** Enough for a busy day of threads; the oldest are forgotten first and can still be found in Slack. */
const REMEMBERED_THREADS = 10_000;
/** The bot answers near the top of a thread, so its first page of replies is enough to find that answer. */
const REPLIES_READ = 200;

/**
 * Threads the bot has answered in, where a reply is a follow-up question even
 * without a mention. Threads answered by another replica, or before a restart,
 * are found by reading the thread from Slack.
 */
export class AnsweredThreads {
  private readonly recent = new Set<string>();

  constructor(
    private readonly identity: BotIdentity,
    private readonly logger: Logger,
  ) {}

  remember(channel: string, threadTs: string): void {
    const key = `${channel}:${threadTs}`;
    this.recent.delete(key);
    this.recent.add(key);
    if (this.recent.size > REMEMBERED_THREADS) this.recent.delete(this.recent.values().next().value!);
  }

  async includes(client: webApi.WebClient, channel: string, threadTs: string): Promise<boolean> {
    if (this.recent.has(`${channel}:${threadTs}`)) return true;
    const { botId, botUserId } = await this.identity.ids();
    if (!botId && !botUserId) return false;
    try {
      const { messages = [] } = await client.conversations.replies({ channel, ts: threadTs, limit: REPLIES_READ });
      const answered = messages.some((m) => (botId !== undefined && m.bot_id === botId) || (botUserId !== undefined && m.user === botUserId));
      if (answered) this.remember(channel, threadTs);
      return answered;
    } catch (error) {
      this.logger.warn({ channel, reason: errorReason(error) }, 'could not read a Slack thread to see whether the bot answered in it');
      return false;
    }
  }
}
