import { escapeRegExp, words } from '../retrieval/text.ts';
import { expandAlternatives, type FactVocabulary } from './fact-vocabulary.ts';
import { compilePattern, firstWords, matchesAt, type Phrase, type PhrasePattern, startsAt } from './phrase-pattern.ts';

/** What a question says about the situation: fact name → value. A fact the question does not give is absent. */
export type QuestionFacts = Record<string, string>;

type Tokens = string[];

interface Span {
  start: number;
  end: number;
}

interface PhraseMatch extends Span {
  value: string;
  /** The value's place in its fact's list: the earlier wins when several match. */
  order: number;
  negated: boolean;
}

// "skip the production order": what the asker would do without is not what they have; "unless he agrees": what
// would change the answer has not happened.
// Chat often drops the apostrophe ("hasnt agreed"), which the tokenizer cannot expand as it does "hasn't".
const NEGATIONS = new Set(['not', 'no', 'never', 'without', 'nor', 'skip', 'skipping', 'bypass', 'bypassing', 'unless',
  'hasnt', 'havent', 'hadnt', 'doesnt', 'dont', 'didnt', 'isnt', 'arent', 'wasnt', 'werent', 'wont', 'cant', 'couldnt', 'shouldnt', 'wouldnt', 'mustnt']);
/** The end of a sentence: its mark and the space after it, so "s.136" and "3.5" stay whole. */
const SENTENCE_END = /[.?!;]+\s+/;
const SENTENCE_BREAK = '|';
/**
 * A bracket opens or closes an aside: "without the parents' consent (inconsistent story re burn)". Brackets inside
 * a word are not asides: "a 135(1) warrant", "s.47(1)".
 */
