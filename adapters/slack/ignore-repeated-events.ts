import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Logger } from '../../src/index.ts';
import { claimOnce } from './claim-once.ts';
import type { SlackQuestionService } from './paced-service.ts';

/**
 * Slack resends an event it thinks went unacknowledged (X-Slack-Retry-Num),
 * possibly to another replica, and Bolt passes every copy on. Only the first
 * copy of each event_id goes further.
 */
export function ignoreRepeatedEvents(service: SlackQuestionService, logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const eventId = 'event_id' in body && typeof body.event_id === 'string' ? body.event_id : null;
    if (eventId !== null && !(await claimOnce(service, logger, `event:${eventId}`))) {
      logger.info({ eventId, retryNum: context.retryNum ?? 0 }, 'ignored a repeat of a Slack event that is already handled');
      return;
    }
    await next();
  };
}
