import { randomUUID } from 'node:crypto';
import { isAppError, type IncomingQuestion, type Logger } from '../../src/index.ts';
import type { SlackQuestionService } from './paced-service.ts';
import { renderFailure, renderReply, type ReplyContext, type SlackMessage } from './render-blocks.ts';

/**
 * The service's reply, ready for Slack. Any failure inside the engine becomes
 * a fixed, polite message whose reference matches the logged error.
 */
export async function replyTo(service: SlackQuestionService, logger: Logger, question: IncomingQuestion, about: ReplyContext = {}): Promise<SlackMessage> {
  try {
    return renderReply(await service.handle(question), about);
  } catch (error) {
    const correlationId = randomUUID().slice(0, 8);
    logger.error(
      {
        code: isAppError(error) ? error.code : 'UNEXPECTED',
        correlationId,
        error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      },
      'could not answer a Slack question',
    );
    return renderFailure(correlationId);
  }
}
