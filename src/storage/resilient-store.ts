import { AppError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { ReplicaMemory } from './replica-memory.ts';
import type { AuditRecord, FeedbackComment, RateDecision, Rating, Store } from './store.ts';

/** What `/healthz` shows about the store. */
export interface StoreHealth {
  state: 'ok' | 'degraded';
  /** When the store last stopped answering; null while it answers. */
  since: string | null;
  /** Why it stopped answering, for the person on call. */
  reason: string | null;
  /** Writes waiting for the store. */
  queued: number;
  /** Writes dropped because the queue was full, since the process started. */
  lost: number;
}

export interface ResilientStoreOptions {
  logger: Logger;
  /** A call slower than this counts as failed. */
  timeoutMs: number;
  /** Most writes held while the store is unavailable. */
  queueCapacity: number;
  /** First and longest wait between attempts to reach the store again. */
  retryMs?: { first: number; longest: number };
}

/** A write kept until the store is back: what it is, for logs, and how to make it. */
interface PendingWrite {
  kind: 'audit record' | 'feedback' | 'conversation turn' | 'reply link' | 'event claim';
  write: (store: Store) => Promise<unknown>;
}

class StoreTimeout extends Error {
  constructor(ms: number) {
    super(`the database did not answer within ${ms} ms`);
  }
}

/**
 * Keeps the bot answering when its database is slow, restarting or gone.
 * Writes (audit records, feedback, conversation turns) that cannot be made
 * wait in a bounded queue and are made once the store is back, in the order
 * they came; a write retried after a lost reply keeps one row, because the
 * store's inserts ignore repeats. Reads that gate a question (event
 * de-duplication, rate limits, conversation history) fall back to this
 * replica's memory, so during an outage they hold per replica only.
 */
export class ResilientStore implements Store {
  private readonly queue: PendingWrite[] = [];
  private readonly memory = new ReplicaMemory();
  private readonly retryMs: { first: number; longest: number };
  private lost = 0;
  private failure: { since: Date; reason: string } | null = null;
  private wait: number;
  private timer: NodeJS.Timeout | null = null;
  private draining: Promise<void> | null = null;
  private closed = false;

  constructor(
    private readonly inner: Store,
    private readonly options: ResilientStoreOptions,
  ) {
    this.retryMs = options.retryMs ?? { first: 250, longest: 5000 };
    this.wait = this.retryMs.first;
  }

  health(): StoreHealth {
    return {
      state: this.failure ? 'degraded' : 'ok',
      since: this.failure?.since.toISOString() ?? null,
      reason: this.failure?.reason ?? null,
      queued: this.queue.length,
      lost: this.lost,
    };
  }

  recordQuestion(record: Omit<AuditRecord, 'rating' | 'ratedAt' | 'comment'>): Promise<void> {
    if (this.closed) return Promise.reject(closedError());
    return this.write({ kind: 'audit record', write: (store) => store.recordQuestion(record) });
  }

  async recordFeedback(questionId: string, rating: Rating, at: Date, comment?: FeedbackComment): Promise<boolean> {
    this.assertOpen();
    const direct = await this.fromStore((store) => store.recordFeedback(questionId, rating, at, comment));
    if (direct.answered) return direct.value;
    // Queued behind the audit record it rates, so it finds the row when both are written.
    this.enqueue({
      kind: 'feedback',
      write: async (store) => {
        if (!(await store.recordFeedback(questionId, rating, at, comment))) {
          this.options.logger.warn({ questionId, rating }, 'queued feedback names a question the audit trail does not have; not stored');
        }
      },
    });
    return true;
  }

  async claimEvent(key: string, at: Date): Promise<boolean> {
    this.assertOpen();
    const direct = await this.fromStore((store) => store.claimEvent(key, at));
    if (direct.answered) {
      if (direct.value) this.memory.claim(key, at);
      return direct.value;
    }
    const claimed = this.memory.claim(key, at);
    // Recorded once the store is back, so another replica does not handle a late retry of the same event.
    if (claimed) this.enqueue({ kind: 'event claim', write: (store) => store.claimEvent(key, at) });
    return claimed;
  }

  async consumeRate(key: string, limit: number, windowSeconds: number, at: Date): Promise<RateDecision> {
    this.assertOpen();
    const direct = await this.fromStore((store) => store.consumeRate(key, limit, windowSeconds, at));
    return direct.answered ? direct.value : this.memory.consumeRate(key, limit, windowSeconds, at);
  }

  appendTurn(conversationKey: string, question: string, at: Date): Promise<void> {
    if (this.closed) return Promise.reject(closedError());
    this.memory.appendTurn(conversationKey, question, at);
    return this.write({ kind: 'conversation turn', write: (store) => store.appendTurn(conversationKey, question, at) });
  }

  async recentTurns(conversationKey: string, since: Date, limit: number): Promise<string[]> {
    this.assertOpen();
    const direct = await this.fromStore((store) => store.recentTurns(conversationKey, since, limit));
    return direct.answered ? direct.value : this.memory.recentTurns(conversationKey, since, limit);
  }

  linkReply(messageKey: string, questionId: string, at: Date): Promise<void> {
    if (this.closed) return Promise.reject(closedError());
    this.memory.linkReply(messageKey, questionId);
    return this.write({ kind: 'reply link', write: (store) => store.linkReply(messageKey, questionId, at) });
  }

  async questionForReply(messageKey: string): Promise<string | null> {
    this.assertOpen();
    const direct = await this.fromStore((store) => store.questionForReply(messageKey));
    return (direct.answered ? direct.value : null) ?? this.memory.questionForReply(messageKey);
  }


  exportAudit(range: { from?: Date; to?: Date }): Promise<AuditRecord[]> {
    return this.inner.exportAudit(range);
  }

  purge(before: Date, now: Date): Promise<number> {
    this.memory.forget(new Date(now.getTime() - 24 * 3600 * 1000));
    return this.inner.purge(before, now);
  }

  ping(): Promise<void> {
    return this.call((store) => store.ping());
  }

  /**
   * Waits until every queued write has reached the store, or `timeoutMs` has
   * passed. Returns how many are still waiting (each then logged as lost on close).
   */
  async flush(timeoutMs: number): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    while (this.queue.length > 0 && Date.now() < deadline) {
      await this.drain();
      if (this.queue.length > 0) await sleep(Math.min(this.retryMs.first, Math.max(0, deadline - Date.now())));
    }
    return this.queue.length;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.queue.length > 0) {
      this.lost += this.queue.length;
      this.options.logger.error(
        { lost: this.queue.length, kinds: countKinds(this.queue), reason: this.failure?.reason ?? null },
        'shutting down with writes the store never took: they are lost',
      );
      this.queue.length = 0;
    }
    await this.inner.close();
  }

  /** Use after close is a fault in the caller, not an outage to ride out. */
  private assertOpen(): void {
    if (this.closed) throw closedError();
  }

  /** The store's own answer when it is available and gives one in time; otherwise the caller falls back. */
  private async fromStore<T>(work: (store: Store) => Promise<T>): Promise<{ answered: true; value: T } | { answered: false }> {
    if (!this.available()) return { answered: false };
    try {
      return { answered: true, value: await this.call(work) };
    } catch (error) {
      this.failed(error);
      return { answered: false };
    }
  }

  /** The store may be tried directly: it is answering and nothing is waiting to be written before this. */
  private available(): boolean {
    return !this.failure && this.queue.length === 0;
  }

  private async write(pending: PendingWrite): Promise<void> {
    if (this.available()) {
      try {
        await this.call(pending.write);
        return;
      } catch (error) {
        if (!isTransient(error)) return this.rejected(pending, error);
        this.failed(error);
      }
    }
    this.enqueue(pending);
  }

  /** A write the database refused for what it is, not for being unreachable: retrying cannot help, so it is counted and logged. */
  private rejected(pending: PendingWrite, error: unknown): void {
    this.lost += 1;
    this.options.logger.error({ kind: pending.kind, lost: this.lost, reason: reasonOf(error) }, 'the store refused a write, so it was dropped');
  }

  private enqueue(pending: PendingWrite): void {
    if (this.queue.length >= this.options.queueCapacity) {
      this.lost += 1;
      this.options.logger.error(
        { kind: pending.kind, lost: this.lost, capacity: this.options.queueCapacity, reason: this.failure?.reason ?? null },
        'the store is unavailable and its write queue is full, so a write was dropped',
      );
      return;
    }
    this.queue.push(pending);
    this.schedule();
  }

  private call<T>(work: (store: Store) => Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new StoreTimeout(this.options.timeoutMs)), this.options.timeoutMs);
    });
    return Promise.race([work(this.inner), timeout]).finally(() => clearTimeout(timer));
  }

  private failed(error: unknown): void {
    const reason = reasonOf(error);
    if (!this.failure) {
      this.failure = { since: new Date(), reason };
      this.options.logger.warn({ reason }, 'the store is not answering: questions are still answered, and its writes are queued until it is back');
    } else {
      this.failure.reason = reason;
    }
    this.schedule();
  }

  private recovered(): void {
    if (!this.failure) return;
    const downMs = Date.now() - this.failure.since.getTime();
    this.options.logger.info({ downMs, queued: this.queue.length, lost: this.lost }, 'the store is answering again');
    this.failure = null;
    this.wait = this.retryMs.first;
  }

  /** One attempt to reach the store again, after a wait that doubles up to a ceiling while it stays down. */
  private schedule(): void {
    if (this.timer || this.closed) return;
    const delay = this.failure ? this.wait : 0;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.drain().then(() => {
        if (this.failure || this.queue.length > 0) {
          this.wait = Math.min(this.wait * 2, this.retryMs.longest);
          this.schedule();
        }
      });
    }, delay);
    this.timer.unref();
  }

  /** Writes the queue in order until it is empty or the store fails; only one drain runs at a time. */
  private drain(): Promise<void> {
    if (this.draining) return this.draining;
    // Cleared in a later turn, after it is assigned, even when there was nothing to do.
    this.draining = this.writeQueue().finally(() => {
      this.draining = null;
    });
    return this.draining;
  }

  private async writeQueue(): Promise<void> {
    try {
      if (this.failure && this.queue.length === 0) await this.call((store) => store.ping());
      while (this.queue.length > 0) {
        const next = this.queue[0]!;
        try {
          await this.call(next.write);
        } catch (error) {
          if (isTransient(error)) throw error;
          this.rejected(next, error);
        }
        this.queue.shift();
        this.recovered();
      }
      this.recovered();
    } catch (error) {
      this.failed(error);
    }
  }
}

const closedError = () => new AppError('STORAGE_UNAVAILABLE', 'The store has been closed: the process is shutting down.');

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Whether an error may pass: the database unreachable, restarting, out of
 * resources, out of disk or slow. A PostgreSQL error whose SQLSTATE names a
 * problem with the statement itself (a constraint, a type) will not.
 */
function isTransient(error: unknown): boolean {
  if (error instanceof StoreTimeout) return true;
  // Only an error the database sent carries a severity; a refused or dropped connection does not.
  const { code, severity } = (error ?? {}) as { code?: unknown; severity?: unknown };
  if (typeof severity !== 'string' || typeof code !== 'string') return true;
  // 22 bad data, 23 a broken constraint, 42 a statement the schema cannot run; but 42501 is also how a file the
  // database cannot write is reported, which a fixed disk cures.
  return !/^(?:22|23|42)/.test(code) || code === '42501';
}

function countKinds(queue: PendingWrite[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { kind } of queue) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
