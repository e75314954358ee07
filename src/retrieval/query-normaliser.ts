import { distance } from 'fastest-levenshtein';
import type { Glossary } from '../knowledge/glossary.ts';
import { EnglishWords } from './english-words.ts';
import { containsSequence, escapeRegExp, isStopword, stem, words } from './text.ts';

/** A question made ready for search. */
export interface NormalisedQuery {
  /** The question's own words plus glossary expansions, for embedding. */
  text: string;
  /** Stemmed term → weight: the question's own terms weigh 1, expansions less. */
  weights: Map<string, number>;
  /** Stemmed terms of the question itself (after spelling correction), for measuring coverage. */
  baseTerms: string[];
  /** Stemmed terms of earlier questions in the thread, which a follow-up leans on. */
  contextTerms: string[];
  /** Base terms that name a specific scheme, form or statute (from the glossary's acronyms and the anchor list). */
  anchorTerms: string[];
  /** For each base term, the stems that the glossary says mean the same ("cop" → "polic", …). */
  alternatives: Map<string, string[]>;
}

const EXPANSION_WEIGHT = 0.4;
const MAX_REMEMBERED_CORRECTIONS = 10_000;
const CONTEXT_WEIGHT = 0.5;

interface Expansion {
  trigger: string[];
  addWords: string[];
}

/**
 * Expands acronyms and synonyms from the glossary, corrects misspellings
 * against the corpus's own vocabulary, and weights terms so that what the
 * person typed counts more than what was added.
 */
export class QueryNormaliser {
  private readonly expansions: Expansion[];
  private readonly knownWords: Set<string>;
  private readonly vocabularyByLength = new Map<number, string[]>();

  private readonly anchors: Set<string>;
  private readonly corrections = new Map<string, string>();
  private readonly acronyms: { pattern: RegExp; term: string }[];
  private readonly english = new EnglishWords();

  /** `anchors` are words that name specific schemes, forms or statutes; the glossary's acronyms are anchors too. */
  constructor(glossary: Glossary, vocabulary: Iterable<string>, anchors: string[] = []) {
    this.expansions = buildExpansions(glossary);
    this.anchors = new Set(anchors.map((phrase) => words(phrase)).filter((w) => w.length === 1).map((w) => stem(w[0]!)));
    // An acronym counts only as typed ("APP", not "app"): many are ordinary words in lower case.
    this.acronyms = Object.keys(glossary.acronyms)
      .filter((key) => words(key).length === 1)
      .map((key) => ({ pattern: new RegExp(`(?<![\\w&])${escapeRegExp(key)}(?![\\w&])`), term: stem(words(key)[0]!) }));
    this.knownWords = new Set(vocabulary);
    for (const expansion of this.expansions) for (const word of expansion.trigger) this.knownWords.add(word);
    for (const word of this.knownWords) {
      if (!/^[a-z]+$/.test(word)) continue;
      const list = this.vocabularyByLength.get(word.length) ?? [];
      list.push(word);
      this.vocabularyByLength.set(word.length, list);
    }
  }

  /** The words of a text, with misspellings corrected to words the knowledge base uses. */
  correctedWords(text: string): string[] {
    return words(text).map((word) => this.correct(word));
  }

  /** `context` is earlier questions in the thread; their terms help a short follow-up find its topic. */
  normalise(question: string, context: string[] = []): NormalisedQuery {
    const ownWords = this.correctedWords(question);
    const weights = new Map<string, number>();
    const add = (word: string, weight: number) => {
      if (isStopword(word) || (word.length < 2 && !/\d/.test(word))) return;
      const term = stem(word);
      weights.set(term, Math.max(weights.get(term) ?? 0, weight));
    };
    const added: string[] = [];
    for (const word of ownWords) add(word, 1);
    const baseTerms = [...weights.keys()];
    const alternatives = new Map<string, string[]>();
    for (const expansion of this.expansions) {
      if (!containsSequence(ownWords, expansion.trigger)) continue;
      const addedStems = expansion.addWords.filter((word) => !isStopword(word)).map(stem);
      for (const word of expansion.trigger) {
        const term = stem(word);
        if (weights.get(term) === 1) alternatives.set(term, [...(alternatives.get(term) ?? []), ...addedStems]);
      }
      for (const word of expansion.addWords) {
        add(word, EXPANSION_WEIGHT);
        added.push(word);
      }
    }
    const contextWords = context.flatMap((earlier) => this.correctedWords(earlier));
    for (const word of contextWords) add(word, CONTEXT_WEIGHT);
    const contextTerms = [...weights].filter(([, weight]) => weight === CONTEXT_WEIGHT).map(([term]) => term);
    const text = [ownWords.join(' '), added.join(' '), contextWords.join(' ')].filter(Boolean).join(' ');
    const typedAcronyms = [question, ...context].flatMap((text) => this.acronyms.filter(({ pattern }) => pattern.test(text)).map(({ term }) => term));
    const anchorTerms = [...new Set([...[...baseTerms, ...contextTerms].filter((term) => this.anchors.has(term)), ...typedAcronyms])];
    return { text, weights, baseTerms, contextTerms, alternatives, anchorTerms };
  }

  /** Replaces a misspelt word the corpus never uses with the closest word it does, if one is close enough. */
  private correct(word: string): string {
    if (word.length < 5 || !/^[a-z]+$/.test(word) || this.knownWords.has(word) || isStopword(word)) return word;
    // Search, matching and fact reading all correct the same question; the edit-distance scan is the costly part.
    const known = this.corrections.get(word);
    if (known !== undefined) return known;
    // The word list is read only when a correction is in view, so most questions never load it.
    const closest = this.closest(word);
    const corrected = closest !== word && this.english.has(word) ? word : closest;
    if (this.corrections.size >= MAX_REMEMBERED_CORRECTIONS) this.corrections.clear();
    this.corrections.set(word, corrected);
    return corrected;
  }

  private closest(word: string): string {
    const maxEdits = word.length >= 8 ? 2 : 1;
    let best = word;
    let bestDistance = maxEdits + 1;
    for (let length = word.length - maxEdits; length <= word.length + maxEdits; length += 1) {
      for (const candidate of this.vocabularyByLength.get(length) ?? []) {
        const d = distance(word, candidate);
        if (d < bestDistance) {
          best = candidate;
          bestDistance = d;
        }
      }
    }
    return best;
  }
}

function buildExpansions(glossary: Glossary): Expansion[] {
  const expansions: Expansion[] = [];
  for (const [acronym, meaning] of Object.entries(glossary.acronyms)) {
    expansions.push({ trigger: words(acronym), addWords: words(meaning) });
  }
  for (const group of glossary.synonyms) {
    const members = group.map((member) => words(member));
    for (const member of members) {
      const others = members.filter((other) => other !== member).flat();
      expansions.push({ trigger: member, addWords: others });
    }
  }
  return expansions.filter((expansion) => expansion.trigger.length > 0);
}