const BRACKET = /(?:^|\s)\(\s*|(?<!\(\w{1,3})\)(?=\s|$)/;
const CLAUSE_BREAK = '(';
/** A bracketed aside of one to three words after a space, closed before the sentence ends: "(with PR)", "(who is NR)". */
const SHORT_ASIDE = /(^|\s)\(\s*((?:[^\s()]+\s+){0,2}[^\s()]+)\s*\)(?=[\s.,;:?!]|$)/g;
/** How many words before a phrase a negation still applies to it. */
const NEGATION_REACH = 3;
const set = (list: string[]) => new Set(list);
/** Words that carry a negation to what follows without using up its reach: "no concerns about coercion, exploitation or abuse", "no red flags for exploitation". */
const NEGATION_CARRIERS = set(['concerns', 'concern', 'worries', 'about', 'of', 'signs', 'evidence', 'suggestion', 'indication', 'indicators', 'red', 'flags']);
const ARTICLES = set(['a', 'an', 'the']);
const ALTERNATIVES = set(['or', 'nor']);
const ASIDE_NOUNS = set(['thing', 'matter', 'issue', 'question', 'point']);
/** Words that start a new clause, past which a negation does not reach. */
const CLAUSE_JOINS = set(['and', 'but', 'so', 'although', 'though', CLAUSE_BREAK]);
/** "with his CPN", "to her GP": words that may sit between "to" or "with" and the agency. */
const DETERMINERS = set(['a', 'an', 'the', 'his', 'her', 'their', 'our', 'my', 'your', 'its', 'local']);
/** Words that may sit between an agency and the verb saying it asked ("the police have now asked"). */
const BETWEEN_SUBJECT_AND_VERB = set(['have', 'has', 'are', 'is', 'just', 'now', 'also', 'again', 'had', 'were', 'was', 'keep', 'officer', 'officers', 'team', 'staff', 'themselves', 'then', 'today', 'initially', 'already', 'formally', 'urgently', 'who', 'that', 'station', 'researcher', 'analyst', 'coordinator']);
/** Words that may sit between a verb of giving and the agency ("tell the local police", "share it with our GP", "tell the detainee's mum"). */
const BETWEEN_VERB_AND_AGENCY = set(['the', 'a', 'an', 'to', 'with', 'our', 'local', 'their', 'his', 'her', 'it', 'this', 'that', 'them', 'him', 'patient', 'patients', 'pt', 'pts', 'my', 'detainee', 'prisoner', 'suspect', 'victim', 'person', 'client', 'child', 'boy', 'girl', 'lad', 'information', 'info', 'details', 'records', 'notes', 'on', 'over', 'about', 'know', 'triage', 'duty', 'treating', 'attending', 'receiving', 'named', 'community', 'district']);
const TO_OR_WITH = set(['to', 'with']);
/** Words that can stand between a verb of calling and what the caller said: who was called, and how. */
const CALL_ASIDES = set(['me', 'us', 'in', 'tears', 'crying', 'upset', 'angry', 'furious', 'distressed', 'back', 'again', 'today', 'the', 'ward', 'practice', 'surgery', 'reception']);
const BETWEEN_NOT_AND_AGENCY = set(['a', 'an', 'the', 'from']);
/** After a verb of giving, these stand for someone named earlier ("…a mental health nurse. Can I phone her?"). */
const PRONOUNS = set(['her', 'him', 'them']);
/** Verbs of giving in the past: with "me" they say how the asker learned something, not what they want. */
const PAST_TELLING = set(['told', 'shared', 'reported', 'informed', 'warned', 'alerted']);
/** Before an agency, these make it the place someone went or rang ("came to the practice asking…", "attends the surgery asking…"), not the one asking. */
const PLACE_PREPOSITIONS: Phrase[] = ['to', 'at', 'into', 'in', 'on', 'attends', 'attended', 'visits', 'visited', 'rang', 'rings', 'phoned', 'phones', 'called', 'calls', 'contacted', 'contacts', 'emailed'].map((word) => [word]);
/** A role that opens the question, up to its first full stop, colon, comma or dash. */
const LABEL = /^\s*([^.?!:;,\n]{1,80}?)\s*(?:[.:;,]|\s[-–—]\s)/;
const LABEL_WORDS = 9;
/** A short last sentence after a question mark: where a sign-off role would be. */
const SIGN_OFF = /\?\s+([^.?!\n]{1,60}?)[.!]?\s*$/;
const ROLE_WORDS = 4;
/** Where the role ends and what it works in or on, or what it brings, begins ("Nurse in charge at an urgent care centre", "receptionist q"). */
const LABEL_STOPS = set(['in', 'at', 'on', 'from', 'with', 'for', 'of', 'working', 'based', 'covering', 'q', 'question', 'query', 'here']);
/** Words that make the opening a sentence ("He is…", "We have…", "The police…") rather than a role ("Custody sergeant"). */
const NOT_A_ROLE = set(['i', 'we', 'he', 'she', 'they', 'you', 'it', 'my', 'our', 'his', 'her', 'their', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'can', 'could', 'should', 'do', 'does', 'did', 'will', 'would', 'the', 'this', 'that', 'there']);
const VERB_REACH = 8;
/** Words for the justification of a request: a holder asking for them is questioning the request, not making one. */
const GROUNDS = set(['grounds', 'justification', 'justify', 'basis']);
/** Before a word such as "report", these make it a noun: "a written report on the family". */
const NOUN_MARKERS = set(['a', 'an', 'the', 'written', 'full', 'brief', 'short', 'my', 'our', 'your', 'this', 'that', 'medical', 'safeguarding']);
/** Between a verb of giving and "to", these make the agency the one asked: "send a request to her GP" asks the GP for something. */
const REQUEST_NOUNS = set(['request', 'requests', 'application', 'applications', 'dp7', 'dp9', 'enquiry', 'enquiries']);
/** How far a request may follow its agency in the same clause ("police are looking into it and have asked me for…"). */
const REQUEST_REACH = 12;
/** A new subject ends the clause an agency leads: "police came and we asked for…" has us asking, not the police. */
const SUBJECTS = set(['i', 'we', 'he', 'she', 'they', 'you', 'who']);
/** How many words may describe an agency before its verb of asking ("a DC investigating a burglary at his flat wants"). */
const DESCRIBED_REACH = 7;
/** Who, opening the sentence after an agency arrived, is that agency. */
const ARRIVAL_PRONOUNS = set(['he', 'she', 'they']);
/** After a verb of asking, these show a request made of the asker ("asked me for", "asking for a report", "rang reception asking"). */
const ASKED_OF = set(['me', 'us', 'for', 'reception']);
/** Verbs of asking that, after "and", take the agency before them as subject ("the panel meets and wants our notes"). */
const JOINED_REQUEST = set(['wants', 'needs', 'asks', 'requests', 'has', 'is', 'are', 'would']);

/** Splits text into the words facts are matched on; the engine passes a version that corrects misspellings first. */
export type ToWords = (text: string) => string[];

/**
 * Reads from a question the facts that decide sharing questions: who is
 * asking whom, age, instrument, risk, consent, urgency, death and the rest
 * listed in knowledge/facts/. Plain matching of phrases, so it is fast,
 * predictable and easy to extend in data.
 */
export class FactReader {
  private readonly agencies: { name: string; phrases: Phrase[]; context: Phrase[] }[];
  private readonly disowned: RegExp;
  private readonly facts: {
    name: string;
    values: { value: string; patterns: PhrasePattern[] }[];
    agePatterns: RegExp[];
    ageBands: { below?: number; value: string }[];
    onlyWith: Phrase[];
    onlyWithAgency: string[];
    unless: [string, Set<string>][];
    unstated: Set<string>;
    notNegated: boolean;
    firstMentionedWins: boolean;
    youngestAgeDecides: boolean;
    notInQuotations: boolean;
  }[];
  /** Every fact phrase, by the words it can start with, so a question is matched against only the phrases its words can start. */
  private readonly factPhrases = new Map<string, { fact: string; value: string; order: number; pattern: PhrasePattern }[]>();
  private readonly self: Phrase[];
  private readonly selfAfter: Set<string>;
  private readonly requesting: Phrase[];
  private readonly arriving: Phrase[];
  private readonly requestingBefore: Phrase[];
  private readonly giving: Phrase[];
  private readonly toAsker: Set<string>;
  private readonly obtaining: Phrase[];
  private readonly notReferredTo: Map<string, Set<string>>;
  private readonly askerPhrases: { agency: string; phrases: Phrase[] }[];
  /** For each agency, the names of every other agency. */
  private readonly otherAgencyPhrases: Map<string, Phrase[]>;

  private readonly toTokens: (text: string) => Tokens;

  constructor(vocabulary: FactVocabulary, toWords: ToWords = words) {
    // Sentences are kept apart by a token no phrase contains, so "Can I tell her? PC, DA team" does not read as
    // telling a PC, and a "not" in one sentence does not negate the next.
    // A short aside ("Father (with PR) has put in a SAR") is read after its sentence, so the sentence reads on across it.
    const toClauses = (sentence: string): Tokens => {
      const asides: string[] = [];
      const main = sentence.replace(SHORT_ASIDE, (_whole, before: string, aside: string) => {
        asides.push(aside);
        return `${before} `;
      });
      const clauses = [...main.split(BRACKET), ...asides];
      return clauses.flatMap((clause, i) => (i === 0 ? toWords(clause) : [CLAUSE_BREAK, ...toWords(clause)]));
    };
    const toTokens = (text: string): Tokens => text.split(SENTENCE_END).flatMap((sentence, i) => (i === 0 ? toClauses(sentence) : [SENTENCE_BREAK, ...toClauses(sentence)]));
    this.toTokens = toTokens;
    // Phrases are not spell-corrected: they are the vocabulary questions are corrected towards.
    // Most phrases are plain lower-case words, which split as they are; thousands of them are read at every start.
    const phraseWords = (item: string) => (/^[a-z ]+$/.test(item) ? item.split(' ').filter(Boolean) : words(item));
    const list = (items: string[]) => items.flatMap(expandAlternatives).map(phraseWords).filter((p) => p.length > 0);
    this.agencies = Object.entries(vocabulary.agencies).map(([name, def]) => ({ name, phrases: list(def.phrases), context: list(def.context ?? []) }));
    const names = Object.values(vocabulary.agencies)
      .flatMap((def) => def.phrases.flatMap(expandAlternatives))
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp);
    const alternatives = names.join('|');
    // "no mention of the coroner or identifying anyone" rules the coroner out wherever the sentence goes next.
    this.disowned = new RegExp(
      `\\b(?:not|n't)\\s+(?:(?:from|for|on\\s+behalf\\s+of|acting\\s+for|working\\s+for)\\s+)?(?:(?:the|a|an)\\s+)?(?:${alternatives})(?:'s\\s+(?:office|officer|team|service))?(?=\\s*(?:[-–—),.;:]|$)|\\s+(?:on|in|with)\\s+(?:this|that|it|here)\\b)` +
        `|\\bno\\s+(?:mention|word|sign|suggestion|involvement)\\s+(?:of|from)\\s+(?:(?:the|a|an|any)\\s+)?(?:${alternatives})(?:'s\\s+(?:office|officer|team|service))?\\b`,
      'gi',
    );
    this.otherAgencyPhrases = new Map(this.agencies.map(({ name }) => [name, this.agencies.filter((other) => other.name !== name).flatMap((other) => other.phrases)]));
    this.facts = Object.entries(vocabulary.facts).map(([name, def]) => ({
      name,
      // Fact phrases are most of the vocabulary and multiply out to well over 100,000 combinations, so they stay patterns.
      values: Object.entries(def.values).map(([value, phrases]) => ({ value, patterns: phrases.flatMap((phrase) => compilePattern(phrase, phraseWords)) })),
      agePatterns: (def.age_patterns ?? []).map((pattern) => new RegExp(pattern, 'gi')),
      ageBands: def.age_bands ?? [],
      onlyWith: list(def.only_with ?? []),
      onlyWithAgency: [def.only_with_agency ?? []].flat(),
      unless: Object.entries(def.unless ?? {}).map(([other, values]) => [other, new Set(values)] as [string, Set<string>]),
      unstated: new Set(def.leaves_unstated ?? []),
      notNegated: def.not_negated ?? false,
      firstMentionedWins: def.first_mentioned_wins ?? false,
      youngestAgeDecides: def.youngest_age_decides ?? false,
      notInQuotations: def.not_in_quotations ?? false,
    }));
    for (const fact of this.facts) {
      fact.values.forEach(({ value, patterns }, order) => {
        for (const pattern of patterns) {
          const entry = { fact: fact.name, value, order, pattern };
          for (const word of firstWords(pattern)) {
            const list = this.factPhrases.get(word);
            if (list) list.push(entry);
            else this.factPhrases.set(word, [entry]);
          }
        }
      });
    }
    const { reading } = vocabulary;
    this.self = list(reading.self);
    this.selfAfter = new Set(reading.self_after.flatMap((item) => words(item)));
    this.requesting = list(reading.requesting);
    this.arriving = list(reading.arriving);
    this.requestingBefore = list(reading.requesting_before);
    this.giving = list(reading.giving);
    this.toAsker = new Set(reading.to_asker.flatMap((item) => words(item)));
    this.obtaining = list(reading.obtaining);
    this.notReferredTo = new Map(Object.entries(reading.not_referred_to).map(([pronoun, items]) => [pronoun, new Set(items.flatMap((item) => words(item)))]));
    this.askerPhrases = Object.entries(reading.asker_phrases).map(([agency, phrases]) => ({ agency, phrases: list(phrases) }));
  }

  read(question: string): QuestionFacts {
    const tokens = this.toTokens(question);
    const facts: QuestionFacts = {};
    let involved: Set<string> | null = null;
    const found = this.factPhrasesIn(tokens);
    let foundUnquoted: Map<string, PhraseMatch[]> | null = null;
    for (const fact of this.facts) {
      if (fact.onlyWith.length > 0 && !fact.onlyWith.some((phrase) => occurrences(tokens, phrase).length > 0)) continue;
      if (fact.onlyWithAgency.length > 0) {
        const present = (involved ??= this.involvedIn(tokens));
        if (!fact.onlyWithAgency.some((agency) => present.has(agency))) continue;
      }
      const matches = fact.notInQuotations ? (foundUnquoted ??= this.factPhrasesIn(this.toTokens(withoutQuotations(question)))) : found;
      const value = this.valueOf(fact, matches.get(fact.name) ?? [], question);
      if (value && !fact.unstated.has(value)) facts[fact.name] = value;
    }
    // Only once every fact is read: the fact an exclusion depends on may be defined later. Every age stated counts,
    // not just the one read: "a 25-year-old boyfriend… she is 14" speaks of a child too.
    for (const fact of this.facts) {
      const excludedBy = ([other, values]: [string, Set<string>]) =>
        facts[other] !== undefined && this.everyStatedValue(other, facts, question).every((value) => value !== null && values.has(value));
      if (fact.unless.some(excludedBy)) delete facts[fact.name];
    }
    const { asker, recipient } = this.whoAsksWhom(tokens, this.toTokens(withoutQuotations(question)), this.labelAgency(question));
    if (asker) facts.asker = asker;
    if (recipient) facts.recipient = recipient;
    return facts;
  }

  /**
   * The question without the agencies it says, in an aside, are not involved ("CID, not the coroner's officer -"),
   * so that a card is not chosen for the words of an agency the question rules out. "Not a court order, a form"
   * keeps its words: there the agency names a kind of request, which the facts already read as negated.
   */
  withoutDisowned(question: string): string {
    return question.replace(/[’‘]/g, "'").replace(this.disowned, ' ');
  }

  /** Agencies a question involves, by name or by context ("patient" involves health; "arrested" involves the police). */
  agenciesInvolved(question: string): Set<string> {
    return this.involvedIn(this.toTokens(question));
  }

  private involvedIn(tokens: Tokens): Set<string> {
    const involved = new Set<string>();
    for (const { name, phrases, context } of this.agencies) {
      if (phrases.some((phrase) => this.mentions(tokens, name, phrase).length > 0) || context.some((phrase) => occurrences(tokens, phrase).length > 0)) involved.add(name);
    }
    return involved;
  }

  /** Each fact's phrases that occur in the question, with where they stand and whether a negation reaches them. */
  private factPhrasesIn(tokens: Tokens): Map<string, PhraseMatch[]> {
    const found = new Map<string, PhraseMatch[]>();
    tokens.forEach((token, start) => {
      // A phrase's word also matches its plural ("officers" for "officer").
      // A pattern that can start with both "officer" and "officers" is listed under both, and read once.
      const candidates = new Set([...(this.factPhrases.get(token) ?? []), ...(token.endsWith('s') ? (this.factPhrases.get(token.slice(0, -1)) ?? []) : [])]);
      for (const { fact, value, order, pattern } of candidates) {
        for (const { end, firstWord } of matchesAt(tokens, start, pattern)) {
          const span = { start, end };
          const list = found.get(fact) ?? [];
          list.push({ value, order, ...span, negated: negated(tokens, span, firstWord) || setAside(tokens, span) });
          found.set(fact, list);
        }
      }
    });
    return found;
  }

  /** The fact's value as read, and for a fact read from ages, the value of every age the question states. */
  private everyStatedValue(name: string, facts: QuestionFacts, question: string): (string | null)[] {
    const fact = this.facts.find((f) => f.name === name);
    const ages = fact ? agesInYears(question, fact.agePatterns) : [];
    return ages.length > 0 ? ages.map((years) => ageBand(fact!, years)) : [facts[name] ?? null];
  }

  private valueOf(fact: FactReader['facts'][number], found: PhraseMatch[], question: string): string | null {
    const ages = agesInYears(question, fact.agePatterns);
    const [years] = fact.youngestAgeDecides ? ages.sort((a, b) => a - b) : ages;
    // A stated number of years settles the fact, even as unstated when no band takes it: words do not override it.
    if (years !== undefined) return ageBand(fact, years);
    // A word inside a negated phrase is negated too: "summons" in "no court order or witness summons".
    const negated = (m: PhraseMatch) => m.negated && !fact.notNegated;
    const matches = found.filter(
      (m) => !negated(m) && !found.some((other) => negated(other) && other.start <= m.start && other.end >= m.end && other.end - other.start > m.end - m.start),
    );
    // A longer phrase of another value that covers a match wins: "threatened to kill himself" is a risk to self, not to others.
    const standing = matches.filter(
      (m) => !matches.some((other) => other.value !== m.value && other.start <= m.start && other.end >= m.end && other.end - other.start > m.end - m.start),
    );
    if (standing.length === 0) return null;
    if (fact.firstMentionedWins) return standing.reduce((a, b) => (b.start < a.start ? b : a)).value;
    return standing.reduce((a, b) => (b.order < a.order ? b : a)).value;
  }

  /**
   * "Custody sergeant, 3am. …", "A&E nurse: …", "DC on a rape investigation. …": a short role that opens the
   * question, before any verb, says who is asking. The role is the words before a preposition ("Nurse in charge
   * at…"), and its last word names the agency, so "Police liaison nurse" is health.
   */
  private labelAgency(question: string): string | null {
    // "…Can I just tell her? PC, DA team": a question may be signed off with the role instead.
    const signOff = SIGN_OFF.exec(question)?.[1];
    return this.roleAgency(LABEL.exec(question)?.[1]) ?? (signOff ? this.roleAgency(LABEL.exec(`${signOff},`)?.[1]) : null);
  }

  private roleAgency(label: string | undefined): string | null {
    if (!label) return null;
    const all = this.toTokens(label);
    if (all.length === 0 || all.length > LABEL_WORDS) return null;
    const cut = all.findIndex((token) => LABEL_STOPS.has(token));
    const role = cut === -1 ? all : all.slice(0, cut);
    if (role.length === 0 || role.length > ROLE_WORDS || role.some((token) => NOT_A_ROLE.has(token))) return null;
    // The role is named by its last words ("police liaison nurse" is a nurse), or, where they name no agency, by its
    // first, followed by the team ("DS child protection", "PC response").
    let ending: { agency: string; length: number } | null = null;
    let opening: { agency: string; length: number } | null = null;
    for (const { name, phrases } of this.agencies) {
      for (const phrase of phrases) {
        for (const span of occurrences(role, phrase)) {
          if (span.end === role.length && (!ending || phrase.length > ending.length)) ending = { agency: name, length: phrase.length };
          if (span.start === 0 && (!opening || phrase.length > opening.length)) opening = { agency: name, length: phrase.length };
        }
      }
    }
    // A label with a verb in it is a sentence ("Police called."), unless an agency's own name holds the verb: "EOC call handler".
    if (ending?.length !== all.length && [this.requesting, this.giving].some((list) => list.some((phrase) => occurrences(all, phrase).length > 0))) return null;
    return (ending ?? opening)?.agency ?? null;
  }

  /** `unquoted` leaves out what the question quotes someone else saying: in "'share it with us'", "us" is not the asker. */
  private whoAsksWhom(tokens: Tokens, unquoted: Tokens, labelled: string | null): { asker: string | null; recipient: string | null } {
    let asker: { agency: string; at: number } | null = null;
    let requester: { agency: string; at: number } | null = null;
    let receiver: { agency: string; at: number } | null = null;
    // Who the closing sentences would give to is what is asked, whoever asked or was told earlier in the story:
    // the later of the last two sentences that names one. Of several who asked, the later one is who the closing
    // question answers ("her mum turned up. Police want to know… Can I tell them?").
    const breaks = tokens.flatMap((token, i) => (token === SENTENCE_BREAK ? [i] : []));
    const closing = breaks.length >= 2 ? breaks[breaks.length - 2]! : (breaks[0] ?? -1);
    const sentenceOf = (at: number) => breaks.filter((b) => b < at).length;
    let askedAbout: { agency: string; at: number } | null = null;
    const later = (current: { agency: string; at: number } | null, agency: string, at: number) =>
      !current || sentenceOf(at) > sentenceOf(current.at) || (sentenceOf(at) === sentenceOf(current.at) && at < current.at) ? { agency, at } : current;
    const earliest = (current: { agency: string; at: number } | null, agency: string, at: number) =>
      !current || at < current.at ? { agency, at } : current;

    // Where an agency named as a place ends ("came to the GP practice asking…"): whatever follows is not it asking.
    const places = new Set<number>();
    for (const { phrases } of this.agencies) {
      for (const phrase of phrases) {
        for (const span of occurrences(tokens, phrase)) if (this.endsBefore(tokens, span.start, PLACE_PREPOSITIONS, DETERMINERS, 1)) places.add(span.end);
      }
    }
    for (const { name, phrases } of this.agencies) {
      for (const phrase of phrases) {
        for (const span of this.mentions(tokens, name, phrase)) {
          // "receptionist - the police rang asking…": the role that opens the question is who asks, whatever follows it,
          // and so is each word of it ("practice nurse - pt's husband rang asking…").
          const opensAsLabel = span.start < ROLE_WORDS && name === labelled;
          if (opensAsLabel || this.endsBefore(tokens, span.start, this.self, ARTICLES, 1) || (span.start <= 2 && this.selfAfter.has(tokens[span.end] ?? ''))) {
            asker = earliest(asker, name, span.start);
            continue;
          }
          const asking = (this.asksAfter(tokens, span.end) || this.asksLater(tokens, span.end)) && !places.has(span.end);
          if (asking || this.endsBefore(tokens, span.start, this.requestingBefore, ARTICLES, 1)) {
            requester = later(requester, name, span.start);
          } else if (this.givenTo(tokens, span.start, span.end) && !toldJustBefore(tokens, span.start)) {
            // "…and told reception 'you have a duty to share'" reports what happened; it is not what is asked.
            receiver = earliest(receiver, name, span.start);
            if (closing >= 0 && span.start > closing) askedAbout = later(askedAbout, name, span.start);
          } else if (wishedTold(tokens, span.start, span.end)) {
            // "He doesn't want his mum told": who would be told, though the wish may be told as part of the story.
            receiver = earliest(receiver, name, span.start);
          }
        }
      }
    }
    for (const { agency, phrases } of this.askerPhrases) {
      for (const phrase of phrases) for (const span of occurrences(tokens, phrase)) asker = earliest(asker, agency, span.start);
    }
    if (!asker && labelled) asker = { agency: labelled, at: 0 };
    const askerAgency = asker?.agency ?? null;
    // "Can they tell me…" asks for information; "she told me…" reports how the asker came to know it.
    const toAsker =
      askerAgency &&
      (this.giving.some((phrase) => !PAST_TELLING.has(phrase[phrase.length - 1]!) && occurrences(unquoted, phrase).some((span) => this.toAsker.has(unquoted[span.end] ?? ''))) ||
        this.obtaining.some((phrase) => occurrences(unquoted, phrase).length > 0));
    const recipient = askedAbout?.agency ?? requester?.agency ?? receiver?.agency ?? (toAsker ? askerAgency : null) ?? (askerAgency ? this.referredBack(tokens, askerAgency) : null);
    return { asker: askerAgency, recipient };
  }

  /**
   * "He has a mental health nurse. Can I phone her?": a pronoun after a verb of giving stands for the agency other
   * than the asker's that was named last before it.
   */
  private referredBack(tokens: Tokens, askerAgency: string): string | null {
    const verbs = this.giving
      .filter((phrase) => !PAST_TELLING.has(phrase[phrase.length - 1]!))
      // "reporting them to the council": the pronoun is who is reported, and the recipient is named after "to".
      // "Mum says GDPR gives her a veto": a verb in the third person tells what someone else does, not what is asked.
      .flatMap((phrase) =>
        occurrences(tokens, phrase).filter(
          (span) => tokens[span.start] === phrase[0] && PRONOUNS.has(tokens[span.end] ?? '') && !(tokens[span.end + 1] === 'to' && DETERMINERS.has(tokens[span.end + 2] ?? '')),
        ),
      );
    if (verbs.length === 0) return null;
    const last = verbs.reduce((latest, span) => (span.start > latest.start ? span : latest));
    const before = last.start;
    const cannotBe = this.notReferredTo.get(tokens[last.end]!) ?? new Set<string>();
    let named: { agency: string; end: number } | null = null;
    for (const { name, phrases } of this.agencies) {
      if (name === askerAgency) continue;
      for (const phrase of phrases) {
        if (phrase.length === 1 && cannotBe.has(phrase[0]!)) continue;
        for (const span of this.mentions(tokens, name, phrase)) if (span.end <= before && (!named || span.end > named.end)) named = { agency: name, end: span.end };
      }
    }
    return named?.agency ?? null;
  }

  /**
   * Where the question names an agency, less where it says it is not that agency ("an officer, not from the
   * coroner's office") and where the name only describes another agency named next ("the family's GP", "the
   * school nurse"): the agency is the last name in the run.
   */
  private mentions(tokens: Tokens, name: string, phrase: Phrase): Span[] {
    const others = this.otherAgencyPhrases.get(name) ?? [];
    // "An officer rang, she's a coroner's officer": a bare word that another agency's fuller name ends with, where
    // the question uses that name, is that agency's.
    if (others.some((longer) => longer.length > phrase.length && endsAt(longer, longer.length, phrase) && occurrences(tokens, longer).length > 0)) return [];
    return occurrences(tokens, phrase)
      .filter(
        (span) =>
          !negatedAgency(tokens, span) &&
          !others.some((next) => startsAt(tokens, span.end, next)) &&
          // "officer" inside "coroner's officer" is the coroner's, not the police's.
          !others.some((longer) => longer.length > span.end - span.start && occurrences(tokens, longer).some((o) => o.start <= span.start && o.end >= span.end)),
      )
      .map((span) => {
        // The run starts at the describing name, so "tell the family's GP" still reads as telling.
        const before = others.find((prev) => endsAt(tokens, span.start, prev));
        return before ? { start: span.start - before.length, end: span.end } : span;
      });
  }

  /** A phrase from the list ends just before `at`, allowing up to `skip` filler words between, and `counts` accepts it where it stands. */
  private endsBefore(tokens: Tokens, at: number, list: Phrase[], filler: Set<string>, skip: number, counts: (phrase: Phrase, end: number) => boolean = () => true): boolean {
    for (let gap = 0, end = at; gap <= skip && end >= 0; gap += 1, end -= 1) {
      const phrase = list.find((p) => endsAt(tokens, end, p));
      if (phrase) return counts(phrase, end);
      if (!filler.has(tokens[end - 1] ?? '')) return false;
    }
    return false;
  }

  /**
   * A verb of asking follows the agency, allowing up to three words such as "have now" — but not one that leads
   * to a verb of giving: "the ward wants to ring back" has the ward giving, not asking.
   */
  private asksAfter(tokens: Tokens, at: number): boolean {
    for (let gap = 0, start = at; gap <= 3 && start < tokens.length; gap += 1, start += 1) {
      // "our HV team visits" says where someone goes; "police turned up asking for…" is a request.
      const arrived = this.arriving.find((p) => startsAt(tokens, start, p));
      if (arrived) return this.asksLater(tokens, start + arrived.length, true);
      const phrase = this.requesting.find((p) => startsAt(tokens, start, p));
      if (phrase) {
        const next = start + phrase.length;
        if (ASKED_OF.has(tokens[next] ?? '') && callsToTell(tokens, next + 1)) return false;
        if (asksForGrounds(tokens, next)) return false;
        if (asksForSilence(tokens, next)) return false;
        // "Mum rang me in tears saying she doesn't consent": a call to tell, unless a request follows in the clause
        // ("her aunt emailed me saying she's on the girl's side and wants to know what's been reported").
        const said = callSaying(tokens, next);
        if (said >= 0) return this.requestsBeforeSentenceEnds(tokens, said);
        // "A DS phoned to say one of our carers was arrested": a call to tell, not to ask.
        return !(callsToTell(tokens, next) || (tokens[next] === 'to' && this.giving.some((p) => startsAt(tokens, next + 1, p))));
      }
      if (!BETWEEN_SUBJECT_AND_VERB.has(tokens[start] ?? '')) return false;
    }
    return false;
  }

  /**
   * "Police - CID - are looking into his death and have asked me for a report", "an officer came to the practice
   * asking for…": a request of the asker later in the clause the agency leads.
   */
  private asksLater(tokens: Tokens, at: number, arrived = false): boolean {
    // "An officer investigating a burglary wants…": a participle after the agency starts a clause describing it, and
    // the verb that follows is the agency's own.
    const described = /ing$/.test(tokens[at] ?? '');
    // "A detective came to reception saying… He wants a copy of her record": who arrived is who asks in the next sentence.
    const sentenceEnd = arrived ? tokens.indexOf(SENTENCE_BREAK, at) : -1;
    if (sentenceEnd >= 0 && ARRIVAL_PRONOUNS.has(tokens[sentenceEnd + 1] ?? '') && this.asksAfter(tokens, sentenceEnd + 2)) return true;
    for (let start = at; start < Math.min(tokens.length, at + REQUEST_REACH); start += 1) {
      const token = tokens[start]!;
      if (token === SENTENCE_BREAK || SUBJECTS.has(token)) return false;
      // "our legal team forwarded an email from the coroner's officer asking for…": the request is the coroner's.
      if (this.requestingBefore.some((p) => startsAt(tokens, start, p))) return false;
      const phrase = this.requesting.find((p) => startsAt(tokens, start, p));
      // "The safeguarding partnership is doing a rapid review and wants our records": a second verb joined by "and"
      // shares the agency as its subject. Only a verb that agrees with the agency counts: in "can I phone her GP and
      // ask", "ask" is the asker's.
      const joined = tokens[start - 1] === 'and' && JOINED_REQUEST.has(token);
      if (phrase && (ASKED_OF.has(tokens[start + phrase.length] ?? '') || joined || (described && start - at <= DESCRIBED_REACH))) {
        const said = callSaying(tokens, start + phrase.length);
        if (said >= 0) return this.requestsBeforeSentenceEnds(tokens, said);
        if (asksForSilence(tokens, start + phrase.length)) return false;
        return !callsToTell(tokens, start + phrase.length + 1);
      }
    }
    return false;
  }

  /** A verb of asking comes later in the sentence: "…emailed me saying she's on the girl's side and wants to know…". */
  private requestsBeforeSentenceEnds(tokens: Tokens, at: number): boolean {
    for (let start = at; start < tokens.length && tokens[start] !== SENTENCE_BREAK; start += 1) {
      // "she doesn't want his private stuff dragged up" asks for nothing.
      if (this.requesting.some((p) => startsAt(tokens, start, p)) && !NEGATIONS.has(tokens[start - 1] ?? '')) return true;
    }
    return false;
  }

  /** "tell the police", or "share the records with the police": a verb of giving leads to the agency. */
  private givenTo(tokens: Tokens, at: number, end: number): boolean {
    // "reported her brother (38) missing" tells the police about him, not him anything.
    let next = end;
    while (/^\d+$/.test(tokens[next] ?? '')) next += 1;
    if (tokens[next] === 'missing') return false;
    // "ring the surgery and ask", "phone her GP practice to check": a call made to ask, not to give.
    // "Ring the police to find him" asks them to act on what they are told: after "to", only "find out" asks.
    const callsToAsk = (at: number) =>
      (tokens[at] === 'and' && CALL_TO_ASK.has(tokens[at + 1] ?? '')) ||
      (tokens[at] === 'to' && CALL_TO_ASK.has(tokens[at + 1] ?? '') && (tokens[at + 1] !== 'find' || tokens[at + 2] === 'out'));
    if ([next, next + 1].some(callsToAsk)) return false;
    const before = firstBeforeDeterminers(tokens, at);
    // "A written report on the family" is about the family: a word of giving used as a noun gives to no one. "He's
    // been sending letters to an MP" tells what someone has been doing, not to whom the asker would give.
    const asVerb = (phrase: Phrase, end: number) => {
      const preceding = tokens[end - phrase.length - 1] ?? '';
      return !NOUN_MARKERS.has(preceding) && !NARRATED.has(preceding);
    };
    if (this.endsBefore(tokens, at, this.giving, BETWEEN_VERB_AND_AGENCY, 3, asVerb)) return true;
    if (!TO_OR_WITH.has(tokens[before] ?? '')) return false;
    for (let end = before; end >= Math.max(0, before - VERB_REACH); end -= 1) {
      if (REQUEST_NOUNS.has(tokens[end] ?? '')) return false;
      // "on the phone to the control room": a word of giving used as a noun gives to no one here either.
      if (this.giving.some((phrase) => endsAt(tokens, end, phrase) && asVerb(phrase, end))) return true;
    }
    return false;
  }
}

