import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import { isAppError, type Logger } from '../../src/index.ts';
import { failureText, textActivity } from './messages.ts';

/**
 * Logs a failed turn with its error code and a short correlation id, and
 * tells the person who asked in a fixed, polite message quoting that id:
 * never silence, never a stack trace.
 */
export async function reportFailure(context: TurnContext, logger: Logger, error: unknown): Promise<void> {
  const reference = randomUUID().slice(0, 8);
  logger.error(
    { code: isAppError(error) ? error.code : 'TEAMS_TURN_FAILED', correlationId: reference, activityType: context.activity.type, err: error },
    'could not handle a Teams activity',
  );
  if (context.activity.type !== 'message') return;
  try {
    await context.sendActivity(textActivity(failureText(reference)));
  } catch (sendError) {
    logger.error({ code: 'TEAMS_REPLY_FAILED', correlationId: reference, err: sendError }, 'could not tell the user about a failed Teams activity');
  }
}
