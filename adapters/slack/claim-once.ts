import type { Logger } from '../../src/index.ts';
import type { SlackQuestionService } from './paced-service.ts';
import { errorReason } from './error-reason.ts';

/**
 * True the first time a key is claimed by any replica sharing the store.
 * If the store cannot say, the event is handled: answering twice is better
 * than leaving a question unanswered.
 */
export async function claimOnce(service: SlackQuestionService, logger: Logger, key: string): Promise<boolean> {
  try {
    return await service.claimEvent('slack', key);
  } catch (error) {
    logger.warn({ key, reason: errorReason(error) }, 'could not check whether a Slack event was already handled, so handling it');
    return true;
  }
}