const WANTING = set(['want', 'wants', 'wanted', 'wanting']);
/** Words before a verb that make it a report of what someone else has done or is doing: "been sending", "keeps ringing", "is sending", "man sending". */
const NARRATED = set(['been', 'keeps', 'kept', 'is', 'was', 'man', 'woman', 'bloke', 'guy', 'lad']);
const CALL_TO_ASK = set(['ask', 'check', 'find', 'see']);

function toBeTold(tokens: Tokens, at: number): boolean {
  const word = tokens[at];
  if (word === 'told' || word === 'informed' || word === 'knowing') return true;
  return word === 'to' && (tokens[at + 1] === 'know' || (tokens[at + 1] === 'be' && (tokens[at + 2] === 'told' || tokens[at + 2] === 'informed')));
}

/** "doesn't want his mum told", "wants her family to know": a wish about whether the person named is told. */
function wishedTold(tokens: Tokens, at: number, end: number): boolean {
  return toBeTold(tokens, end) && WANTING.has(tokens[firstBeforeDeterminers(tokens, at)] ?? '');
}

/** The index of the word before any determiners that end just before `at`. */
function firstBeforeDeterminers(tokens: Tokens, at: number): number {
  let before = at - 1;
  while (before >= 0 && DETERMINERS.has(tokens[before]!)) before -= 1;
  return before;
}

