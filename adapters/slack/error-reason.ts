/**
 * What went wrong, for a log line: Slack's own error code (such as
 * invalid_auth or not_in_channel) when Slack answered with one, otherwise the
 * error's message.
 */
export function errorReason(error: unknown): string {
  if (error instanceof Error && 'data' in error) {
    const data = (error as { data?: { error?: unknown } }).data;
    if (typeof data?.error === 'string') return data.error;
  }
  return error instanceof Error ? error.message : String(error);
}
