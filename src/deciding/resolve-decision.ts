import type { Verdict } from '../core/types.ts';
import { statesNoDuty } from '../answering/verdict-wording.ts';
import type { FactVocabulary } from '../understanding/fact-vocabulary.ts';
import type { QuestionFacts } from '../understanding/read-facts.ts';
import type { DecisionCard, DecisionLine, DecisionPoint, FactCondition } from './decision-card.ts';

/** Most points an answer shows under its verdict. */
export const MAX_POINTS = 5;

/** What a card says for the facts a question gives. */
export interface Decision {
  card: DecisionCard;
  verdict: Verdict;
  /** The line that states the verdict; null when the answer depends on a fact not given. */
  line: DecisionLine | null;
  /** What the verdict turns on ("whether the person is under 18") and each branch: with `depends`, or after a "No" that holds either way. */
  dependsOn: string | null;
  branches: DecisionLine[];
  points: DecisionPoint[];
}

/** True when a part of a card holds for the facts: they satisfy its `when` and not its `unless`. */
export function applies(facts: QuestionFacts, part: { when: FactCondition | null; unless: FactCondition | null }): boolean {
  return satisfies(facts, part.when) && !(part.unless && satisfies(facts, part.unless));
}

/** True when the question's facts satisfy every fact the condition names. */
export function satisfies(facts: QuestionFacts, condition: FactCondition | null): boolean {
  if (!condition) return true;
  return Object.entries(condition).every(([fact, values]) => facts[fact] !== undefined && values.includes(facts[fact]!));
}

/**
 * Applies a card to the facts of a question: a decisive fact the question
 * states picks its exception; a fact the card branches on that the question
 * leaves out gives every branch; otherwise the usual verdict.
 */
export function resolveDecision(card: DecisionCard, facts: QuestionFacts, vocabulary: FactVocabulary): Decision {
  const points = card.points.filter((point) => applies(facts, point)).slice(0, MAX_POINTS);
  const exception = card.exceptions.find((candidate) => applies(facts, candidate));
  if (exception) return answered(card, exception, facts, points);
  if (card.branchesOn && facts[card.branchesOn] === undefined) {
    const branchFact = card.branchesOn;
    const open = card.exceptions.filter((candidate) => branchFact in candidate.when && otherFactsHold(candidate.when, branchFact, facts));
    // An exception that an earlier one always overtakes for these facts ("a gunshot wound, even an accidental one"
    // before "an accidental injury") is not a branch the answer can take.
    const branches = [card.answer, ...open.filter((candidate, i) => !open.slice(0, i).some((earlier) => covers(earlier.when[branchFact]!, candidate.when[branchFact]!)))];
    // Every way the missing fact could go gives the same verdict: that verdict is the answer.
    if (branches.length > 1 && branches.every((branch) => branch.verdict === card.answer.verdict)) return answered(card, card.answer, facts, points);
    if (branches.length > 1) {
      const describe = vocabulary.facts[branchFact]?.describe ?? branchFact.replace(/_/g, ' ');
      const kept = points.slice(0, Math.max(2, MAX_POINTS - branches.length));
      // "Do I have to report it?", "Can I make them?" or "Can they refuse?" where no branch requires or expects
      // sharing: the answer to the duty holds whichever way the missing fact goes, so it leads, and the branches
      // still say when sharing is allowed.
      const noBranchRequires = branches.every((branch) => branch.verdict === 'may' || branch.verdict === 'need_not' || branch.verdict === 'must_not');
      const asksDuty = facts.question_asks === 'duty' || facts.question_asks === 'compel' || facts.question_asks === 'refusal';
      if (asksDuty && noBranchRequires) {
        const noDuty = branches.find((branch) => branch.verdict === 'need_not');
        const line = noDuty ?? permittedNotRequired(branches.find((branch) => branch.verdict === 'may') ?? branches[0]!);
        const rest = branches.filter((branch) => branch !== noDuty);
        const lead = facts.question_asks === 'refusal' ? answeredAsRefusal(card, line, kept) : { card, verdict: line.verdict, line, points: kept };
        return { ...lead, dependsOn: describe, branches: rest };
      }
      return { card, verdict: 'depends', line: null, dependsOn: describe, branches, points: kept };
    }
  }
  return answered(card, card.answer, facts, points);
}

