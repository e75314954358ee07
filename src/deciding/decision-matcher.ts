import type { Passage } from '../core/types.ts';
import type { NormalisedQuery } from '../retrieval/query-normaliser.ts';
import type { FactRoles } from '../understanding/fact-vocabulary.ts';
import type { QuestionFacts } from '../understanding/read-facts.ts';
import type { DecisionCard } from './decision-card.ts';
import type { DecisionSet } from './decision-set.ts';
import { applies } from './resolve-decision.ts';

/** How strongly a question matches one card, and why. */
export interface CardMatch {
  card: DecisionCard;
  score: number;
  /** Best cosine between the question's weighted terms and one of the card's phrasings. */
  lexical: number;
  /** Cosine between the question and all the card's phrasings together. */
  centroid: number;
  /** Best embedding similarity to one of the card's phrasings; 0 without embeddings. */
  dense: number;
  /** Agreement of the question's facts with the card's: positive agrees, negative contradicts. */
  factFit: number;
  /** Share of the words describing the question's situation (rarity-weighted) that the card uses: low when it is about something else. */
  coverage: number;
  /** Share of the top passages that come from notes the card rests on. */
  retrieval: number;
  /** Cosine between the question and the words of what the card says. */
  said: number;
  /** The question states the topic the card exists for: a fact its situation names only when stated (terrorism, FGM). */
  topicStated: boolean;
}

export interface MatchWeights {
  lexical: number;
  centroid: number;
  dense: number;
  retrieval: number;
  /** Cosine between the question and the words of what the card says (its verdict lines and points). */
  said: number;
  /** Added for each fact the question states that the card's situation has. */
  factAgrees: number;
  /** Added instead when that fact is one a card's situation needs stated (see FactRoles): it names the situation. */
  topicAgrees: number;
  /** Taken off for each fact the question states that the card's situation does not have. */
  factConflicts: number;
  /** Taken off when the question states a fact that sets its situation (see FactRoles) and the card does not know it. */
  situationConflicts: number;
}

// Set on the dev split of evals/questions and on phrasings held out of their own cards: meaning (dense, and the
// card's phrasings taken together) counts for more than the words of any one phrasing, because people describe a
// situation in their own words, not in the words of the phrasing closest to theirs. What the card says (its verdict
// lines and points) helps a little more with wording its phrasings lack: "a credible threat… warn her" is in the
// answer to a threat to life, whatever its phrasings say.
export const DEFAULT_MATCH_WEIGHTS: MatchWeights = {
  lexical: 0.3,
  centroid: 1.0,
  dense: 0.6,
  retrieval: 0.1,
  said: 0.4,
  factAgrees: 0.04,
  topicAgrees: 0.16,
  factConflicts: 0.16,
  situationConflicts: 0.4,
};

const TOP_PASSAGES = 5;

type SparseVector = Map<string, number>;

/**
 * Ranks decision cards for a question: by how close it is to the ways people
 * ask each situation (words and meaning), by whether the facts it states fit
 * the situation, and by whether search found the notes the card rests on.
 */
export class DecisionMatcher {
  /** Term → the phrasings that use it, with its weight in each: scoring touches only the question's terms. */
  private readonly postings = new Map<string, { phrasing: number; value: number }[]>();
  private readonly phrasingCard: number[];
  private readonly centroids: SparseVector[];
  private readonly saidVectors: SparseVector[];
  private readonly idf: Map<string, number>;
  private readonly unknownIdf: number;
  private readonly basis: Set<string>[];
  /** Every term a card uses, in its phrasings and in what it says. */
  private readonly vocabulary: Set<string>[];

