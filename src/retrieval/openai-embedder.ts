import type { OpenAIEmbeddings } from '@langchain/openai';
import type { Embedder } from '../core/ports.ts';
import { AppError } from '../errors.ts';
import { clientOptions, describeFailure, type RemoteSettings } from '../remote/openai-options.ts';

export type OpenAIEmbedderSettings = RemoteSettings;

/** Embeddings from any OpenAI-compatible endpoint, used when EMBEDDINGS_MODEL is set. */
export class OpenAIEmbedder implements Embedder {
  readonly fingerprint: string;
  dimensions = 0;
  private client: OpenAIEmbeddings | null = null;
  /** Search and decision matching both embed the same question; one remote call serves both. */
  private lastQuery: { text: string; vector: Promise<number[]> } | null = null;

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
    if (this.lastQuery?.text === text) return this.lastQuery.vector;
    const vector = this.connect().then((client) => this.call(() => client.embedQuery(text)));
    this.lastQuery = { text, vector };
    vector.catch(() => {
      if (this.lastQuery?.vector === vector) this.lastQuery = null;
    });
    return vector;
  }

  /** The client library takes most of a second to load, so offline runs never load it. */
  private async connect(): Promise<OpenAIEmbeddings> {
    if (!this.client) {
      const { OpenAIEmbeddings } = await import('@langchain/openai');
      this.client = new OpenAIEmbeddings({ ...clientOptions(this.settings), batchSize: 256 });
    }
    return this.client;
  }

  private async call<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw new AppError(
        'EMBEDDINGS_FAILED',
        `The embeddings model "${this.settings.model}" at ${this.settings.baseUrl ?? 'the OpenAI API'} could not be used (${describeFailure(error)}). ` +
          'Check OPENAI_BASE_URL, OPENAI_API_KEY and EMBEDDINGS_MODEL, or unset EMBEDDINGS_MODEL to use offline embeddings.',
        { cause: error },
      );
    }
  }
}
