import { stringify } from 'csv-stringify/sync';
import type { AuditRecord } from '../storage/store.ts';

const COLUMNS = ['id', 'asked_at', 'platform', 'user_pseudonym', 'question', 'status', 'verdict', 'decision_id', 'mode', 'cited_ids', 'redaction_types', 'latency_ms', 'rating', 'rated_at', 'comment_reason', 'comment'];

/** The audit trail as CSV (one row per question) or JSON Lines, for an information governance lead. */
export function formatAudit(records: AuditRecord[], format: 'csv' | 'json'): string {
  if (format === 'json') return records.map((r) => JSON.stringify(r)).join('\n') + (records.length ? '\n' : '');
  return stringify(
    records.map((r) => [
      r.id,
      r.askedAt.toISOString(),
      r.platform,
      r.userPseudonym,
      r.question,
      r.status,
      r.verdict ?? '',
      r.decisionId ?? '',
      r.mode,
      r.citedIds.join(' '),
      r.redactionTypes.join(' '),
      r.latencyMs,
      r.rating ?? '',
      r.ratedAt?.toISOString() ?? '',
      r.comment?.reason ?? '',
      r.comment?.text ?? '',
    ]),
    { header: true, columns: COLUMNS },
  );
}