/** "Family have asked us to keep it quiet", "she asked me not to tell anyone": a wish for confidentiality, not a request to be told. */
function asksForSilence(tokens: Tokens, at: number): boolean {
  const from = tokens[at] === 'me' || tokens[at] === 'us' ? at + 1 : at;
  return (tokens[from] === 'not' && tokens[from + 1] === 'to') || (tokens[from] === 'to' && (tokens[from + 1] === 'keep' || (tokens[from + 1] === 'say' && tokens[from + 2] === 'nothing')));
}

/** "The surgery is asking what my grounds are": a holder asking the requester to justify a request, not asking for information. */
function asksForGrounds(tokens: Tokens, at: number): boolean {
  return clauseFrom(tokens, at, 6).some((word) => GROUNDS.has(word));
}

/** Up to `reach` words from `at`, stopping at the end of the sentence. */
function clauseFrom(tokens: Tokens, at: number, reach: number): Tokens {
  const clause = tokens.slice(at, at + reach);
  const end = clause.indexOf(SENTENCE_BREAK);
  return end === -1 ? clause : clause.slice(0, end);
}

/** "Her mum rang me to say it's all legal": a call to tell the asker something, not to ask for anything. */
function callsToTell(tokens: Tokens, at: number): boolean {
  return tokens[at] === 'to' && (tokens[at + 1] === 'say' || tokens[at + 1] === 'tell');
}