/** The line for the situation, answering what the question asks of it: a duty, a power to compel, or permission. */
function answered(card: DecisionCard, line: DecisionLine, facts: QuestionFacts, points: DecisionPoint[]): Decision {
  const permissive = line.verdict === 'may' || (line.verdict === 'depends' && statesNoDuty(line.text));
  // "Can I make them?" asks whether sharing can be forced: neither what guidance expects ("should") nor what a
  // justification would allow ("it depends on whether…") is a power to compel.
  const compellable = line.verdict === 'must' || line.verdict === 'must_not' || line.verdict === 'need_not';
  // Where someone is at risk of serious harm, "No, it is not required" would be the line a busy reader stops at.
  // An officer asking whether health staff must hand something over is not the one who would hold back.
  const askerWouldReceive = facts.asker === 'police' && facts.recipient === 'police';
  const atRisk = (facts.risk === 'others' || facts.urgency === 'emergency') && !askerWouldReceive;
  if (facts.question_asks === 'refusal') return answeredAsRefusal(card, line, points);
  // "Can I share, and do I have to?" asks permission first: "Yes, you may…" answers it, and the duty is in the line.
  const dutyFirst = facts.question_asks === 'duty' && facts.permission_asked !== 'first';
  if (!atRisk && ((dutyFirst && permissive) || (facts.question_asks === 'compel' && !compellable))) {
    return { card, verdict: 'need_not', line: permittedNotRequired(line), dependsOn: null, branches: [], points };
  }
  // "Does being next of kin mean we have to tell her?": the duty asked about comes first, then what not to do.
  const notRequired = facts.question_asks === 'duty' && line.verdict === 'must_not' ? notRequiredEither(line.text) : null;
  if (notRequired) {
    const police = line.police ? notRequiredEither(line.police) : null;
    return { card, verdict: 'need_not', line: { ...line, verdict: 'need_not', text: notRequired, police }, dependsOn: null, branches: [], points };
  }
  return { card, verdict: line.verdict, line, dependsOn: null, branches: [], points };
}

/**
 * "Can they refuse?" asks about the same duty from the holder's side, so the first word answers that: "Yes." where
 * sharing is not required (they may refuse), "No," where it is required or expected. Otherwise a busy reader would
 * take "Yes, you must comply" as leave to refuse.
 */
function answeredAsRefusal(card: DecisionCard, line: DecisionLine, points: DecisionPoint[]): Decision {
  // "Yes, you may…" and "It depends…" stay as they are: the permission stated is often someone else's ("the police
  // may require a specimen"), and "Yes. It is not required, but…" would answer a question nobody asked.
  let answer = line;
  if (line.verdict === 'must_not') {
    const text = notRequiredEither(line.text);
    if (text) answer = { ...line, verdict: 'need_not', text, police: line.police ? notRequiredEither(line.police) : null };
  }
  const reword = (text: string) => {
    if (answer.verdict === 'need_not') return text.replace(/^No, (\w)/, (_, first: string) => `Yes. ${first.toUpperCase()}`);
    if (answer.verdict === 'must' || answer.verdict === 'should') return text.replace(/^Yes, /, 'No, ');
    return text;
  };
  const worded = { ...answer, text: reword(answer.text), police: answer.police ? reword(answer.police) : answer.police };
  return { card, verdict: answer.verdict, line: worded, dependsOn: null, branches: [], points };
}

/**
 * "No, don't disclose it…" asked as "do I have to?" becomes "No, you don't have to, and you shouldn't disclose
 * it…"; "No, the health professional shouldn't…" becomes "No, the health professional doesn't have to, and
 * shouldn't…". Null for a line worded otherwise.
 */
function notRequiredEither(text: string): string | null {
  const match = /^No, (?:(you|the [^,:]+?) )?(don't|do not|shouldn't|should not|must not|mustn't) /.exec(text);
  if (!match) return null;
  const subject = match[1] ?? 'you';
  const opening = subject === 'you' ? "No, you don't have to, and you shouldn't " : `No, ${subject} doesn't have to, and shouldn't `;
  return opening + text.slice(match[0].length);
}

/**
 * "Do I have to?" about something the law permits but does not require: the
 * honest first word is "No", and what is permitted follows so the reader
 * still learns when they may share. "Yes, you may…" becomes "No, it is not
 * required, but you may…"; "It depends on the lawful route: a request does
 * not oblige you…" becomes "No, it is not required: a request does not…".
 */
function permittedNotRequired(line: DecisionLine): DecisionLine {
  const reword = (text: string) => {
    const dependsOn = /^it depends\b[^:]*:\s*/i.exec(text);
    if (dependsOn) return `No, it is not required: ${text.slice(dependsOn[0].length)}`;
    const permitted = text.replace(/^yes,\s*/i, '').replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase());
    // "…but you can receive a referral, but health…" would hang two buts on one sentence.
    return /,\s*but\b/i.test(permitted) ? `No, it is not required; ${permitted}` : `No, it is not required, but ${permitted}`;
  };
  return { ...line, verdict: 'need_not', text: reword(line.text), police: line.police ? reword(line.police) : line.police };
}

/** Every value the later condition names is one the earlier names too. */
function covers(earlier: string[], later: string[]): boolean {
  return later.every((value) => earlier.includes(value));
}

/** A branch also conditioned on other facts is offered only if those hold. */
function otherFactsHold(condition: FactCondition, branchFact: string, facts: QuestionFacts): boolean {
  const rest = Object.fromEntries(Object.entries(condition).filter(([fact]) => fact !== branchFact));
  return satisfies(facts, rest);
}
