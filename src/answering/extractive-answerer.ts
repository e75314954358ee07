import type { AnswerInput, Answerer, Draft, DraftSentence } from '../core/ports.ts';
import type { QueryNormaliser } from '../retrieval/query-normaliser.ts';
import { terms } from '../retrieval/text.ts';
import { splitSentences } from './sentences.ts';

const PASSAGES_CONSIDERED = 6;
const MAX_POINTS = 4;
const MAX_PER_PASSAGE = 2;
/** Spreading points across documents gives the reader more than one source to check. */
const MAX_PER_DOCUMENT = 2;
/** A point must score at least this share of the best sentence, or it is noise. */
const RELATIVE_FLOOR = 0.35;
const KEY_POINT_BONUS = 0.12;
/** Scenario cards put their direct answer under this heading (knowledge/README.md); it makes the best summary. */
const SUMMARY_SECTION = 'short answer';
const SUMMARY_SECTION_BONUS = 0.2;
const PASSAGE_PRIOR = 0.2;

interface Candidate {
  text: string;
  passage: number;
  position: number;
  score: number;
  terms: Set<string>;
}

/**
 * The offline answerer: quotes the sentences of the best passages that
 * answer the question, with no model at all. Notes are written so that the
 * first sentence of every section stands alone as a key point, and the
 * summary is drawn from those.
 */
export class ExtractiveAnswerer implements Answerer {
  readonly mode = 'extractive' as const;

  constructor(
    private readonly normaliser: QueryNormaliser,
    private readonly documentFrequency: Record<string, number>,
    private readonly totalChunks: number,
  ) {}

  async draft(input: AnswerInput): Promise<Draft> {
    const query = this.normaliser.normalise(input.question, input.context.history?.map((turn) => turn.question));
    const idf = (term: string) => Math.log(1 + this.totalChunks / ((this.documentFrequency[term] ?? 0) + 1));
    const queryMass = [...query.weights].reduce((sum, [term, weight]) => sum + weight * idf(term), 0) || 1;
    const topScore = input.passages[0]?.score ?? 1;
    const bestCoverage = Math.max(0, ...input.passages.map((p) => p.coverage));

    // A passage covering far less of the question than the best one adds noise, not support; the top-ranked one always counts.
    const eligible = new Set(
      input.passages
        .map((passage, index) => ({ passage, index }))
        .filter(({ passage, index }) => index === 0 || passage.coverage >= bestCoverage * 0.4)
        .slice(0, PASSAGES_CONSIDERED)
        .map(({ index }) => index),
    );
    const candidates: Candidate[] = [];
    input.passages.forEach((passage, index) => {
      if (!eligible.has(index)) return;
      splitSentences(passage.chunk.text).forEach((text, position) => {
        if (!isQuotable(text)) return;
        const sentenceTerms = new Set(terms(text));
        let matched = 0;
        for (const [term, weight] of query.weights) if (sentenceTerms.has(term)) matched += weight * idf(term);
        const score =
          matched / queryMass + (position === 0 ? KEY_POINT_BONUS : 0) + PASSAGE_PRIOR * (passage.score / topScore);
        candidates.push({ text, passage: index, position, score, terms: sentenceTerms });
      });
    });
    if (candidates.length === 0) return { summary: null, points: [], warnings: [] };

    const keyPoints = candidates.filter((c) => c.position === 0 && c.passage < 3);
    const summaryScore = (c: Candidate) =>
      c.score + (input.passages[c.passage]!.chunk.section?.toLowerCase() === SUMMARY_SECTION ? SUMMARY_SECTION_BONUS : 0);
    const summary = best(keyPoints.length > 0 ? keyPoints : candidates, summaryScore);
    const floor = Math.max(...candidates.map((c) => c.score)) * RELATIVE_FLOOR;
    const chosen: Candidate[] = [];
    const perPassage = new Map<number, number>([[summary.passage, 1]]);
    const documentOf = (c: Candidate) => input.passages[c.passage]!.chunk.docId;
    const perDocument = new Map<string, number>([[documentOf(summary), 1]]);
    for (const candidate of [...candidates].sort((a, b) => b.score - a.score)) {
      if (chosen.length >= MAX_POINTS || candidate.score < floor) break;
      if (candidate === summary) continue;
      if ((perPassage.get(candidate.passage) ?? 0) >= MAX_PER_PASSAGE) continue;
      if ((perDocument.get(documentOf(candidate)) ?? 0) >= MAX_PER_DOCUMENT) continue;
      if ([summary, ...chosen].some((other) => overlap(other.terms, candidate.terms) > 0.6)) continue;
      chosen.push(candidate);
      perPassage.set(candidate.passage, (perPassage.get(candidate.passage) ?? 0) + 1);
      perDocument.set(documentOf(candidate), (perDocument.get(documentOf(candidate)) ?? 0) + 1);
    }
    chosen.sort((a, b) => a.passage - b.passage || a.position - b.position);
    return { summary: toDraft(summary), points: chosen.map(toDraft), warnings: [] };
  }
}

/** Questions, list lead-ins and fragments read badly when quoted alone. */
function isQuotable(sentence: string): boolean {
  return sentence.length >= 40 && !/[?:]$/.test(sentence) && /^[A-Z0-9"“(]/.test(sentence);
}

function best(candidates: Candidate[], score: (c: Candidate) => number): Candidate {
  return candidates.reduce((a, b) => (score(b) > score(a) ? b : a));
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
