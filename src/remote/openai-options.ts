/** How to reach an OpenAI-compatible endpoint; shared by the chat and embeddings clients. */
export interface RemoteSettings {
  apiKey: string;
  model: string;
  baseUrl: string | null;
  timeoutMs: number;
}

/** Options for @langchain/openai clients: bounded time and retries, and any base URL. */
export function clientOptions(settings: RemoteSettings) {
  return {
    apiKey: settings.apiKey,
    model: settings.model,
    // The client's default of six retries with back-off takes minutes; one retry is enough.
    maxRetries: 1,
    timeout: settings.timeoutMs,
    configuration: settings.baseUrl ? { baseURL: settings.baseUrl } : {},
  };
}

/** A short reason a remote call failed, for logs and warnings: never the request, which holds the question. */
export function describeFailure(error: unknown): string {
  if (error instanceof SyntaxError) return 'its reply was not valid JSON';
  if (error instanceof TypeError) return 'its reply was not an API response (an HTML page or a proxy error?)';
  const status = (error as { status?: unknown }).status;
  if (typeof status === 'number') return `the endpoint answered HTTP ${status}`;
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (/timeout/i.test(name) || /timed? ?out/i.test(message)) return 'it did not answer in time';
  if (/ECONNREFUSED|ENOTFOUND|fetch failed|Connection error/i.test(message)) return 'the endpoint could not be reached';
  return name || 'an unexpected error';
}