  /**
   * `roles` names facts that count in a special way. `onlyWhenStated`: a situation naming the fact suits only a
   * question that states it (a card about Wales does not answer a question that never mentions Wales).
   * `setsSituation`: a question stating the fact is about a situation only cards that know the fact decide (a
   * request through a personal contact is not an ordinary police request).
   */
  constructor(
    private readonly set: DecisionSet,
    private readonly roles: FactRoles = { onlyWhenStated: new Set(), setsSituation: new Map() },
    private readonly weights: MatchWeights = DEFAULT_MATCH_WEIGHTS,
  ) {
    // Phrasings of one card come together, so a term's cards are counted by noting the last card seen with it.
    const cardCount = new Map<string, number>();
    const lastCard = new Map<string, number>();
    for (const phrasing of set.phrasings) {
      for (const term in phrasing.terms) {
        if (lastCard.get(term) === phrasing.card) continue;
        lastCard.set(term, phrasing.card);
        cardCount.set(term, (cardCount.get(term) ?? 0) + 1);
      }
    }
    const n = Math.max(1, set.cards.length);
    this.idf = new Map();
    for (const [term, count] of cardCount) this.idf.set(term, Math.log(1 + n / count));
    // A question word no card uses still dilutes the match, but less than a word every card has in common would.
    this.unknownIdf = Math.log(1 + n) * 0.35;
    const sums = set.cards.map(() => new Map<string, number>());
    this.phrasingCard = set.phrasings.map((p) => p.card);
    set.phrasings.forEach((p, phrasing) => {
      // Each phrasing's terms weighted by rarity and scaled to unit length, as a question's are.
      let norm = 0;
      for (const term in p.terms) norm += (p.terms[term]! * this.idf.get(term)!) ** 2;
      norm = Math.sqrt(norm) || 1;
      const sum = sums[p.card]!;
      for (const term in p.terms) {
        const value = (p.terms[term]! * this.idf.get(term)!) / norm;
        const list = this.postings.get(term);
        if (list) list.push({ phrasing, value });
        else this.postings.set(term, [{ phrasing, value }]);
        sum.set(term, (sum.get(term) ?? 0) + value);
      }
    });
    this.centroids = sums.map(unit);
    // A word only cards' lines use is weighed by how many cards say it, as phrasing words are by how many cards use them.
    const saidCount = new Map<string, number>();
    for (const terms of set.said) for (const term of terms) saidCount.set(term, (saidCount.get(term) ?? 0) + 1);
    this.saidVectors = set.said.map((terms) => unit(new Map(terms.map((term) => [term, this.idf.get(term) ?? Math.log(1 + n / saidCount.get(term)!)]))));
    this.vocabulary = set.cards.map((_, index) => new Set([...this.centroids[index]!.keys(), ...set.said[index]!]));
    this.basis = set.cards.map(
      (card) => new Set([card.answer, ...card.exceptions, ...card.points].flatMap((part) => part.restsOn.map((id) => id.split('#')[0]!))),
    );
  }

  get cards(): DecisionCard[] {
    return this.set.cards;
  }

  /** The roles the matcher gives facts, for deciding by them as it matches by them. */
  get factRoles(): FactRoles {
    return this.roles;
  }

  /** Every card, best match first. `vector` is the question's embedding, when dense search ran. */
  /** `involved`: the agencies the question involves, by name or context; null when not known. */
  rank(query: NormalisedQuery, vector: number[] | null, facts: QuestionFacts, passages: Passage[], situation: string[] = [], involved: ReadonlySet<string> | null = null): CardMatch[] {
    const q = unit(this.weigh(query.weights, true));
    const situationWeights = situation.map((term) => [term, this.idf.get(term) ?? this.unknownIdf] as const);
    const situationMass = situationWeights.reduce((sum, [, w]) => sum + w, 0);
    const lexical = new Array<number>(this.set.cards.length).fill(0);
    const dense = new Array<number>(this.set.cards.length).fill(0);
    const perPhrasing = new Float64Array(this.phrasingCard.length);
    for (const [term, weight] of q) for (const { phrasing, value } of this.postings.get(term) ?? []) perPhrasing[phrasing]! += weight * value;
    const d = this.set.dimensions;
    const useDense = vector !== null && vector.length === d;
    this.phrasingCard.forEach((card, i) => {
      lexical[card] = Math.max(lexical[card]!, perPhrasing[i]!);
      if (!useDense) return;
      let similarity = 0;
      for (let j = 0, offset = i * d; j < d; j += 1) similarity += vector[j]! * this.set.vectors[offset + j]!;
      dense[card] = Math.max(dense[card]!, similarity);
    });
    const topDocs = passages.slice(0, TOP_PASSAGES).map((p) => p.chunk.docId);
    const w = this.weights;
    // A card written for an agency canishare otherwise leaves alone (immigration enforcement) answers only a story
    // that involves that agency: "worried about his immigration status" is not a request from it.
    const forOutsider = (card: DecisionCard) => card.involves.length > 0 && card.involves.every((agency) => this.roles.outsideRemit?.has(agency));
    return this.set.cards
      .map((card, index) => {
        const centroid = dot(q, this.centroids[index]!);
        let covered = 0;
        for (const [term, weight] of situationWeights) if (this.vocabulary[index]!.has(term)) covered += weight;
        const uninvolved = involved !== null && card.involves.length > 0 && !card.involves.some((agency) => involved.has(agency));
        const factFit = this.factFit(card, facts) - (uninvolved ? w.factConflicts : 0);
        const retrieval = topDocs.length === 0 ? 0 : topDocs.filter((doc) => this.basis[index]!.has(doc)).length / topDocs.length;
        const said = dot(q, this.saidVectors[index]!);
        const score = w.said * said + w.lexical * lexical[index]! + w.centroid * centroid + w.dense * dense[index]! + w.retrieval * retrieval + factFit;
        const topicStated = Object.entries(card.facts).some(([fact, values]) => this.roles.onlyWhenStated.has(fact) && values.includes(facts[fact]!));
        return { card, score, lexical: lexical[index]!, centroid, said, dense: dense[index]!, factFit, coverage: situationMass === 0 ? 1 : covered / situationMass, retrieval, topicStated };
      })
      .filter(({ card }) => involved === null || !forOutsider(card) || card.involves.some((agency) => involved.has(agency)))
      .sort((a, b) => b.score - a.score);
  }