/**
 * Where what a caller said begins, after a verb of calling: "rang me in tears saying she doesn't consent" (who was
 * called, and how, can come first). -1 when the call is not followed by "saying".
 */
function callSaying(tokens: Tokens, at: number): number {
  let start = at;
  while (start < at + 4 && CALL_ASIDES.has(tokens[start] ?? '')) start += 1;
  return tokens[start] === 'saying' ? start + 1 : -1;
}

/** The phrase stands in the question just before `at`. */
function endsAt(tokens: Tokens, at: number, phrase: Phrase): boolean {
  return at >= phrase.length && startsAt(tokens, at - phrase.length, phrase);
}

/** Where each word of a question stands, built once per question: thousands of phrases are looked up in it. */
const positionsOf = new WeakMap<Tokens, Map<string, number[]>>();

function positions(tokens: Tokens): Map<string, number[]> {
  let index = positionsOf.get(tokens);
  if (!index) {
    index = new Map();
    tokens.forEach((token, i) => {
      const list = index!.get(token);
      if (list) list.push(i);
      else index!.set(token, [i]);
    });
    positionsOf.set(tokens, index);
  }
  return index;
}

/**
 * Words match as written, or as the plural of a phrase's word ("officers"
 * for "officer"). No stemming: "consent" must not read as "consented".
 */
