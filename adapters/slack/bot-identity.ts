import { webApi } from '@slack/bolt';
import type { Logger } from '../../src/index.ts';
import { errorReason } from './error-reason.ts';

/** Who the bot is in Slack: needed to recognise its own messages, mentions of it and threads it answered. */
export interface BotIds {
  botId?: string;
  botUserId?: string;
}

/** After a failed auth.test, how long to wait before asking again. */
const RETRY_AFTER_MS = 60_000;

/**
 * The bot's ids, from SLACK_BOT_ID / SLACK_BOT_USER_ID when set, otherwise
 * from one auth.test call. A failing auth.test is logged with what to do and
 * retried later; it never stops the process or the handling of events.
 */
export class BotIdentity {
  private known: Required<BotIds> | null;
  private pending: Promise<BotIds> | null = null;
  private failedAt: number | null = null;

  constructor(
    private readonly client: webApi.WebClient,
    private readonly configured: { botId: string | null; botUserId: string | null },
    private readonly logger: Logger,
  ) {
    this.known =
      configured.botId && configured.botUserId ? { botId: configured.botId, botUserId: configured.botUserId } : null;
  }

  /** True when both ids come from settings, so start-up never calls auth.test. */
  get configuredInFull(): boolean {
    return Boolean(this.configured.botId && this.configured.botUserId);
  }

  ids(): Promise<BotIds> {
    if (this.known) return Promise.resolve(this.known);
    if (this.pending) return this.pending;
    if (this.failedAt !== null && Date.now() - this.failedAt < RETRY_AFTER_MS) return Promise.resolve(this.partial());
    this.pending = this.lookUp().finally(() => {
      this.pending = null;
    });
    return this.pending;
  }

  private async lookUp(): Promise<BotIds> {
    try {
      const result = await this.client.auth.test();
      this.known = {
        botId: this.configured.botId ?? result.bot_id ?? '',
        botUserId: this.configured.botUserId ?? result.user_id ?? '',
      };
      this.failedAt = null;
      this.logger.info({ botId: this.known.botId, botUserId: this.known.botUserId }, 'Slack bot identified by auth.test');
      return this.known;
    } catch (error) {
      this.failedAt = Date.now();
      this.logger.error(
        { reason: errorReason(error) },
        'Slack auth.test failed, so the bot does not know its own ids yet: check SLACK_BOT_TOKEN (the xoxb- token), or set SLACK_BOT_ID and SLACK_BOT_USER_ID so start-up does not need auth.test. Questions are still answered; follow-ups in threads are recognised once the ids are known.',
      );
      return this.partial();
    }
  }

  private partial(): BotIds {
    return {
      ...(this.configured.botId ? { botId: this.configured.botId } : {}),
      ...(this.configured.botUserId ? { botUserId: this.configured.botUserId } : {}),
    };
  }
}
