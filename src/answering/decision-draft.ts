import type { Draft, DraftSentence } from '../core/ports.ts';
import type { Decision } from '../deciding/resolve-decision.ts';
import type { DecisionLine } from '../deciding/decision-card.ts';
import type { Verdict } from '../core/types.ts';

export interface DecisionDraftOptions {
  /** A police officer is asking: use the card's wording for police where it has one. */
  forPolice: boolean;
  /** Sentences that come before the verdict, such as the correction of a false premise. */
  before?: DraftSentence[];
  /** Sentences that follow the verdict in the opening, such as "no specific guidance covers this". */
  after?: DraftSentence[];
}

/**
 * Writes the answer a decision gives, with no model: the verdict for the
 * situation first, then each branch where the verdict turns on a fact the
 * question left out, then the card's points. `sourceOf` gives the position
 * of a cited note section among the answer's passages.
 */
export function draftDecision(decision: Decision, sourceOf: (chunkId: string) => number, options: DecisionDraftOptions): Draft {
  const sentence = (text: string, restsOn: string[]): DraftSentence => ({ text, sources: restsOn.map(sourceOf) });
  const lineText = (line: DecisionLine) => (options.forPolice && line.police ? line.police : line.text);

  const opening: DraftSentence[] = [...(options.before ?? [])];
  const points: DraftSentence[] = [];
  if (decision.line) opening.push(sentence(lineText(decision.line), decision.line.restsOn));
  // A reader who stops at the first line still learns what each branch decides; the cited detail follows as points.
  else opening.push({ text: `It depends on ${decision.dependsOn}: ${decision.branches.map((branch) => inBrief(branch, options.forPolice)).join('; ')}.`, sources: [], framing: true });
  for (const branch of decision.branches) {
    points.push(sentence(`${capitalise(branch.if ?? 'otherwise')}: ${lowerFirst(lineText(branch))}`, branch.restsOn));
  }
  opening.push(...(options.after ?? []));
  for (const point of decision.points) points.push(sentence(options.forPolice && point.police ? point.police : point.text, point.restsOn));
  return { verdict: decision.verdict, opening, points, warnings: [] };
}

/** Each branch in a few words: "if the person agrees, you may share". */
const BRIEF: Record<Verdict, string> = {
  must: 'you must share',
  should: 'you should share',
  may: 'you may share',
  need_not: "you don't have to share",
  must_not: "don't share",
  depends: 'it turns on more than that',
};
/** The same for a police officer asking what the holder may do: used where the branch has wording for police. */
const BRIEF_FOR_POLICE = {
  ...(Object.fromEntries(Object.entries(BRIEF).map(([verdict, brief]) => [verdict, brief.replace(/^you /, 'they ')])) as Record<Verdict, string>),
  must_not: "they shouldn't share",
};
const inBrief = (branch: DecisionLine, forPolice: boolean) => `${branch.if ?? 'otherwise'}, ${(forPolice && branch.police ? BRIEF_FOR_POLICE : BRIEF)[branch.verdict]}`;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** "Yes, you should…" reads as "…: yes, you should…" after a branch's condition; acronyms keep their capitals. */
const lowerFirst = (text: string) => (/^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text);
