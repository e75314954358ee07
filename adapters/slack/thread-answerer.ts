import type { webApi } from '@slack/bolt';
import type { Logger } from '../../src/index.ts';
import type { AnsweredThreads } from './answered-threads.ts';
import { errorReason } from './error-reason.ts';
import type { SlackQuestionService } from './paced-service.ts';
import { renderWorking } from './render-blocks.ts';
import { replyTo } from './reply-to.ts';

/** A question to answer in a Slack thread. */
export interface ThreadQuestion {
  channel: string;
  /** The thread the answer goes in: the question's own ts when it started a new thread. */
  threadTs: string;
  userId: string;
  /** Plain text, Slack markup already removed. */
  text: string;
  /** The message carried files; they are never downloaded, and the reply says so. */
  hadFiles?: boolean;
}

const STATUS = 'is checking the guidance…';
const LOADING_MESSAGES = ['Checking the guidance…', 'Finding the law and guidance that apply…', 'Checking each point has a source…'];

/**
 * Answers in the thread: shows Slack's typing status at once (or, where the
 * workspace does not allow it, a placeholder message), asks the service, then
 * posts the answer (or puts it in place of the placeholder).
 */
export class ThreadAnswerer {
  constructor(
    private readonly service: SlackQuestionService,
    private readonly answeredThreads: AnsweredThreads,
    private readonly logger: Logger,
  ) {}

  async answer(client: webApi.WebClient, question: ThreadQuestion): Promise<void> {
    const { channel, threadTs } = question;
    // Remembered before answering, so a follow-up typed while the answer is on its way is recognised.
    this.answeredThreads.remember(channel, threadTs);
    const placeholderTs = await this.showWorking(client, channel, threadTs);
    const message = await replyTo(this.service, this.logger, {
      platform: 'slack',
      userId: question.userId,
      text: question.text,
      conversationKey: `${channel}:${threadTs}`,
    }, { filesNotRead: question.hadFiles === true });
    try {
      if (placeholderTs) await client.chat.update({ channel, ts: placeholderTs, ...message });
      else await client.chat.postMessage({ channel, thread_ts: threadTs, ...message });
    } catch (error) {
      this.logger.error({ channel, reason: errorReason(error) }, 'could not post an answer to Slack');
    }
  }

  /** Returns the placeholder's ts when one had to be posted. */
  private async showWorking(client: webApi.WebClient, channel: string, threadTs: string): Promise<string | null> {
    try {
      await client.assistant.threads.setStatus({ channel_id: channel, thread_ts: threadTs, status: STATUS, loading_messages: LOADING_MESSAGES });
      return null;
    } catch (statusError) {
      this.logger.debug({ channel, reason: errorReason(statusError) }, 'Slack typing status unavailable; posting a placeholder');
    }
    try {
      const posted = await client.chat.postMessage({ channel, thread_ts: threadTs, ...renderWorking() });
      return posted.ts ?? null;
    } catch (error) {
      this.logger.warn({ channel, reason: errorReason(error) }, 'could not show Slack that an answer is on its way');
      return null;
    }
  }
}
