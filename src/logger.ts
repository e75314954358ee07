import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * Structured logs on stderr, so a CLI's stdout stays clean for answers and
 * JSON. Question text is never logged at info level; secrets never at all.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { app: 'canishare' },
      redact: { paths: ['*.apiKey', '*.token', '*.password', '*.secret', '*.authorization', 'headers.authorization'], remove: true },
    },
    destination ?? pino.destination({ dest: 2, sync: true }),
  );
}
