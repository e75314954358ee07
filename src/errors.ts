/**
 * Every failure canishare reports to a person is an AppError: a stable code for
 * logs and monitoring, and a message that says what went wrong and how to fix it.
 */
export type ErrorCode =
  | 'CONFIG_INVALID'
  | 'KNOWLEDGE_INVALID'
  | 'KNOWLEDGE_EMPTY'
  | 'KNOWLEDGE_UNREADABLE'
  | 'INDEX_DAMAGED'
  | 'INDEX_BUILD_FAILED'
  | 'EMBEDDINGS_FAILED'
  | 'INPUT_INVALID'
  | 'STORAGE_UNAVAILABLE'
  | 'MODEL_UNAVAILABLE';

export class AppError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AppError';
    this.code = code;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
