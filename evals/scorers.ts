import { contractProblems, lexicalSupport, type Answer, type Passage } from '../src/index.ts';
import type { EvalItem } from './question-set.ts';

/** Positions are 1-based; k is how many retrieved passages count. */
export const RETRIEVAL_K = 5;
/** A cited sentence counts as supported when this share of its terms occur in its cited passage. */
const SUPPORT_THRESHOLD = 0.8;

/** Everything measured about one question. Metrics that do not apply are null. */
export interface ItemScore {
  id: string;
  hit: number | null;
  recall: number | null;
  reciprocalRank: number | null;
  citationPrecision: number | null;
  citationValid: number;
  keyPointCoverage: number | null;
  statusCorrect: number;
  identifierLeaks: number;
  forbiddenStrings: string[];
  faithfulness: number | null;
  /** Share of cited sentences a grading model judged supported (only with --grade-with-model). */
  modelGradedFaithfulness: number | null;
  latencyMs: number;
  missingKeyPoints: string[];
  retrievedIds: string[];
  citedIds: string[];
  problems: string[];
}

const documentOf = (chunkId: string) => chunkId.split('#')[0]!;
const normalise = (text: string) => text.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ');

/** Scores one answer against its item. Pure: the same inputs always give the same score. */
export function scoreItem(item: EvalItem, answer: Answer, passages: Passage[], latencyMs: number): ItemScore {
  const retrievedIds = [...new Set(passages.map((p) => documentOf(p.chunk.id)))];
  const topDocs = passages.slice(0, RETRIEVAL_K).map((p) => documentOf(p.chunk.id));
  const expected = new Set(item.expected_ids);
  const scoresRetrieval = expected.size > 0;
  const firstHit = passages.findIndex((p) => expected.has(documentOf(p.chunk.id)));

  const citedIds = answer.citations.map((c) => documentOf(c.id));
  const answerText = normalise(answer.answer);
  const missingKeyPoints = item.key_points.filter((alternatives) => !alternatives.some((a) => answerText.includes(normalise(a)))).map((a) => a[0]!);
  const json = normalise(JSON.stringify(answer));
  const identifierLeaks = (item.identifiers ?? []).filter((value) => json.includes(normalise(value))).length;
  const forbiddenStrings = item.must_not_contain.filter((value) => json.includes(normalise(value)));

  return {
    id: item.id,
    hit: scoresRetrieval ? (topDocs.some((d) => expected.has(d)) ? 1 : 0) : null,
    recall: scoresRetrieval ? [...expected].filter((id) => topDocs.includes(id)).length / expected.size : null,
    reciprocalRank: scoresRetrieval ? (firstHit >= 0 ? 1 / (firstHit + 1) : 0) : null,
    citationPrecision: scoresRetrieval && citedIds.length > 0 ? citedIds.filter((id) => expected.has(id)).length / citedIds.length : null,
    citationValid: contractProblems(answer).length === 0 ? 1 : 0,
    keyPointCoverage: item.key_points.length > 0 ? 1 - missingKeyPoints.length / item.key_points.length : null,
    statusCorrect: answer.status === item.expected_status ? 1 : 0,
    identifierLeaks,
    forbiddenStrings,
    faithfulness: faithfulness(answer),
    modelGradedFaithfulness: null,
    latencyMs,
    missingKeyPoints,
    retrievedIds,
    citedIds,
    problems: contractProblems(answer),
  };
}

/** Each cited sentence of an answer, without its markers, with the text of the passages it cites. */
export function citedSentences(answer: Answer): { sentence: string; cited: string }[] {
  const excerpts = new Map(answer.citations.map((c) => [c.n, c.excerpt]));
  return answer.answer
    .split('\n')
    .map((line) => line.replace(/^(\*\*In short:\*\*|-)\s*/, ''))
    .filter((line) => /\[\d+\]/.test(line))
    .map((line) => ({
      sentence: line.replace(/\s*\[\d+\]/g, ''),
      cited: [...line.matchAll(/\[(\d+)\]/g)].map((m) => excerpts.get(Number(m[1])) ?? '').join('\n'),
    }));
}

/** Share of cited sentences whose terms are supported by the passages they cite; null with no citations. */
export function faithfulness(answer: Answer): number | null {
  const sentences = citedSentences(answer);
  if (sentences.length === 0) return null;
  const supported = sentences.filter(({ sentence, cited }) => {
    const support = lexicalSupport(sentence, cited);
    return support.share >= SUPPORT_THRESHOLD && support.unsupportedReferences.length === 0;
  });
  return supported.length / sentences.length;
}

/** Averages of each metric over the items it applies to, plus counts and latency percentiles. */
export interface Summary {
  items: number;
  hitAtK: number | null;
  recallAtK: number | null;
  mrr: number | null;
  citationPrecision: number | null;
  citationValidity: number | null;
  keyPointCoverage: number | null;
  statusAccuracy: number | null;
  identifierLeaks: number;
  forbiddenStrings: number;
  faithfulness: number | null;
  modelGradedFaithfulness: number | null;
  latencyP50: number | null;
  latencyP95: number | null;
}

export function summarise(scores: ItemScore[]): Summary {
  const mean = (pick: (s: ItemScore) => number | null) => {
    const values = scores.map(pick).filter((v): v is number => v !== null);
    return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
  };
  const latencies = scores.map((s) => s.latencyMs).sort((a, b) => a - b);
  const percentile = (p: number) => (latencies.length === 0 ? null : latencies[Math.min(latencies.length - 1, Math.ceil(p * latencies.length) - 1)]!);
  return {
    items: scores.length,
    hitAtK: mean((s) => s.hit),
    recallAtK: mean((s) => s.recall),
    mrr: mean((s) => s.reciprocalRank),
    citationPrecision: mean((s) => s.citationPrecision),
    citationValidity: mean((s) => s.citationValid),
    keyPointCoverage: mean((s) => s.keyPointCoverage),
    statusAccuracy: mean((s) => s.statusCorrect),
    identifierLeaks: scores.reduce((sum, s) => sum + s.identifierLeaks, 0),
    forbiddenStrings: scores.reduce((sum, s) => sum + s.forbiddenStrings.length, 0),
    faithfulness: mean((s) => s.faithfulness),
    modelGradedFaithfulness: mean((s) => s.modelGradedFaithfulness),
    latencyP50: percentile(0.5),
    latencyP95: percentile(0.95),
  };
}
