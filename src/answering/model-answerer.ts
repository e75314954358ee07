import type { ChatOpenAI } from '@langchain/openai';
import { z } from 'zod';
import type { AnswerInput, Answerer, Draft } from '../core/ports.ts';
import type { ConversationTurn } from '../core/types.ts';
import { AppError } from '../errors.ts';
import { CONDENSE_PROMPT, condenseInput, SYSTEM_PROMPT, userPrompt } from './model-prompt.ts';

export interface ChatModelSettings {
  apiKey: string;
  model: string;
  baseUrl: string | null;
  timeoutMs: number;
  maxTokens: number;
}

const answerSchema = z.object({
  sentences: z
    .array(
      z.object({
        text: z.string().describe('one sentence of the answer'),
        sources: z.array(z.number().int()).describe('numbers of the passages that support this sentence'),
      }),
    )
    .describe('the answer, direct answer first; empty if the passages do not answer the question'),
});

/**
 * Answers with a remote chat model (any OpenAI-compatible endpoint) from the
 * retrieved passages only. Its output is never trusted: citations and support
 * are verified afterwards like any other draft. Any failure — refused
 * connection, timeout, HTTP error, HTML or malformed output — surfaces as one
 * AppError so the engine can answer offline instead.
 */
export class ModelAnswerer implements Answerer {
  readonly mode = 'llm' as const;
  private client: ChatOpenAI | null = null;

  constructor(private readonly settings: ChatModelSettings) {}

  async draft(input: AnswerInput): Promise<Draft> {
    const model = await this.connect();
    const structured = model.withStructuredOutput(answerSchema, { name: 'cited_answer', method: 'jsonSchema' });
    const output = await this.call(() =>
      structured.invoke([
        { role: 'system', content: SYSTEM_PROMPT },
        { role: 'user', content: userPrompt(input.question, input.passages) },
      ]),
    );
    const parsed = answerSchema.safeParse(output);
    if (!parsed.success) throw this.failure('its reply was not in the expected shape');
    // The model numbers passages from 1; drafts number them from 0.
    const sentences = parsed.data.sentences.map((s) => ({ text: s.text, sources: s.sources.map((n) => n - 1) }));
    return { summary: sentences[0] ?? null, points: sentences.slice(1), warnings: [] };
  }

  /** Turns a follow-up ("what if he says no?") into a stand-alone question for search. */
  async condense(history: ConversationTurn[], question: string): Promise<string> {
    const model = await this.connect();
    const reply = await this.call(() =>
      model.invoke([
        { role: 'system', content: CONDENSE_PROMPT },
        { role: 'user', content: condenseInput(history, question) },
      ]),
    );
    const text = typeof reply.content === 'string' ? reply.content.trim() : '';
    if (!text) throw this.failure('it returned an empty rewrite');
    return text.slice(0, 500);
  }

  private async connect(): Promise<ChatOpenAI> {
    if (!this.client) {
      const { ChatOpenAI } = await import('@langchain/openai');
      this.client = new ChatOpenAI({
        apiKey: this.settings.apiKey,
        model: this.settings.model,
        temperature: 0,
        maxTokens: this.settings.maxTokens,
        // The client's default of six retries with back-off takes minutes; one retry is enough.
        maxRetries: 1,
        timeout: this.settings.timeoutMs,
        configuration: this.settings.baseUrl ? { baseURL: this.settings.baseUrl } : {},
      });
    }
    return this.client;
  }

  private async call<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw this.failure(describe(error), error);
    }
  }

  private failure(reason: string, cause?: unknown): AppError {
    return new AppError('MODEL_UNAVAILABLE', `The chat model "${this.settings.model}" could not be used: ${reason}.`, { cause });
  }
}

/** A short, safe reason for logs and warnings: never the request, which holds the question. */
function describe(error: unknown): string {
  if (error instanceof SyntaxError) return 'its reply was not valid JSON';
  if (error instanceof TypeError) return 'its reply was not an API response (an HTML page or a proxy error?)';
  const status = (error as { status?: unknown }).status;
  if (typeof status === 'number') return `the endpoint answered HTTP ${status}`;
  const name = error instanceof Error ? error.name : '';
  if (/timeout/i.test(name) || /timed? ?out/i.test(String((error as Error)?.message))) return 'it did not answer in time';
  if (/ECONNREFUSED|ENOTFOUND|fetch failed|Connection error/i.test(String((error as Error)?.message))) return 'the endpoint could not be reached';
  return name || 'an unexpected error';
}