  /** Facts the question states, held against the card's situation and the exceptions it knows about. */
  private factFit(card: DecisionCard, facts: QuestionFacts): number {
    let fit = 0;
    const situations = [...this.roles.setsSituation].filter(([fact, values]) => facts[fact] !== undefined && (!values || values.has(facts[fact]!)));
    const turnsOn = (fact: string) => card.branchesOn === fact || card.exceptions.some((exception) => exception.when[fact]?.includes(facts[fact]!));
    const decides = (fact: string) => !!card.facts[fact]?.includes(facts[fact]!) || turnsOn(fact);
    const decidesStatedSituation = situations.some(([fact]) => decides(fact));
    // A card for more than one situation ("a look for oneself", "a request through a friend") is not held to the
    // others when the question is in one of them, and is held once when it is in none: "a request for one's own
    // records, or a reason to limit one" is one situation the question is not in, not two.
    let heldToUnstatedSituation = situations.some(([fact]) => !!card.facts[fact]?.includes(facts[fact]!));
    for (const [fact, values] of Object.entries(card.facts)) {
      const stated = facts[fact];
      if (stated === undefined) {
        if (!this.roles.onlyWhenStated.has(fact)) continue;
        if (this.roles.setsSituation.has(fact)) {
          if (heldToUnstatedSituation) continue;
          heldToUnstatedSituation = true;
        }
        fit -= this.roles.strictlyWhenStated?.has(fact) ? this.weights.situationConflicts : this.weights.factConflicts;
        continue;
      }
      const known = new Set([...values, ...card.exceptions.flatMap((exception) => exception.when[fact] ?? [])]);
      const topic = this.roles.onlyWhenStated.has(fact);
      if (known.has(stated)) fit += topic ? this.weights.topicAgrees : this.weights.factAgrees;
      else fit -= topic ? this.weights.situationConflicts : this.weights.factConflicts;
    }
    // A card that decides by a fact the question states (its branches, or an exception for that value) fits it too;
    // an exception that also needs facts the question does not state ("an adult victim who refuses") is not yet one.
    // What the question asks ("do I have to?") is no part of the situation: every card can be asked it.
    for (const [fact, stated] of Object.entries(facts)) {
      if (card.facts[fact] !== undefined || this.roles.whatIsAsked?.get(fact)?.has(stated)) continue;
      if (card.branchesOn === fact || card.exceptions.some((exception) => exception.when[fact]?.includes(stated) && applies(facts, exception))) fit += this.weights.factAgrees;
    }
    // A card for one side's own questions does not answer a question put to that side: "we've had a police request
    // form" is health asking about the police, not the police asking.
    const askers = card.facts.asker;
    if (askers && facts.asker === undefined && facts.recipient !== undefined && askers.includes(facts.recipient)) fit -= this.weights.factConflicts;
    // A situation the question states that the card knows nothing of counts against it, unless the card decides
    // another situation the question states: a coroner's notice that arrives while the local paper is ringing is
    // still a coroner's notice.
    const knows = (fact: string) => card.facts[fact] !== undefined || turnsOn(fact);
    if (!decidesStatedSituation) {
      for (const [fact] of situations) if (!knows(fact)) fit -= this.weights.situationConflicts;
    }
    return fit;
  }

  private weigh(terms: Map<string, number>, includeUnknown = false): SparseVector {
    const out: SparseVector = new Map();
    for (const [term, weight] of terms) {
      const idf = this.idf.get(term) ?? (includeUnknown ? this.unknownIdf : 0);
      if (idf > 0) out.set(term, weight * idf);
    }
    return out;
  }
}

function unit(vector: SparseVector): SparseVector {
  let norm = 0;
  for (const value of vector.values()) norm += value * value;
  norm = Math.sqrt(norm) || 1;
  return new Map([...vector].map(([term, value]) => [term, value / norm]));
}

function dot(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, value] of small) {
    const other = large.get(term);
    if (other !== undefined) sum += value * other;
  }
  return sum;
}
