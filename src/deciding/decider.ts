import type { Embedder } from '../core/ports.ts';
import type { Passage } from '../core/types.ts';
import type { QueryNormaliser } from '../retrieval/query-normaliser.ts';
import { words } from '../retrieval/text.ts';
import { statesSituationFacts, type FactVocabulary } from '../understanding/fact-vocabulary.ts';
import type { FactReader, QuestionFacts } from '../understanding/read-facts.ts';
import type { ScopeClassifier, ScopeVerdict } from '../answering/scope.ts';
import type { CardMatch, DecisionMatcher } from './decision-matcher.ts';
import { resolveDecision, satisfies, type Decision } from './resolve-decision.ts';
import { claimedUnder, unknownInstruments } from './named-instruments.ts';

/** How a question is to be answered. */
export type Outcome =
  /** A card matches the situation: its verdict, for the facts given. */
  | { kind: 'decision'; decision: Decision; match: CardMatch; unknownInstruments: string[] }
  /** About police–health sharing, but no card matches: the general framework, verdict `depends`. */
  | { kind: 'framework'; decision: Decision; unknownInstruments: string[] }
  /** Asks what the law says rather than whether to share: explained from its note. */
  | { kind: 'explain'; unknownInstruments: string[] }
  /** Too vague to pick a situation: ask which one is meant. */
  | { kind: 'vague'; suggestions: string[] }
  /** In the domain, but nothing in the knowledge base grounds an answer. */
  | { kind: 'no_guidance' }
  | { kind: 'out_of_scope' };

export interface DecideInput {
  /** The (redacted, stand-alone) question. */
  question: string;
  history: string[];
  passages: Passage[];
  scope: ScopeVerdict['kind'];
  /** Search found passages that really address the question. */
  evidence: boolean;
}

export interface DecisionThresholds {
  /** A card scoring at least this answers the question. */
  match: number;
  /** A card scoring at least this answers it even when the question's words alone look out of scope. */
  strongMatch: number;
  /** Share of the question's weighted terms a card must use for it to answer: below it, the question is about something else. */
  coverage: number;
  /** Share of those terms a card must use to bring a question that names an agency but no word of sharing into the domain. */
  domainCoverage: number;
  /** Share of those terms a strongly matching card must use to answer a question that states no fact and whose words alone do not put it in scope. */
  factlessCoverage: number;
  /** Word overlap with one phrasing at which even a question of only general words names its situation. */
  verbatim: number;
  /** Suggestions offered for a vague question. */
  suggestions: number;
}

export const DEFAULT_DECISION_THRESHOLDS: DecisionThresholds = { match: 0.57, strongMatch: 0.72, coverage: 0.25, domainCoverage: 0.15, factlessCoverage: 0.5, verbatim: 0.9, suggestions: 4 };

/** Agencies whose sharing with one another canishare covers. */
const COVERED_AGENCIES = ['police', 'health', 'social_care'];

