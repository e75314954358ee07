import type { Answer, Redaction, RedactionType } from '../core/types.ts';

const NAMES: Record<RedactionType, string> = {
  nhs_number: 'NHS number',
  date_of_birth: 'date',
  postcode: 'postcode',
  phone: 'phone number',
  email: 'email address',
  name: 'name',
  other: 'other identifier',
};

/**
 * The one notice every front end shows when personal data was taken out of a
 * question, built from the answer's `redactions` rather than from warning
 * text; null when nothing was removed.
 */
export function redactionNotice(redactions: readonly Redaction[]): string | null {
  const kinds = [...new Set(redactions.map((r) => NAMES[r.type]))];
  return kinds.length > 0 ? `Removed from your question before use: ${kinds.join(', ')}. Please describe the situation without identifiers.` : null;
}

/** Everything shown under an answer as a note: the redaction notice first, then each warning. */
export function answerNotes(answer: Pick<Answer, 'redactions' | 'warnings'>): string[] {
  const removed = redactionNotice(answer.redactions);
  return [...(removed ? [removed] : []), ...answer.warnings];
}
