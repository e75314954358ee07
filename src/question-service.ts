import { randomUUID } from 'node:crypto';
import type { Answer, AskContext, ConversationTurn } from './core/types.ts';
import type { Engine } from './engine.ts';
import { isAppError } from './errors.ts';
import type { Logger } from './logger.ts';
import { pseudonymise } from './privacy/pseudonymise.ts';
import type { FeedbackComment, Rating, Store } from './storage/store.ts';

/** A question as a chat adapter receives it. */
export interface IncomingQuestion {
  platform: NonNullable<AskContext['platform']>;
  /** The platform's id for the person asking; only its keyed hash is stored. */
  userId: string;
  text: string;
  /**
   * Identifies the thread or chat (for example a Slack channel and thread, or a Teams conversation).
   * Earlier questions under the same key give a follow-up its context; only their redacted text is kept.
   */
  conversationKey?: string;
}

/** A comment on an answer is a sentence or two; anything longer is cut before it is stored. */
const MAX_COMMENT_CHARS = 1000;

/** How far back, and how many, earlier questions of a conversation are used for a follow-up. */
const CONVERSATION_WINDOW_MS = 2 * 3600 * 1000;
const CONVERSATION_TURNS = 3;

export type ServiceReply =
  | { kind: 'answer'; questionId: string; answer: Answer }
  | { kind: 'help'; text: string }
  | { kind: 'rejected'; reason: 'too_long' | 'rate_limited'; text: string };

export const EXAMPLE_QUESTIONS = [
  'A police officer rang A&E asking if a named man was treated for a stab wound last night. Can we tell them?',
  'Police have sent a DP7 form asking for a suspect’s GP records. Do we have to comply?',
  'A patient told me he is going to kill his ex-partner. Can I tell the police?',
  'Can we refer a domestic abuse victim to MARAC without her consent?',
];

export const HELP_TEXT = [
  'I answer questions about sharing information between police, health and social care in England and Wales, with a source for every point.',
  'Ask in plain words, for example:',
  ...EXAMPLE_QUESTIONS.map((q) => `• ${q}`),
  'Please leave out names, NHS numbers and other identifiers: describe the situation instead. I remove any I spot before anything is stored.',
].join('\n');

const HELP_WORDS = new Set(['', 'help', '?', 'hi', 'hello', 'hey', 'start', 'menu']);

export interface QuestionServiceOptions {
  engine: Engine;
  store: Store;
  auditKey: string;
  rateLimit: { max: number; windowSeconds: number };
  logger: Logger;
  now?: () => Date;
}

/**
 * What the chat adapters call: applies input limits and rate limits, asks
 * the engine, and keeps the audit trail and feedback. It never stores or logs
 * a question before its personal data has been removed.
 */
export class QuestionService {
  private readonly now: () => Date;
  private readonly inProgress = new Set<Promise<unknown>>();

  constructor(private readonly options: QuestionServiceOptions) {
    this.now = options.now ?? (() => new Date());
  }

  handle(question: IncomingQuestion): Promise<ServiceReply> {
    return this.track(this.answer(question));
  }

  /**
   * Counts work an adapter does for one platform request (an event it has
   * already acknowledged, say) until it settles, so a stopping process
   * finishes it rather than dropping it.
   */
  async track<T>(work: Promise<T>): Promise<T> {
    this.inProgress.add(work);
    try {
      return await work;
    } finally {
      this.inProgress.delete(work);
    }
  }

