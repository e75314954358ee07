import type { Draft, DraftSentence } from '../core/ports.ts';
import type { Answer, AnswerStatus, Citation, Passage, Redaction } from '../core/types.ts';

export interface ComposeOptions {
  mode: Answer['mode'];
  redactions: Redaction[];
  warnings: string[];
  footer: string;
}

/**
 * Turns a draft into the Answer every front end renders. This is where
 * citations are verified, for every answerer alike: a source that is not one
 * of the passages is removed, a claim left with no source is dropped, and a
 * draft left with no claim becomes "no guidance found". The opening comes
 * first, as its own paragraph: it is the line a busy reader reads.
 */
export function composeAnswer(draft: Draft, passages: Passage[], options: ComposeOptions): Answer {
  const numbers = new Map<number, number>();
  const citations: Citation[] = [];
  let dropped = 0;

  const cite = (sentence: DraftSentence): string | null => {
    const text = stripMarkers(sentence.text.trim());
    if (!text) return null;
    const sources = [...new Set(sentence.sources)].filter((i) => Number.isInteger(i) && i >= 0 && i < passages.length);
    if (sources.length === 0) {
      if (sentence.framing) return text;
      dropped += 1;
      return null;
    }
    const markers = sources.map((i) => {
      let n = numbers.get(i);
      if (n === undefined) {
        n = citations.length + 1;
        numbers.set(i, n);
        const { chunk } = passages[i]!;
        citations.push({ n, id: chunk.id, title: chunk.title, section: chunk.section, url: chunk.url, excerpt: excerpt(chunk.text) });
      }
      return `[${n}]`;
    });
    return attachMarkers(text, markers.join(''));
  };

  const opening = draft.opening.map(cite).filter((line): line is string => line !== null);
  const points = draft.points.map(cite).filter((line): line is string => line !== null);
  const warnings = [...options.warnings, ...draft.warnings];
  if (dropped > 0) warnings.push(`${dropped} sentence(s) without a valid source were left out of the answer.`);

  if (citations.length === 0) {
    return statusAnswer('no_guidance', noGuidanceText(), options, warnings);
  }
  // If the opening lost every claim, the first remaining point leads, so the answer still opens with substance.
  const lead = opening.length > 0 ? opening : points.splice(0, 1);
  const body = [lead.join(' '), points.map((point) => `- ${point}`).join('\n') || null].filter(Boolean).join('\n\n');
  return {
    status: 'answered',
    verdict: draft.verdict,
    answer: `${body}\n\n${options.footer}`,
    citations,
    mode: options.mode,
    redactions: options.redactions,
    warnings,
    suggestions: [],
  };
}

/** An answer with no citations: needs detail, no guidance, out of scope, or outside England and Wales. */
export function statusAnswer(
  status: Exclude<AnswerStatus, 'answered'>,
  text: string,
  options: Omit<ComposeOptions, 'warnings'> & { warnings?: string[] },
  warnings: string[] = options.warnings ?? [],
  suggestions: string[] = [],
): Answer {
  return {
    status,
    verdict: null,
    answer: `${text}\n\n${options.footer}`,
    citations: [],
    mode: options.mode,
    redactions: options.redactions,
    warnings,
    suggestions,
  };
}

export function noGuidanceText(): string {
  return (
    "I couldn't find guidance in canishare's knowledge base that answers this question, so I won't guess. " +
    'Please ask your Data Protection Officer or Caldicott Guardian (for police, your force’s data protection or information sharing team), ' +
    'and record the question and the decision you reach.'
  );
}

/** Sentences quoted from the knowledge base never carry markers of their own; only ours count. */
function stripMarkers(text: string): string {
  return text.replace(/\s*\[\d+\]/g, '');
}

function attachMarkers(text: string, markers: string): string {
  const match = /([.!?]["”’)]*)$/.exec(text);
  if (!match) return `${text} ${markers}`;
  return `${text.slice(0, match.index)} ${markers}${match[1]}`;
}

/** The whole passage, on one line: every claim cited to it must be checkable in the excerpt itself. */
function excerpt(text: string): string {
  return text.replace(/\s*\n+\s*/g, ' ').trim();
}
