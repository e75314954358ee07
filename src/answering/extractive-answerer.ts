import type { AnswerInput, Answerer, Draft, DraftSentence } from '../core/ports.ts';
import type { QueryNormaliser } from '../retrieval/query-normaliser.ts';
import { terms } from '../retrieval/text.ts';
import { splitSentences } from './sentences.ts';

const MAX_POINTS = 3;
const MAX_PER_PASSAGE = 2;
/** A point must score at least this share of the best sentence, or it is noise. */
const RELATIVE_FLOOR = 0.35;
const KEY_POINT_BONUS = 0.12;
const PASSAGE_PRIOR = 0.2;

interface Candidate {
  text: string;
  passage: number;
  position: number;
  score: number;
  terms: Set<string>;
}

/**
 * Explains the law with no model: quotes the sentences of one note that
 * best answer a question about what the law says ("What is section 115?").
 * One note only, so an explanation never stitches together sentences from
 * unrelated situations. Notes are written so that the first sentence of
 * every section stands alone as a key point, and the opening is one of those.
 */
export class ExtractiveAnswerer implements Answerer {
  readonly mode = 'extractive' as const;

  constructor(
    private readonly normaliser: QueryNormaliser,
    private readonly documentFrequency: Record<string, number>,
    private readonly totalChunks: number,
  ) {}

  async draft(input: AnswerInput): Promise<Draft> {
    const empty: Draft = { verdict: null, opening: [], points: [], warnings: [] };
    const docId = input.passages[0]?.chunk.docId;
    if (!docId) return empty;
    const query = this.normaliser.normalise(input.question, input.context.history?.map((turn) => turn.question));
    const idf = (term: string) => Math.log(1 + this.totalChunks / ((this.documentFrequency[term] ?? 0) + 1));
    const queryMass = [...query.weights].reduce((sum, [term, weight]) => sum + weight * idf(term), 0) || 1;
    const topScore = input.passages[0]!.score || 1;

    const candidates: Candidate[] = [];
    input.passages.forEach((passage, index) => {
      if (passage.chunk.docId !== docId) return;
      splitSentences(passage.chunk.text).forEach((text, position) => {
        if (!isQuotable(text)) return;
        const sentenceTerms = new Set(terms(text));
        let matched = 0;
        for (const [term, weight] of query.weights) if (sentenceTerms.has(term)) matched += weight * idf(term);
        const score = matched / queryMass + (position === 0 ? KEY_POINT_BONUS : 0) + PASSAGE_PRIOR * (passage.score / topScore);
        candidates.push({ text, passage: index, position, score, terms: sentenceTerms });
      });
    });
    if (candidates.length === 0) return empty;

    const keyPoints = candidates.filter((c) => c.position === 0);
    const opening = best(keyPoints.length > 0 ? keyPoints : candidates);
    const floor = Math.max(...candidates.map((c) => c.score)) * RELATIVE_FLOOR;
    const chosen: Candidate[] = [];
    const perPassage = new Map<number, number>([[opening.passage, 1]]);
    for (const candidate of [...candidates].sort((a, b) => b.score - a.score)) {
      if (chosen.length >= MAX_POINTS || candidate.score < floor) break;
      if (candidate === opening || (perPassage.get(candidate.passage) ?? 0) >= MAX_PER_PASSAGE) continue;
      if ([opening, ...chosen].some((other) => overlap(other.terms, candidate.terms) > 0.6)) continue;
      chosen.push(candidate);
      perPassage.set(candidate.passage, (perPassage.get(candidate.passage) ?? 0) + 1);
    }
    chosen.sort((a, b) => a.passage - b.passage || a.position - b.position);
    return { verdict: null, opening: [toDraft(opening)], points: chosen.map(toDraft), warnings: [] };
  }
}

/** Questions, list lead-ins and fragments read badly when quoted alone. */
function isQuotable(sentence: string): boolean {
  return sentence.length >= 40 && !/[?:]$/.test(sentence) && /^[A-Z0-9"“(]/.test(sentence);
}

function best(candidates: Candidate[]): Candidate {
  return candidates.reduce((a, b) => (b.score > a.score ? b : a));
}

function overlap(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const term of a) if (b.has(term)) shared += 1;
  return shared / Math.max(1, Math.min(a.size, b.size));
}

function toDraft(candidate: Candidate): DraftSentence {
  return { text: withoutCrossReferences(candidate.text), sources: [candidate.passage] };
}

/** "(see …)" pointers between notes help a reader of the note, not a reader of the answer, which has its own sources. */
function withoutCrossReferences(sentence: string): string {
  return sentence.replace(/\s*\((?:see|and see)\s[^()]*\)/gi, '').replace(/\s+([.,;])/g, '$1');
}