function occurrences(tokens: Tokens, phrase: Phrase): Span[] {
  const first = phrase[0]!;
  const index = positions(tokens);
  const exact = index.get(first);
  const plural = index.get(`${first}s`);
  if (!exact && !plural) return [];
  const starts = plural ? [...(exact ?? []), ...plural] : exact!;
  const spans: Span[] = [];
  for (const i of starts) if (startsAt(tokens, i, phrase)) spans.push({ start: i, end: i + phrase.length });
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * The question without the words it quotes: 'Caldicott 7 - you've got a duty to share with us now'. An apostrophe
 * inside a word ("you've") does not end a quotation; one before a space or punctuation does.
 */
function withoutQuotations(question: string): string {
  return question.replace(/(^|[\s(])(?:'(?:[^']|'(?=[a-z]))*?'|‘(?:[^’]|’(?=[a-z]))*?’|"[^"]*?"|“[^”]*?”)(?=[\s.,;:?!)]|$)/gi, '$1 ');
}

/**
 * A verb of past telling ("told", "reported it to") within a few words before the agency. "Share what mum told us
 * with the HV": a "with" between them sends the agency back to the verb before the telling.
 */
function toldJustBefore(tokens: Tokens, at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - 4); i -= 1) {
    // "pass what she told me on to social care": "on to" passes the telling on.
    if (tokens[i] === SENTENCE_BREAK || tokens[i] === 'with' || (tokens[i] === 'on' && tokens[i + 1] === 'to')) return false;
    if (PAST_TELLING.has(tokens[i]!)) return true;
  }
  return false;
}

