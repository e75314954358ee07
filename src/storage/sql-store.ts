import type { AuditRecord, CommentReason, FeedbackComment, RateDecision, Rating, Store } from './store.ts';
import { MIGRATIONS } from './migrations.ts';

/** Statements on one connection. */
export interface SqlSession {
  query<Row>(sql: string, params?: unknown[]): Promise<{ rows: Row[] }>;
  /** Runs several statements that take no parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/** The little a store needs from a PostgreSQL connection: PGlite and node-postgres both provide it. */
export interface SqlClient {
  query: SqlSession['query'];
  /** Runs `work` in one transaction on one connection, committing if it resolves. */
  transaction<T>(work: (session: SqlSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Processed-event keys are kept this long: far longer than any platform retries. */
const EVENT_MEMORY_MS = 24 * 3600 * 1000;
// Any fixed number works, as long as every replica uses the same one.
const MIGRATION_LOCK = 7_311_209;

interface AuditRow {
  id: string;
  asked_at: Date | string;
  platform: string;
  user_pseudonym: string;
  question: string;
  status: AuditRecord['status'];
  verdict: AuditRecord['verdict'];
  decision_id: string | null;
  mode: AuditRecord['mode'];
  cited_ids: string[];
  redaction_types: AuditRecord['redactionTypes'];
  latency_ms: number;
  rating: Rating | null;
  rated_at: Date | string | null;
  comment_reason: string | null;
  comment: string | null;
}

/** The Store on any PostgreSQL-compatible database. */
export class SqlStore implements Store {
  private constructor(private readonly db: SqlClient) {}

  /**
   * Opens the store and brings its schema up to date. Safe when several
   * replicas start at once: the first takes a transaction-scoped lock and
   * migrates; the others wait for it, then find nothing left to do.
   */
  static async open(db: SqlClient): Promise<SqlStore> {
    await db.transaction(async (session) => {
      await session.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await session.exec('CREATE TABLE IF NOT EXISTS schema_migrations (id integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
      const { rows } = await session.query<{ id: number }>('SELECT id FROM schema_migrations');
      const applied = new Set(rows.map((row) => Number(row.id)));
      for (const migration of MIGRATIONS) {
        if (applied.has(migration.id)) continue;
        await session.exec(migration.sql);
        await session.query('INSERT INTO schema_migrations (id) VALUES ($1)', [migration.id]);
      }
    });
    return new SqlStore(db);
  }

  /** Writing the same record twice (a retry whose first attempt did reach the database) keeps one row. */
  async recordQuestion(record: Omit<AuditRecord, 'rating' | 'ratedAt' | 'comment'>): Promise<void> {
    await this.db.query(
      `INSERT INTO audit_log (id, asked_at, platform, user_pseudonym, question, status, mode, cited_ids, redaction_types, latency_ms, verdict, decision_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT (id) DO NOTHING`,
      [
        record.id,
        record.askedAt.toISOString(),
        record.platform,
        record.userPseudonym,
        record.question,
        record.status,
        record.mode,
        record.citedIds,
        record.redactionTypes,
        Math.round(record.latencyMs),
        record.verdict,
        record.decisionId,
      ],
    );
  }

  async recordFeedback(questionId: string, rating: Rating, at: Date, comment?: FeedbackComment): Promise<boolean> {
    // A rating alone keeps any comment already given; a comment replaces the earlier one.
    const { rows } = await this.db.query<{ id: string }>(
      `UPDATE audit_log SET rating = $2, rated_at = $3,
         comment_reason = CASE WHEN $4::boolean THEN $5 ELSE comment_reason END,
         comment = CASE WHEN $4::boolean THEN $6 ELSE comment END
       WHERE id = $1 RETURNING id`,
      [questionId, rating, at.toISOString(), comment !== undefined, comment?.reason ?? null, comment?.text ?? null],
    );
    return rows.length > 0;
  }

  async claimEvent(key: string, at: Date): Promise<boolean> {
    const { rows } = await this.db.query<{ key: string }>(
      'INSERT INTO processed_events (key, claimed_at) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING RETURNING key',
      [key, at.toISOString()],
    );
    return rows.length > 0;
  }

  async consumeRate(key: string, limit: number, windowSeconds: number, at: Date): Promise<RateDecision> {
    const windowMs = windowSeconds * 1000;
    const windowStart = new Date(Math.floor(at.getTime() / windowMs) * windowMs);
    const { rows } = await this.db.query<{ count: number }>(
      `INSERT INTO rate_windows (key, window_start, count) VALUES ($1, $2, 1)
       ON CONFLICT (key, window_start) DO UPDATE SET count = rate_windows.count + 1
       RETURNING count`,
      [key, windowStart.toISOString()],
    );
    const count = Number(rows[0]?.count ?? 1);
    const retryAfterSeconds = Math.ceil((windowStart.getTime() + windowMs - at.getTime()) / 1000);
    return { allowed: count <= limit, retryAfterSeconds };
  }

  async appendTurn(conversationKey: string, question: string, at: Date): Promise<void> {
    await this.db.query('INSERT INTO conversation_turns (conversation_key, asked_at, question) VALUES ($1, $2, $3)', [
      conversationKey,
      at.toISOString(),
      question,
    ]);
  }

  async recentTurns(conversationKey: string, since: Date, limit: number): Promise<string[]> {
    const { rows } = await this.db.query<{ question: string }>(
      `SELECT question FROM (
         SELECT question, asked_at FROM conversation_turns
         WHERE conversation_key = $1 AND asked_at >= $2
         ORDER BY asked_at DESC LIMIT $3
       ) recent ORDER BY asked_at`,
      [conversationKey, since.toISOString(), limit],
    );
    return rows.map((row) => row.question);
  }

  async linkReply(messageKey: string, questionId: string, at: Date): Promise<void> {
    await this.db.query(
      `INSERT INTO reply_links (message_key, question_id, linked_at) VALUES ($1, $2, $3)
       ON CONFLICT (message_key) DO UPDATE SET question_id = EXCLUDED.question_id, linked_at = EXCLUDED.linked_at`,
      [messageKey, questionId, at.toISOString()],
    );
  }

  async questionForReply(messageKey: string): Promise<string | null> {
    const { rows } = await this.db.query<{ question_id: string }>('SELECT question_id FROM reply_links WHERE message_key = $1', [messageKey]);
    return rows[0]?.question_id ?? null;
  }

  async exportAudit(range: { from?: Date; to?: Date }): Promise<AuditRecord[]> {
    const { rows } = await this.db.query<AuditRow>(
      `SELECT * FROM audit_log
       WHERE ($1::timestamptz IS NULL OR asked_at >= $1) AND ($2::timestamptz IS NULL OR asked_at < $2)
       ORDER BY asked_at, id`,
      [range.from?.toISOString() ?? null, range.to?.toISOString() ?? null],
    );
    return rows.map(toRecord);
  }

  async purge(before: Date, now: Date): Promise<number> {
    const { rows } = await this.db.query<{ id: string }>('DELETE FROM audit_log WHERE asked_at < $1 RETURNING id', [before.toISOString()]);
    await this.db.query('DELETE FROM reply_links WHERE linked_at < $1', [before.toISOString()]);
    await this.db.query('DELETE FROM processed_events WHERE claimed_at < $1', [new Date(now.getTime() - EVENT_MEMORY_MS).toISOString()]);
    await this.db.query('DELETE FROM rate_windows WHERE window_start < $1', [new Date(now.getTime() - EVENT_MEMORY_MS).toISOString()]);
    await this.db.query('DELETE FROM conversation_turns WHERE asked_at < $1', [new Date(now.getTime() - EVENT_MEMORY_MS).toISOString()]);
    return rows.length;
  }

  async ping(): Promise<void> {
    await this.db.query('SELECT 1');
  }

  close(): Promise<void> {
    return this.db.close();
  }
}

function toRecord(row: AuditRow): AuditRecord {
  return {
    id: row.id,
    askedAt: new Date(row.asked_at),
    platform: row.platform,
    userPseudonym: row.user_pseudonym,
    question: row.question,
    status: row.status,
    verdict: row.verdict,
    decisionId: row.decision_id,
    mode: row.mode,
    citedIds: row.cited_ids,
    redactionTypes: row.redaction_types,
    latencyMs: Number(row.latency_ms),
    rating: row.rating,
    ratedAt: row.rated_at === null ? null : new Date(row.rated_at),
    comment: row.comment_reason === null && row.comment === null ? null : { reason: row.comment_reason as CommentReason | null, text: row.comment ?? '' },
  };
}
