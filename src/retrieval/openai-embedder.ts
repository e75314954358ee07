import type { OpenAIEmbeddings } from '@langchain/openai';
import type { Embedder } from '../core/ports.ts';
import { AppError } from '../errors.ts';

export interface OpenAIEmbedderSettings {
  apiKey: string;
  model: string;
  baseUrl: string | null;
  timeoutMs: number;
}

/** Embeddings from any OpenAI-compatible endpoint, used when EMBEDDINGS_MODEL is set. */
export class OpenAIEmbedder implements Embedder {
  readonly fingerprint: string;
  dimensions = 0;
  private client: OpenAIEmbeddings | null = null;

  constructor(private readonly settings: OpenAIEmbedderSettings) {
    this.fingerprint = `openai:${settings.model}@${settings.baseUrl ?? 'default'}`;
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    const client = await this.connect();
    const vectors = await this.call(() => client.embedDocuments(texts));
    this.dimensions = vectors[0]?.length ?? this.dimensions;
    return vectors;
  }

  async embedQuery(text: string): Promise<number[]> {
    const client = await this.connect();
    return this.call(() => client.embedQuery(text));
  }

  /** The client library takes most of a second to load, so offline runs never load it. */
  private async connect(): Promise<OpenAIEmbeddings> {
    if (!this.client) {
      const { OpenAIEmbeddings } = await import('@langchain/openai');
      this.client = new OpenAIEmbeddings({
        apiKey: this.settings.apiKey,
        model: this.settings.model,
        // The client's default of six retries with back-off takes minutes; one is enough.
        maxRetries: 1,
        timeout: this.settings.timeoutMs,
        batchSize: 256,
        configuration: this.settings.baseUrl ? { baseURL: this.settings.baseUrl } : {},
      });
    }
    return this.client;
  }

  private async call<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new AppError(
        'EMBEDDINGS_FAILED',
        `The embeddings model "${this.settings.model}" at ${this.settings.baseUrl ?? 'the OpenAI API'} did not answer (${reason}). ` +
          'Check OPENAI_BASE_URL, OPENAI_API_KEY and EMBEDDINGS_MODEL, or unset EMBEDDINGS_MODEL to use offline embeddings.',
        { cause: error },
      );
    }
  }
}