/**
 * "not the coroner's office": only a "not" right before the name counts, and not the end of "…or not", which the
 * words of a question keep no full stop after: "Is this a request or not? The police asked…" names the police.
 */
function negatedAgency(tokens: Tokens, span: Span): boolean {
  let i = span.start - 1;
  while (i >= 0 && BETWEEN_NOT_AND_AGENCY.has(tokens[i]!)) i -= 1;
  // "there's no court order": the court is not in the story; "not from the coroner's office": nor is the coroner.
  return (tokens[i] === 'not' || tokens[i] === 'no') && tokens[i - 1] !== 'or';
}

/**
 * "not a court order", "haven't got a court order", "no consent was given" —
 * unless the phrase is itself negative ("no consent"). Articles do not count
 * towards the reach.
 */
function negated(tokens: Tokens, span: Span, firstWord: string): boolean {
  if (NEGATIONS.has(firstWord)) return false;
  let reach = NEGATION_REACH;
  for (let i = span.start - 1; i >= 0 && reach > 0 && tokens[i] !== SENTENCE_BREAK; i -= 1) {
    // "can't communicate and lacks capacity": a negation ends at the next clause.
    if (CLAUSE_JOINS.has(tokens[i]!)) return false;
    // "the doorstep of no 12": a house number, not a negation; "on the bypass", "in the skip": after an article a
    // negation word is a thing, not a negation.
    const houseNumber = tokens[i] === 'no' && /^\d+$/.test(tokens[i + 1] ?? '');
    const noun = ARTICLES.has(tokens[i - 1] ?? '');
    if (NEGATIONS.has(tokens[i]!) && !houseNumber && !noun) return true;
    // "no court order or witness summons": a negation carries across "or" to the next thing named.
    if (!ARTICLES.has(tokens[i]!) && !ALTERNATIVES.has(tokens[i]!) && !NEGATION_CARRIERS.has(tokens[i]!)) reach -= 1;
  }
  return false;
}

