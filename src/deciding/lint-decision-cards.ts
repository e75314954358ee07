import type { Chunk } from '../core/types.ts';
import { isStopword, stem, terms, words } from '../retrieval/text.ts';
import { lexicalSupport, SUPPORTED_SHARE } from '../answering/lexical-support.ts';
import { verdictOfFirstLine } from '../answering/verdict-wording.ts';
import { valuesOf, type FactVocabulary } from '../understanding/fact-vocabulary.ts';
import type { DecisionCard, FactCondition } from './decision-card.ts';
import type { CardProblem } from './load-decision-cards.ts';

export interface CardFinding {
  path: string;
  level: 'error' | 'warning';
  message: string;
}

/** People ask one situation in many ways; fewer phrasings than this and matching guesses. */
export const MIN_PHRASINGS = 12;
const MIN_POINTS = 3;
const MAX_POINTS = 5;

/**
 * Holds decision cards to what answering relies on: every fact they name is
 * one canishare can read, every line opens with words that state its
 * verdict, and every line and point is supported by the note sections it
 * cites — the same lexical test the evals apply to answers.
 */
export function lintDecisionCards(cards: DecisionCard[], problems: CardProblem[], chunks: Chunk[], vocabulary: FactVocabulary): CardFinding[] {
  const findings: CardFinding[] = problems.map((p) => ({ path: p.path, level: 'error', message: `${p.field ? `field "${p.field}" ` : ''}${p.message}` }));
  const chunkById = new Map(chunks.map((chunk) => [chunk.id, chunk]));
  const phrasingOwners = new Map<string, string>();

  for (const card of cards) {
    const error = (message: string) => findings.push({ path: card.path, level: 'error', message });
    const warn = (message: string) => findings.push({ path: card.path, level: 'warning', message });
    if (card.path !== `decisions/${card.id}.yml`) error(`the file name should be ${card.id}.yml, to match the id`);

    if (card.phrasings.length < MIN_PHRASINGS) {
      error(`field "phrasings" has ${card.phrasings.length}; write at least ${MIN_PHRASINGS}: short and misspelt, long narratives, police and health voices`);
    }
    const own = new Set<string>();
    for (const phrasing of card.phrasings) {
      const key = phrasing.toLowerCase().replace(/\s+/g, ' ').trim();
      if (own.has(key)) error(`phrasing "${phrasing}" appears twice`);
      own.add(key);
      const owner = phrasingOwners.get(key);
      if (owner && owner !== card.id) warn(`phrasing "${phrasing}" is also a phrasing of ${owner}; one situation per phrasing`);
      phrasingOwners.set(key, card.id);
    }

    const checkCondition = (field: string, condition: FactCondition | null) => {
      for (const [fact, values] of Object.entries(condition ?? {})) {
        const known = valuesOf(vocabulary, fact);
        if (!known) {
          error(`field "${field}" names fact "${fact}", which knowledge/facts/ does not define`);
          continue;
        }
        for (const value of values) if (!known.includes(value)) error(`field "${field}" gives ${fact} "${value}"; known values are ${known.join(', ')}`);
      }
    };
    checkCondition('facts', card.facts);
    for (const agency of card.involves) {
      if (!vocabulary.agencies[agency]) error(`field "involves" names "${agency}", which is not an agency; use one of ${Object.keys(vocabulary.agencies).join(', ')}`);
    }
    card.exceptions.forEach((exception, i) => {
      checkCondition(`exceptions.${i}.when`, exception.when);
      checkCondition(`exceptions.${i}.unless`, exception.unless);
    });
    card.points.forEach((point, i) => {
      checkCondition(`points.${i}.when`, point.when);
      checkCondition(`points.${i}.unless`, point.unless);
    });

    const checkSupport = (field: string, text: string, restsOn: string[]) => {
      const sections = restsOn.map((id) => chunkById.get(id));
      restsOn.forEach((id, i) => {
        if (!sections[i]) error(`field "${field}.rests_on" names "${id}", which is not a note section${closest(id, chunks)}`);
      });
      const found = sections.filter((chunk): chunk is Chunk => chunk !== undefined);
      if (found.length === 0) return;
      const cited = found.map((chunk) => `${chunk.title}\n${chunk.text}`).join('\n');
      const support = lexicalSupport(text, cited);
      if (support.share < SUPPORTED_SHARE) {
        const present = new Set(terms(cited));
        const missing = [...new Set(words(text).filter((word) => !isStopword(word) && !present.has(stem(word))))];
        error(
          `field "${field}" shares only ${Math.round(support.share * 100)}% of its words with the sections it cites (needs ${SUPPORTED_SHARE * 100}%); ` +
            `not found there: ${missing.join(', ')}. Word it as the note does, or cite the section that says it`,
        );
      }
      if (support.unsupportedReferences.length > 0) {
        error(`field "${field}" mentions ${support.unsupportedReferences.map((r) => `"${r}"`).join(', ')}, which the sections it cites do not`);
      }
    };
    const checkLine = (field: string, line: DecisionCard['answer']) => {
      for (const [name, text] of [[field, line.text], [`${field}.police`, line.police]] as const) {
        if (!text) continue;
        const stated = verdictOfFirstLine(text);
        if (stated !== line.verdict) {
          error(`field "${name}" reads as ${stated ?? 'no verdict'} but the verdict is ${line.verdict}; open with words that state it (see knowledge/README.md)`);
        }
        checkSupport(name === field ? `${field}.line` : name, text, line.restsOn);
      }
    };
    checkLine('answer', card.answer);
    card.exceptions.forEach((exception, i) => checkLine(`exceptions.${i}`, exception));
    card.points.forEach((point, i) => {
      checkSupport(`points.${i}.text`, point.text, point.restsOn);
      if (point.police) checkSupport(`points.${i}.police`, point.police, point.restsOn);
    });

    if (card.branchesOn) {
      if (!valuesOf(vocabulary, card.branchesOn)) error(`field "branches_on" names fact "${card.branchesOn}", which knowledge/facts/ does not define`);
      if (!card.answer.if) error(`field "answer.if" is needed with branches_on: say when the default verdict holds ("if the injury came from an attack")`);
      const branches = card.exceptions.filter((exception) => card.branchesOn! in exception.when);
      if (branches.length === 0) error(`field "branches_on" is ${card.branchesOn}, but no exception depends on it`);
      branches.forEach((branch) => {
        if (!branch.if) error(`the exception for ${card.branchesOn} "${branch.when[card.branchesOn!]!.join(', ')}" needs "if": when it applies, as a branch`);
      });
    }
    if (card.points.length < MIN_POINTS || card.points.length > MAX_POINTS + 3) {
      error(`field "points" has ${card.points.length}; give ${MIN_POINTS} to ${MAX_POINTS} for any one situation (conditions, what to check, share and record)`);
    }
    for (const kind of ['check', 'record'] as const) {
      if (!card.points.some((point) => point.kind === kind)) warn(`no "${kind}" point: say what to ${kind}`);
    }
  }
  const fallbacks = cards.filter((card) => card.fallback);
  if (cards.length > 0 && fallbacks.length !== 1) {
    findings.push({
      path: 'decisions/',
      level: 'error',
      message: `${fallbacks.length} cards are marked "fallback: true"; exactly one answers in-scope questions no other card matches`,
    });
  }
  return findings;
}

/** A hint naming the sections of the same note, when the section slug is wrong. */
function closest(id: string, chunks: Chunk[]): string {
  const docId = id.split('#')[0]!;
  const sections = chunks.filter((chunk) => chunk.docId === docId).map((chunk) => chunk.id.split('#')[1]);
  if (sections.length === 0) return ` (no note has id "${docId}")`;
  return ` (its sections are: ${sections.join(', ')})`;
}
