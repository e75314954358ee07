import type { ChatOpenAI } from '@langchain/openai';
import { z } from 'zod';
import type { AnswerInput, Answerer, Draft } from '../core/ports.ts';
import type { ConversationTurn } from '../core/types.ts';
import { AppError } from '../errors.ts';
import { clientOptions, describeFailure, type RemoteSettings } from '../remote/openai-options.ts';
import { CONDENSE_PROMPT, condenseInput, SYSTEM_PROMPT, userPrompt } from './model-prompt.ts';

export interface ChatModelSettings extends RemoteSettings {
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
        { role: 'user', content: userPrompt(input.question, input.passages, input.decided) },
      ]),
    );
    const parsed = answerSchema.safeParse(output);
    if (!parsed.success) throw this.failure('its reply was not in the expected shape');
    // The model numbers passages from 1; drafts number them from 0.
    const sentences = parsed.data.sentences.map((s) => ({ text: s.text, sources: s.sources.map((n) => n - 1) }));
    return { verdict: input.decided?.verdict ?? null, opening: sentences.slice(0, 1), points: sentences.slice(1), warnings: [] };
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
      this.client = new ChatOpenAI({ ...clientOptions(this.settings), temperature: 0, maxTokens: this.settings.maxTokens });
    }
    return this.client;
  }

  private async call<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw this.failure(describeFailure(error), error);
    }
  }

  private failure(reason: string, cause?: unknown): AppError {
    return new AppError('MODEL_UNAVAILABLE', `The chat model "${this.settings.model}" could not be used: ${reason}.`, { cause });
  }
}