// A question about what the law is or says, not about whether to share: it opens with a question word,
// perhaps after a label ("Clare's law - what is…", "RN on a ward. What does the NMC code say…").
const EXPLANATION_FORM = /^(?:(?:hi|hello|quick question)\b[,.!\s-]*)?(?:what(?:'s| is| are| does| did| do| was| were| happens| counts| conditions| factors| data| legal| checks)?\b|whats\b|which\b|who\b|how does\b|explain\b|(?:can|could|would)\s+(?:someone|somebody|anyone|you)\s+(?:please\s+)?(?:explain|define|describe|summari[sz]e)\b(?!\s+to\b)|are there any\s+(?:laws|statutes|legal duties|acts)\b|define\b|describe\b|summari[sz]e\b|tell me (?:about|what)\b|meaning of\b|when\s+(?:does|do|did|will)\b[^?]{0,60}\b(?:apply|kick in|arise|start|begin|come into force|take effect|commence)\b)/i;
// …unless it asks what to do or what may be shared: "What should I do?", "What can I tell the police?",
// "What do I actually have to give them?", "What should I be telling them?", "What now?".
const ASKS_WHAT_TO_DO = new RegExp(
  [
    String.raw`^what\s+(?:if|about|now|next|else)\b`,
    // "Who should I be telling?": the "-ing" form after "be" asks the same.
    String.raw`^who\s+(?:do|should|can|must|would|shall)\s+(?:i|we)\s+(?:(?:then|now|actually|be|have\s+to|need\s+to|got\s+to)\s+)?(?:tell|contact|call|ring|inform|notify|report|refer|share|send|pass|speak|talk|go|telling|contacting|calling|ringing|informing|notifying|reporting|referring|sharing|sending|passing|speaking|talking|going)\b`,
    // "Who am I required to notify?": the duty in the story told.
    String.raw`^who\s+(?:am\s+i|are\s+we|is\s+(?:the\s+)?\w+)\s+(?:(?:legally|actually)\s+)?(?:required|obliged|supposed|meant|expected|bound|duty\s+bound)\s+to\s+(?:tell|contact|call|ring|inform|notify|report|refer|share|send)\b`,
    String.raw`^what\s+(?:actually\s+)?(?:lets|allows|permits|entitles|authorises|authorizes)\s+(?:me|us|staff|them|you)\b`,
    // "…My crewmate says we say nothing at all. What's the actual position?", "What's our position?", "What is his
    // legal position?": asks what to do in the story told.
    String.raw`^what(?:'s|s| is)\s+(?:the|our|my|his|her|their)\s+(?:(?:actual|correct|right|real|legal)\s+){0,2}position\b`,
    // "…Some think it's internal. What's expected?", "What's the actual legal requirement?"
    String.raw`^what(?:'s|s| is)\s+(?:(?:the|actually)\s+)?(?:(?:actual|legal)\s+){0,2}(?:expected|requirement|required)\b`,
    // "…begs us not to tell anyone. What's the right move re sharing?"
    String.raw`^what(?:'s|s| is)\s+(?:the\s+)?(?:right|best|correct|proper|safest)\s+(?:move|thing to do|course of action|way forward|next step|approach)\b`,
    // "One GP says we can't without consent. Who's right?", "…I think we still have a duty. Which is it?": a dispute about what to do.
    String.raw`^(?:who(?:'s|s| is)|which (?:of us|one|of them|of the two)(?:'s| is)?)\s+(?:right|correct)\b|^which\s+is\s+it\b`,
    // "What are we actually going to get from A&E?", "What will they share with us?"
    String.raw`^what\b[^?]{0,25}\b(?:are|will)\s+(?:we|i|they|you)\s+(?:(?:actually|really|likely|be|going\s+to)\s+){0,3}(?:get|getting|receive|given|told|share|give|send)\b`,
    // "What am I actually allowed to say in the room?"
    String.raw`^what\b[^?]{0,25}\b(?:am|are|is)\s+(?:i|we|they|staff|the\s+\w+)\s+(?:(?:actually|really|legally|even)\s+)?(?:allowed|permitted|able|entitled|supposed|meant|expected|obliged|required)(?:\s+or\s+(?:allowed|expected|required|obliged|supposed))?\s+to\b`,
    // "…keeps driving despite my advice. What are my obligations?": the duties in the story told.
    String.raw`^what(?:'s|s| is| are)\s+(?:my|our)\s+(?:(?:legal|actual|professional)\s+)?(?:obligations?|duty|duties|responsibilit(?:y|ies)|options)\b`,
    // "Who holds it, and can we have it?": a question that also asks whether to share asks for a verdict.
    String.raw`\b(?:and|but|so)\s+(?:can|could|may|should|must|do)\s+(?:i|we)\s+(?:(?:still|just|legally|then)\s+)?(?:have|get|see|share|tell|give|disclose|send|pass|report|refuse|ring|call|warn|do\s+(?:it|that|this|so))\b`,
    String.raw`^(?:what|how)\b[^?]{0,25}\b(?:should|shall|must|can|could|do|may|would)\s+(?:the\s+)?[\w&]+(?:\s+(?:staff|nurses?|doctors?|crews?|teams?|officers?))?\s+` +
      String.raw`(?:(?:actually|really|just|now|then|legally|still|also|be|have\s+to|need\s+to)\s+){0,3}` +
      String.raw`(?:do|doing|tell|telling|share|sharing|say|saying|give|giving|disclose|disclosing|send|sending|pass|passing|report|reporting|` +
      String.raw`confirm|confirming|release|releasing|hand|handing|put|include|record|recording|write|get|getting|ask|asking|provide|providing)\b`,
  ].join('|'),
  'i',
);
// Names a provision of law or a named source of it: "section 115", "s.17A", "the Care Act", "the NHS code", "the consensus", "W v Egdell".
const NAMES_A_LAW = /\b(?:section\s*\d|s\.?\s?\d+[a-z]?\b|schedule\s*\d|sch\.?\s?\d|article\s*\d|art\.?\s?\d|paragraph\s*\d|para\.?\s?\d|[a-z]+ act\b|regulations?\b|principle\s*\d|gdpr|dpa\b|code of practice|[a-z]+ code\b|consensus|case law|judgment|ruling|[A-Z][a-z]+ v\.? [A-Z][a-z]+|caldicott)/i;

/**
 * Decides how to answer: which card fits the situation described, with its
 * verdict for the facts given, or the general framework, an explanation,
 * a request for detail, no guidance or out of scope. Scope comes from how
 * well the question matches the domain — cards and search — not from
 * keywords alone.
 */
export class Decider {
  constructor(
    private readonly parts: {
      matcher: DecisionMatcher;
      reader: FactReader;
      facts: FactVocabulary;
      normaliser: QueryNormaliser;
      embedder: Embedder;
      scope: ScopeClassifier;
      /** Instruments the knowledge base names (see namedInstruments). */
      instruments: ReadonlySet<string>;
      thresholds?: DecisionThresholds;
    },
  ) {}

  /** The facts of a question; in a follow-up, earlier questions fill in what the new one does not say. */
  readFacts(question: string, history: string[]): QuestionFacts {
    return Object.assign({}, ...history.map((earlier) => this.parts.reader.read(earlier)), this.parts.reader.read(question));
  }

  async decide(input: DecideInput, facts: QuestionFacts): Promise<Outcome> {
    const { matcher, normaliser, embedder, scope, reader } = this.parts;
    const thresholds = this.parts.thresholds ?? DEFAULT_DECISION_THRESHOLDS;
    const matchText = reader.withoutDisowned(input.question);
    const query = normaliser.normalise(matchText, input.history);
    const vector = query.text.trim() ? await embedder.embedQuery(query.text).catch(() => null) : null;
    const involved = reader.agenciesInvolved([...input.history, input.question].join(' . '));
    const all = matcher.rank(query, vector, facts, input.passages, scope.situationWords(matchText), involved).filter((m) => !m.card.fallback);
    // A card about something else shares few of the question's words and none of its facts; a card the facts fit
    // (who asks whom, what is wanted) stays a candidate however the situation is worded.
    const ranked = all.filter((m) => m.coverage >= thresholds.coverage || m.factFit > 0);
    const best = ranked[0];
    const unknown = unknownInstruments(input.question, this.parts.instruments);
    const vague =
      input.history.length === 0 &&
      scope.situationWords(input.question).length === 0 &&
      !scope.namesTopic(input.question) &&
      !statesSituationFacts(this.parts.facts, facts) &&
      unknown.length === 0;
    // Only a question worded almost exactly as a card's phrasing escapes being too vague.
    if (vague && input.scope !== 'out_of_scope' && (!best || best.lexical < thresholds.verbatim)) {
      return { kind: 'vague', suggestions: this.suggestions(all, facts, thresholds.suggestions) };
    }
    const inDomain = isInDomain(input, best, thresholds);
    // Sharing with an insurer, an MP or immigration enforcement is not a situation the cards decide, however alike the
    // words, unless a card is written for that agency (the GMC on answering criticism in the media). Such an agency
    // only mentioned in the story ("because of the press coverage") leaves the question one about whoever the
    // information would go to.
    const outsideRemit = (agency: string | undefined) =>
      !!agency && !!this.parts.matcher.factRoles.outsideRemit?.has(agency) && !(best?.card.facts.recipient ?? []).includes(agency);
    // A coroner's notice or a court order says who requires the information, whoever else in the story wants it
    // ("the local paper has been ringing too").
    const required = facts.instrument !== undefined && !!this.parts.matcher.factRoles.setsSituation.get('instrument')?.has(facts.instrument);
    const toAgencyOutsideRemit = !required && (outsideRemit(facts.recipient) || (!facts.recipient && [...involved].some(outsideRemit)));
    // What to charge the police for copies, or which system to log a request on, is how the work is run: nothing in the
    // knowledge base decides it, whichever card its words resemble.
    const aboutMatterOutsideRemit = Object.entries(facts).some(([fact, value]) => this.parts.facts.facts[fact]?.outside_remit?.includes(value));
    if (toAgencyOutsideRemit || aboutMatterOutsideRemit) return { kind: inDomain ? 'no_guidance' : 'out_of_scope' };
    // A question with no word of sharing, agencies or the law is answered only on the strength of search.
    const plausible = input.scope !== 'out_of_scope';
    // "What offence would that be?" after describing a situation a card fits well asks about that situation: its verdict answers it.
    const situationFits = !!best && plausible && best.score >= thresholds.strongMatch && describesSituation(input.question);
    // "If we disclose to the police, which basis do we record?" states every fact of a card written for that very
    // question, what is asked included: the card's verdict and basis answer it.
    const whatIsAsked = this.parts.matcher.factRoles.whatIsAsked;
    const statesCardSituation =
      !!best &&
      plausible &&
      best.score >= thresholds.strongMatch &&
      satisfies(facts, best.card.facts) &&
      Object.keys(best.card.facts).some((fact) => !!whatIsAsked?.get(fact)?.has(facts[fact]!));
    if (isExplanation(input.question) && !situationFits && !statesCardSituation && (input.evidence || (plausible && best && best.score >= thresholds.strongMatch))) {
      return { kind: 'explain', unknownInstruments: unknown };
    }
    // A question stating the topic a card exists for (terrorism, FGM, a firearm certificate) is that card's, however
    // its story is told: "testing stuff for something at the parade" shares few words with any phrasing.
    const namesItsTopic = !!best && inDomain && best.topicStated;
    if (best && ((plausible && closeEnough(input, best, facts, thresholds, involved)) || (best.score >= thresholds.match && inDomain) || namesItsTopic)) {
      // "The letter says it's a requirement under section 17 of an Act canishare does not know": that law may really
      // compel disclosure, and no card knows what it requires, so "you don't have to" (or another law's duty) would rest
      // only on not knowing it. The general framework says what turns on it instead.
      const fallback = facts.instrument === 'statutory_request' && unknown.some((key) => claimedUnder(input.question, key)) ? this.framework() : null;
      if (fallback) return { kind: 'framework', decision: resolveDecision(fallback, facts, this.parts.facts), unknownInstruments: unknown };
      return { kind: 'decision', match: best, decision: resolveDecision(best.card, facts, this.parts.facts), unknownInstruments: unknown };
    }
    // A question naming a law that no card answers is answered from that law's own note, when search found one: a
    // passage that never names the law ("delete it under GDPR" finding a passage on FGM notifications) explains nothing.
    if (input.evidence && explainsNamedLaw(input.question, input.passages)) return { kind: 'explain', unknownInstruments: unknown };
    // Two of the agencies canishare serves (police, health, social care) in one story: sharing between them, which the
    // general framework answers.
    const twoServed = COVERED_AGENCIES.filter((agency) => involved.has(agency)).length >= 2;
    const between = [facts.asker, facts.recipient].filter((agency) => agency && COVERED_AGENCIES.includes(agency)).length;
    // One of them sharing with another body canishare does not serve but does not leave alone (a council housing team,
    // an employer): the same common-law routes and data protection basis decide it.
    const withPartner = between === 1 && !!facts.asker && !!facts.recipient && facts.asker !== facts.recipient;
    const fallback = this.framework();
    if (fallback && (inDomain || unknown.length > 0) && (twoServed || between === 2 || withPartner || (between === 1 && unknown.length > 0))) {
      return { kind: 'framework', decision: resolveDecision(fallback, facts, this.parts.facts), unknownInstruments: unknown };
    }
    if (inDomain) return { kind: 'no_guidance' };
    return { kind: 'out_of_scope' };
  }

  private framework() {
    return this.parts.matcher.cards.find((card) => card.fallback) ?? null;
  }

  /** Full questions the person may mean: the closest situations, favouring those that fit who is asking whom. */
  private suggestions(ranked: CardMatch[], facts: QuestionFacts, count: number): string[] {
    const fitting = ranked.filter((m) => m.factFit >= 0);
    return [...new Set((fitting.length >= count ? fitting : ranked).slice(0, count).map((m) => m.card.question))];
  }
}

/**
 * Whether a question is about sharing between the agencies canishare serves: its words say so, search found the
 * knowledge base answers it, or it names an agency without any word of sharing ("Practice nurse. Mum's rung for his
 * result") and a card matches it, with the facts it states and some of its situation words.
 */
export function isInDomain(
  input: Pick<DecideInput, 'scope' | 'evidence'>,
  best: Pick<CardMatch, 'score' | 'factFit' | 'coverage'> | undefined,
  thresholds: DecisionThresholds,
): boolean {
  if (input.scope === 'in_scope' || input.evidence) return true;
  // "New in the force, how do I book leave?" names an agency, and a card may fit its one fact, but its situation
  // words are not the card's.
  return input.scope === 'uncertain' && !!best && best.factFit > 0 && best.score >= thresholds.match && best.coverage >= thresholds.domainCoverage;
}

/**
 * A card close enough to answer on the likeness of its words alone. A question whose words alone do not put it in
 * scope ("where do night staff park?") and that states no fact, or involves none of the agencies canishare serves and
 * states no fact the card fits, also needs the card to use most of its words: a card's car park is not a parking permit.
 */
export function closeEnough(
  input: Pick<DecideInput, 'scope'>,
  best: Pick<CardMatch, 'score' | 'coverage' | 'factFit'>,
  facts: QuestionFacts,
  thresholds: DecisionThresholds,
  involved: ReadonlySet<string> = new Set(),
): boolean {
  const servesNone = !COVERED_AGENCIES.some((agency) => involved.has(agency));
  const factless = input.scope !== 'in_scope' && (Object.keys(facts).length === 0 || (servesNone && best.factFit <= 0));
  return best.score >= thresholds.strongMatch && (!factless || best.coverage >= thresholds.factlessCoverage);
}

export function isExplanation(question: string): boolean {
  // "When we give the police a patient's details, which condition do we record?": the question starts after the clause.
  const asked = askingClause(question.replace(/[’]/g, "'")).replace(LEADING_CLAUSE, '');
  if (ASKS_FOR_THE_BASIS.test(asked) && !ASKS_WHETHER_TO_SHARE.test(asked)) return true;
  return EXPLANATION_FORM.test(asked) && !ASKS_WHAT_TO_DO.test(asked);
}

const LEADING_CLAUSE = /^(?:when|if|before|after|once|where)\b[^,?]{3,140},\s*(?=(?:what|which|who|how)\b)/i;
// "MARAC isn't statutory, so what legal basis do agencies rely on?" asks for the law itself, wherever the words sit;
// "Can I share this, and on what basis?" still asks for a verdict.
const ASKS_FOR_THE_BASIS = /\b(?:what|which)(?:'s| is| are)?\s+(?:our\s+|the\s+|their\s+|my\s+)?(?:legal|lawful)\s+(?:basis|bases|power|powers|gateway)\b|\b(?:give|gives|create|creates|confer|confers)\b[^?]{0,40}\b(?:a|any)\s+(?:new\s+)?(?:legal|lawful|statutory)\s+(?:basis|power|duty|gateway)\b|\b(?:apply|applies)\s+(?:to\s+(?:me|us|our|my|them)\b|in\s+wales\b)|\bcite\b[^?]{0,60}\bas\s+(?:our|the|a)\s+(?:legal|lawful)\s+basis\b/i;
const ASKS_WHETHER_TO_SHARE = /\b(?:can|could|may|should|must)\s+(?:i|we)\s+(?:(?:just|still|legally|lawfully)\s+)?(?:share|tell|give|disclose|pass|send|release|report|hand)\b|\b(?:lets|allows|permits)\s+(?:me|us)\s+(?:to\s+)?(?:share|tell|give|disclose|pass|send)\b|\bon what (?:legal |lawful )?basis\b/i;

/** How many of the best passages may carry the law a question names. */
const NAMED_LAW_DEPTH = 3;

/** The question names a law, and one of the best passages names it too ("s115" and "Section 115" alike). */
function explainsNamedLaw(question: string, passages: Passage[]): boolean {
  const match = NAMES_A_LAW.exec(question);
  if (!match) return false;
  // The pattern stops at the first digit of "section 115": the name runs to the end of its word.
  const end = match.index + match[0].length;
  const named = ` ${words(question.slice(match.index, end) + (/^\w*/.exec(question.slice(end))?.[0] ?? '')).join(' ')} `;
  return passages.slice(0, NAMED_LAW_DEPTH).some((p) => ` ${words(`${p.chunk.title} ${p.chunk.section ?? ''} ${p.chunk.text}`).join(' ')} `.includes(named));
}

/**
 * The question tells a situation and then asks about it ("…off the books. What offence would that be if I did it?"),
 * rather than asking what a law or scheme is: a real story before the asking part, which refers back to it and
 * neither names a law nor asks for a definition.
 */
function describesSituation(question: string): boolean {
  const asked = askingClause(question.replace(/[’]/g, "'"));
  const before = question.slice(0, Math.max(0, question.indexOf(asked.slice(0, 20)))).split(/\s+/).filter(Boolean);
  return before.length >= STORY_WORDS && REFERS_BACK.test(asked) && !ASKS_WHAT_IT_IS.test(asked) && !NAMES_A_LAW.test(asked);
}

/** Words of story before the asking part that make a question about a situation rather than a label ("PPU officer."). */
const STORY_WORDS = 10;
const REFERS_BACK = /\b(?:that|this|it|them|him|her|he|she|they)\b/i;
const ASKS_WHAT_IT_IS = /^(?:what(?:'s|s| is| are| was| were)\b|what does\b[^?]*\b(?:say|mean)\b|which\b|who\b|define\b|explain\b|describe\b|tell me about\b|meaning of\b)/i;

/** The part of a question that asks: its first sentence ending in "?" (or the last sentence), without a leading label such as "RCRP - ". */
function askingClause(question: string): string {
  const sentences = question.split(/(?<=[.!?])\s+/).map((s) => s.trim()).filter(Boolean);
  const asked = sentences.find((s) => s.endsWith('?')) ?? sentences[sentences.length - 1] ?? question;
  return asked.replace(/^[^?.:;]{1,60}?\s[-–—:]\s*/, '');
}
