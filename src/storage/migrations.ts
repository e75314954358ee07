/**
 * Schema changes, applied in order and recorded in schema_migrations. Never
 * edit one that has shipped: add a new one. The same SQL runs on PGlite and
 * PostgreSQL.
 */
export const MIGRATIONS: { id: number; sql: string }[] = [
  {
    id: 1,
    sql: `
      CREATE TABLE audit_log (
        id text PRIMARY KEY,
        asked_at timestamptz NOT NULL,
        platform text NOT NULL,
        user_pseudonym text NOT NULL,
        question text NOT NULL,
        status text NOT NULL,
        mode text NOT NULL,
        cited_ids text[] NOT NULL DEFAULT '{}',
        redaction_types text[] NOT NULL DEFAULT '{}',
        latency_ms integer NOT NULL,
        rating text CHECK (rating IN ('up', 'down')),
        rated_at timestamptz
      );
      CREATE INDEX audit_log_asked_at ON audit_log (asked_at);
      CREATE TABLE processed_events (
        key text PRIMARY KEY,
        claimed_at timestamptz NOT NULL
      );
      CREATE INDEX processed_events_claimed_at ON processed_events (claimed_at);
      CREATE TABLE rate_windows (
        key text NOT NULL,
        window_start timestamptz NOT NULL,
        count integer NOT NULL,
        PRIMARY KEY (key, window_start)
      );
    `,
  },
  {
    id: 2,
    sql: `
      CREATE TABLE conversation_turns (
        conversation_key text NOT NULL,
        asked_at timestamptz NOT NULL,
        question text NOT NULL
      );
      CREATE INDEX conversation_turns_key ON conversation_turns (conversation_key, asked_at);
    `,
  },
  {
    id: 3,
    sql: `
      CREATE TABLE reply_links (
        message_key text PRIMARY KEY,
        question_id text NOT NULL,
        linked_at timestamptz NOT NULL
      );
      CREATE INDEX reply_links_linked_at ON reply_links (linked_at);
    `,
  },
  {
    id: 4,
    sql: `
      ALTER TABLE audit_log ADD COLUMN verdict text;
      ALTER TABLE audit_log ADD COLUMN decision_id text;
    `,
  },
  {
    id: 5,
    sql: `
      ALTER TABLE audit_log ADD COLUMN comment_reason text;
      ALTER TABLE audit_log ADD COLUMN comment text;
    `,
  },
];
