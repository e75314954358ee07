import { loadKnowledgeFolder } from './file-source.ts';
import { loadGlossary } from './glossary.ts';
import { chunkDocuments } from './chunker.ts';
import { loadScopeVocabulary } from '../answering/scope.ts';
import { loadDecisionCards } from '../deciding/load-decision-cards.ts';
import { lintDecisionCards } from '../deciding/lint-decision-cards.ts';
import { loadFactVocabulary, type FactVocabulary } from '../understanding/fact-vocabulary.ts';
import { compilePattern } from '../understanding/phrase-pattern.ts';
import { words } from '../retrieval/text.ts';
import { isAppError } from '../errors.ts';

export interface LintFinding {
  path: string;
  level: 'error' | 'warning';
  message: string;
}

/** Publishers whose pages we accept as canonical sources for notes. */
const CANONICAL_HOSTS = [
  'legislation.gov.uk',
  'gov.uk',
  'ico.org.uk',
  'gmc-uk.org',
  'bma.org.uk',
  'nmc.org.uk',
  'england.nhs.uk',
  'nhs.uk',
  'bailii.org',
  'caselaw.nationalarchives.gov.uk',
  'college.police.uk',
  'npcc.police.uk',
  'gov.wales',
  'nhs.wales',
  'safeguarding.wales',
  'ukcgc.uk',
  'supremecourt.uk',
  'judiciary.uk',
  'echr.coe.int',
  'hudoc.echr.coe.int',
  'safelives.org.uk',
  'parliament.uk',
  'police.uk',
  'crisiscareconcordat.org.uk',
  'informationsharing.org.uk',
  // The Social Care Institute for Excellence publishes the practice guides adult safeguarding under the Care Act is worked to.
  'scie.org.uk',
  // The medical and dental defence organisations publish the advice their members are held to in practice.
  'themdu.com',
  'theddu.com',
  'medicalprotection.org',
  'mddus.com',
];

function isCanonical(url: string): boolean {
  const host = new URL(url).hostname.replace(/^www\./, '');
  return CANONICAL_HOSTS.some((allowed) => host === allowed || host.endsWith(`.${allowed}`));
}

/**
 * Checks the knowledge folder: every file loads with valid front matter,
 * notes cite a canonical source and link to notes that exist, decision
 * cards hold to what answering relies on, and
 * nothing has gone unreviewed for longer than the review age.
 */
export async function lintKnowledge(knowledgeDir: string, reviewAgeDays: number, today = new Date()): Promise<LintFinding[]> {
  const findings: LintFinding[] = [];
  const { documents, problems } = await loadKnowledgeFolder(knowledgeDir);
  for (const problem of problems) {
    findings.push({ path: problem.path, level: 'error', message: `${problem.field ? `field "${problem.field}" ` : ''}${problem.message}` });
  }
  for (const [file, check] of [['glossary.yml', loadGlossary], ['scope.yml', loadScopeVocabulary]] as const) {
    try {
      await check(knowledgeDir);
    } catch (error) {
      if (!isAppError(error)) throw error;
      findings.push({ path: file, level: 'error', message: error.message });
    }
  }
  let vocabulary: FactVocabulary | null = null;
  try {
    vocabulary = await loadFactVocabulary(knowledgeDir);
  } catch (error) {
    if (!isAppError(error)) throw error;
    findings.push({ path: 'facts/', level: 'error', message: error.message });
  }
  const { cards, problems: cardProblems } = await loadDecisionCards(knowledgeDir);
  if (vocabulary) findings.push(...lintPhraseSizes(vocabulary), ...lintDecisionCards(cards, cardProblems, chunkDocuments(documents), vocabulary));
  const ids = new Set(documents.map((doc) => doc.meta.id));
  const cutoff = today.getTime() - reviewAgeDays * 86_400_000;
  for (const { meta } of documents) {
    const local = meta.path.startsWith('local/') || !meta.path.endsWith('.md');
    const error = (message: string) => findings.push({ path: meta.path, level: local ? 'warning' : 'error', message });
    if (!meta.sourceUrl) error('field "source_url" is missing: give the canonical URL of the source');
    else if (!local && !isCanonical(meta.sourceUrl)) {
      error(`field "source_url" (${meta.sourceUrl}) is not a publisher we treat as canonical; link the primary source (legislation.gov.uk, gov.uk, ico.org.uk, …)`);
    }
    if (!local) {
      if (!meta.lawStatus) {
        error('field "status" is missing: say whether what the note describes is in_force, partly_in_force, awaiting_commencement or superseded');
      } else if (meta.lawStatus === 'awaiting_commencement' && !meta.commencement) {
        findings.push({ path: meta.path, level: 'warning', message: 'awaiting commencement: give "commencement" (how it will be commenced, and the SI once made)' });
      }
    }
    for (const id of meta.related) {
      if (!ids.has(id)) error(`field "related" names "${id}", which is not the id of any note`);
    }
    if (!meta.lastReviewed) {
      error('field "last_reviewed" is missing: add the date a person last checked the note (YYYY-MM-DD)');
    } else if (Date.parse(meta.lastReviewed) < cutoff) {
      findings.push({
        path: meta.path,
        level: 'warning',
        message: `last reviewed ${meta.lastReviewed}, more than ${reviewAgeDays} days ago: check it against the source and update last_reviewed`,
      });
    } else if (Date.parse(meta.lastReviewed) > today.getTime()) {
      error(`field "last_reviewed" (${meta.lastReviewed}) is in the future`);
    }
  }
  return findings.sort((a, b) => a.path.localeCompare(b.path));
}

/** More phrases than this from one pattern is a pattern whose words do not split cleanly, read anew at every start. */
const MAX_PHRASES_PER_PATTERN = 5000;
/** More combinations than this is a pattern too broad to check: the tests write every pattern out in full. */
const MAX_COMBINATIONS_PER_PATTERN = 1_000_000;

/** How many phrases a pattern stands for: the product of its slots' choices. */
function combinations(phrase: string): number {
  return (phrase.match(/\{[^{}]*\}/g) ?? []).reduce((count, slot) => count * slot.split('|').length, 1);
}

/**
 * A pattern whose alternatives join into other words ("{me|me's} {office}") cannot be read slot by slot and is
 * written out in full, one phrase per combination: a handful of such patterns adds a noticeable delay to every start.
 */
export function lintPhraseSizes(vocabulary: FactVocabulary): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const [fact, definition] of Object.entries(vocabulary.facts)) {
    for (const [value, phrases] of Object.entries(definition.values)) {
      for (const phrase of phrases) {
        const combined = combinations(phrase);
        if (combined > MAX_COMBINATIONS_PER_PATTERN) {
          findings.push({
            path: 'facts/',
            level: 'error',
            message: `facts.${fact}.${value}: the pattern "${phrase.slice(0, 60)}…" stands for ${combined} phrases, more than ${MAX_COMBINATIONS_PER_PATTERN}; split it into two or more narrower patterns`,
          });
          continue;
        }
        const count = compilePattern(phrase, words).length;
        if (count > MAX_PHRASES_PER_PATTERN) {
          findings.push({
            path: 'facts/',
            level: 'error',
            message: `facts.${fact}.${value}: the pattern "${phrase.slice(0, 60)}…" is written out as ${count} separate phrases because its alternatives run into each other (an apostrophe or a lone letter next to a word); split it into simpler patterns whose alternatives are whole words`,
          });
        }
      }
    }
  }
  return findings;
}