const COMPARED_WITH = [['same', 'as'], ['similar', 'to'], ['just', 'like'], ['as', 'with'], ['compared', 'to'], ['compared', 'with']] as const;

/** "We've also had a SAR from the son, which I know is a separate thing": what the asker sets aside is not the situation asked about. */
function setAside(tokens: Tokens, span: Span): boolean {
  for (let i = span.end; i < tokens.length - 1 && tokens[i] !== SENTENCE_BREAK; i += 1) {
    if (tokens[i] === 'separate' && ASIDE_NOUNS.has(tokens[i + 1]!)) return true;
  }
  // "isn't this mandatory now, same as the FGM duty?": what the situation is compared with is not the situation.
  let before = span.start;
  while (before > 0 && ARTICLES.has(tokens[before - 1]!)) before -= 1;
  return COMPARED_WITH.some(([first, second]) => tokens[before - 2] === first && tokens[before - 1] === second);
}

/** Every number of years the question states, in the order of the patterns that find them. */
function agesInYears(question: string, patterns: RegExp[]): number[] {
  const text = question.toLowerCase().replace(/[’']/g, ' ');
  const ages: number[] = [];
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) {
      const years = Number(match[1]);
      if (Number.isInteger(years) && years > 0 && years < 110) ages.push(years);
    }
  }
  return ages;
}

function ageBand(fact: { ageBands: { below?: number; value: string }[] }, years: number): string | null {
  return fact.ageBands.find((band) => band.below === undefined || years < band.below)?.value ?? null;
}
