import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Structured logs on stderr, so a CLI's stdout stays clean for answers and
 * JSON. Question text is never logged at info level; secrets never at all.
 */
export function createLogger(level: string, destination: NodeJS.WritableStream = process.stderr): Logger {
  return pino(
    {
      level,
      base: { app: 'canishare' },
      redact: { paths: ['*.apiKey', '*.token', '*.password', '*.secret', 'headers.authorization'], remove: true },
    },
    pino.destination({ dest: (destination as { fd?: number }).fd ?? 2, sync: true }),
  );
}
