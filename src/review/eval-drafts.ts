import type { AuditRecord } from '../storage/store.ts';

/**
 * Draft eval items for a reviewer to complete: each 👎 answer and each
 * question canishare had no guidance for, with its redacted question and
 * everything a reviewer must decide left empty. `draft: true` makes the eval
 * runner refuse the item until the reviewer completes it and removes the
 * flag (and the `review` note), so a draft can never pass for a real item.
 */
export function evalDrafts(records: AuditRecord[], today: Date): string {
  const stamp = today.toISOString().slice(0, 10);
  const chosen = records.filter((r) => r.rating === 'down' || r.status === 'no_guidance');
  return chosen
    .map((r, i) =>
      JSON.stringify({
        draft: true,
        review: reviewNote(r),
        id: `draft-${stamp}-${String(i + 1).padStart(3, '0')}`,
        split: '',
        category: '',
        audience: '',
        question: r.question,
        expected_status: '',
        expected_ids: [],
        key_points: [],
        must_not_contain: [],
        expected_verdicts: [],
        first_line_must: [],
        first_line_must_not: [],
      }),
    )
    .join('\n')
    .concat(chosen.length > 0 ? '\n' : '');
}

function reviewNote(r: AuditRecord): string {
  const what =
    r.rating === 'down'
      ? `rated 👎 on ${r.platform}${r.comment ? ` (${[r.comment.reason, r.comment.text].filter(Boolean).join(': ')})` : ''}; it answered ${r.status}${r.verdict ? ` with verdict ${r.verdict}` : ''}${r.decisionId ? ` from card ${r.decisionId}` : ''}`
      : `no guidance was found, on ${r.platform}`;
  return `Asked ${r.askedAt.toISOString().slice(0, 10)}: ${what}. Write the expected answer from the law, not from what canishare said; set split, category, audience and the expected fields; then delete "draft" and "review".`;
}
