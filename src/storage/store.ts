import type { AnswerMode, AnswerStatus, RedactionType, Verdict } from '../core/types.ts';

export type Rating = 'up' | 'down';

/** Why a person said an answer was not useful, from a fixed list, with their own words (already redacted). */
export const COMMENT_REASONS = ['wrong_answer', 'missing_law', 'not_my_situation', 'other'] as const;
export type CommentReason = (typeof COMMENT_REASONS)[number];

export interface FeedbackComment {
  reason: CommentReason | null;
  /** Free text with personal data already replaced by placeholders; empty when none was given. */
  text: string;
}

/** One question as the audit trail keeps it: no raw text, no user id, nothing that was redacted. */
export interface AuditRecord {
  id: string;
  askedAt: Date;
  platform: string;
  /** Keyed hash of the platform's user id: the same person gets the same value, which cannot be reversed without the key. */
  userPseudonym: string;
  /** The question with personal data already replaced by placeholders. */
  question: string;
  status: AnswerStatus;
  /** The decision the answer's first line stated, if any. */
  verdict: Verdict | null;
  /** The decision card that answered, if any: shows which situations people ask about. */
  decisionId: string | null;
  mode: AnswerMode;
  citedIds: string[];
  redactionTypes: RedactionType[];
  latencyMs: number;
  rating: Rating | null;
  ratedAt: Date | null;
  /** What the person said was wrong, with a 👎; null when nothing was said. */
  comment: FeedbackComment | null;
}

export interface RateDecision {
  allowed: boolean;
  /** Seconds until the current window ends (when not allowed). */
  retryAfterSeconds: number;
}

/**
 * Shared state: the audit trail, feedback, event de-duplication and rate
 * limits. One implementation runs embedded (no server) and against
 * PostgreSQL alike, so several bot replicas sharing a database behave as one.
 */
export interface Store {
  recordQuestion(record: Omit<AuditRecord, 'rating' | 'ratedAt' | 'comment'>): Promise<void>;
  /** Stores a rating, and any comment with it, for a question; false if the question is unknown (for example already purged). */
  recordFeedback(questionId: string, rating: Rating, at: Date, comment?: FeedbackComment): Promise<boolean>;
  /** True the first time a key is claimed, false for every repeat (a platform's retry of the same event). */
  claimEvent(key: string, at: Date): Promise<boolean>;
  /** Counts one request against a key's fixed window and says whether it may proceed. */
  consumeRate(key: string, limit: number, windowSeconds: number, at: Date): Promise<RateDecision>;
  /** Remembers a (redacted) question in a conversation, so a follow-up can be understood. */
  appendTurn(conversationKey: string, question: string, at: Date): Promise<void>;
  /** The conversation's most recent questions since `since`, oldest first. */
  recentTurns(conversationKey: string, since: Date, limit: number): Promise<string[]>;
  /** Remembers which question a message the bot posted answered, for platforms whose feedback names only the message. */
  linkReply(messageKey: string, questionId: string, at: Date): Promise<void>;
  questionForReply(messageKey: string): Promise<string | null>;
  /** Records from `from` (inclusive) to `to` (exclusive), oldest first. */
  exportAudit(range: { from?: Date; to?: Date }): Promise<AuditRecord[]>;
  /** Deletes audit records older than `before`, and expired de-duplication, rate-limit and conversation rows. Returns audit rows deleted. */
  purge(before: Date, now: Date): Promise<number>;
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
