import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../src/index.ts';

/**
 * Bolt, its Web API client and the Socket Mode client log through our
 * structured logger. Their debug output is dropped, never forwarded: it holds
 * raw request bodies, and so the unredacted text of people's questions.
 */
export function boltLogger(logger: Logger): BoltLogger {
  const slackLogger = logger.child({ component: 'slack-sdk' });
  let level = LogLevel.INFO;
  return {
    debug: () => undefined,
    info: (...parts: unknown[]) => slackLogger.info(describe(parts)),
    warn: (...parts: unknown[]) => slackLogger.warn(describe(parts)),
    error: (...parts: unknown[]) => slackLogger.error(describe(parts)),
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}

/** Only strings and error messages are kept: objects the SDK logs can carry whole payloads. */
function describe(parts: unknown[]): string {
  return parts
    .map((part) => (typeof part === 'string' ? part : part instanceof Error ? `${part.name}: ${part.message}` : null))
    .filter((part): part is string => part !== null)
    .join(' ');
}