  /** Waits, up to `timeoutMs`, for the work in progress to finish. Returns how many pieces were unfinished. */
  async settle(timeoutMs: number): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    while (this.inProgress.size > 0 && Date.now() < deadline) {
      await Promise.race([Promise.allSettled([...this.inProgress]), sleep(Math.max(0, deadline - Date.now()))]);
    }
    return this.inProgress.size;
  }

  private async answer(question: IncomingQuestion): Promise<ServiceReply> {
    const trimmed = question.text.trim();
    if (HELP_WORDS.has(trimmed.toLowerCase().replace(/[!.]+$/, ''))) return { kind: 'help', text: HELP_TEXT };

    const { store, auditKey, rateLimit, logger, engine } = this.options;
    const pseudonym = pseudonymise(auditKey, question.platform, question.userId);
    const decision = await store.consumeRate(`ask:${pseudonym}`, rateLimit.max, rateLimit.windowSeconds, this.now());
    if (!decision.allowed) {
      logger.warn({ platform: question.platform, user: pseudonym }, 'rate limit reached');
      const minutes = Math.max(1, Math.ceil(decision.retryAfterSeconds / 60));
      return {
        kind: 'rejected',
        reason: 'rate_limited',
        text: `You have asked ${rateLimit.max} questions in a short time. Please try again in about ${minutes} minute${minutes === 1 ? '' : 's'}. If someone is at immediate risk, do not wait: act and call 999.`,
      };
    }

    const questionId = randomUUID();
    const askedAt = this.now();
    const started = performance.now();
    const history: ConversationTurn[] = question.conversationKey
      ? (await store.recentTurns(question.conversationKey, new Date(askedAt.getTime() - CONVERSATION_WINDOW_MS), CONVERSATION_TURNS)).map(
          (text) => ({ question: text }),
        )
      : [];
    let redactedQuestion = '';
    let decisionId: string | null = null;
    let answer: Answer;
    try {
      answer = await engine.ask(
        question.text,
        { platform: question.platform, history },
        { redacted: (text) => (redactedQuestion = text), decided: ({ cardId }) => (decisionId = cardId) },
      );
    } catch (error) {
      if (isAppError(error) && error.code === 'INPUT_INVALID') {
        return /empty/.test(error.message) ? { kind: 'help', text: HELP_TEXT } : { kind: 'rejected', reason: 'too_long', text: error.message };
      }
      throw error;
    }
    const latencyMs = performance.now() - started;
    if (question.conversationKey) await store.appendTurn(question.conversationKey, redactedQuestion, askedAt);
    await store.recordQuestion({
      id: questionId,
      askedAt,
      platform: question.platform,
      userPseudonym: pseudonym,
      question: redactedQuestion,
      status: answer.status,
      verdict: answer.verdict,
      decisionId,
      mode: answer.mode,
      citedIds: answer.citations.map((c) => c.id),
      redactionTypes: answer.redactions.map((r) => r.type),
      latencyMs,
    });
    logger.info(
      {
        questionId,
        platform: question.platform,
        user: pseudonym,
        status: answer.status,
        verdict: answer.verdict,
        decision: decisionId,
        mode: answer.mode,
        citations: answer.citations.length,
        redactions: answer.redactions.map((r) => r.type),
        latencyMs: Math.round(latencyMs),
      },
      'answered a question',
    );
    logger.debug({ questionId, question: redactedQuestion }, 'redacted question');
    return { kind: 'answer', questionId, answer };
  }

  /**
   * Stores 👍/👎 against a question id, with what the person said was wrong
   * if they said anything; the comment's personal data is removed first, as a
   * question's is. False if the question is not (or no longer) in the audit trail.
   */
  async feedback(questionId: string, rating: Rating, comment?: FeedbackComment): Promise<boolean> {
    const redacted = comment ? { reason: comment.reason, text: this.options.engine.redactText(comment.text.slice(0, MAX_COMMENT_CHARS)) } : undefined;
    const stored = await this.options.store.recordFeedback(questionId, rating, this.now(), redacted);
    this.options.logger.info({ questionId, rating, stored, commented: Boolean(comment), reason: comment?.reason ?? null }, 'feedback');
    return stored;
  }

  /** Remembers that a message the bot posted answers a question, so feedback naming only the message can be stored by any replica. */
  linkReply(platform: string, messageKey: string, questionId: string): Promise<void> {
    return this.options.store.linkReply(`${platform}:${messageKey}`, questionId, this.now());
  }

  /** Stores feedback that names the bot's message rather than the question; false if the message is unknown. */
  async feedbackForReply(platform: string, messageKey: string, rating: Rating, comment?: FeedbackComment): Promise<boolean> {
    const questionId = await this.options.store.questionForReply(`${platform}:${messageKey}`);
    if (!questionId) {
      this.options.logger.warn({ platform, rating }, 'feedback for a message that is not linked to a question; not stored');
      return false;
    }
    return this.feedback(questionId, rating, comment);
  }

  /** True the first time a platform event is seen, by any replica sharing the store. */
  claimEvent(platform: string, eventId: string): Promise<boolean> {
    return this.options.store.claimEvent(`${platform}:${eventId}`, this.now());
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
