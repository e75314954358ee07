import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScopeClassifier } from '../../../src/answering/scope.ts';
import { DEFAULT_DECISION_THRESHOLDS, Decider } from '../../../src/deciding/decider.ts';
import { DecisionMatcher } from '../../../src/deciding/decision-matcher.ts';
import type { Passage } from '../../../src/core/types.ts';
import type { KnowledgeIndex } from '../../../src/retrieval/knowledge-index.ts';
import { QueryNormaliser } from '../../../src/retrieval/query-normaliser.ts';
import { factRoles } from '../../../src/understanding/fact-vocabulary.ts';
import { FactReader } from '../../../src/understanding/read-facts.ts';
import { fixtureWorkspace, openWorkspaceIndex, type Workspace } from '../../support/fixture-knowledge.ts';
import { passage } from '../../support/passages.ts';

let workspace: Workspace;
let index: KnowledgeIndex;
let decider: Decider;
beforeAll(async () => {
  workspace = await fixtureWorkspace();
  index = await openWorkspaceIndex(workspace);
  const normaliser = new QueryNormaliser(index.glossary, index.vocabulary, index.scope.domain);
  // Thresholds no likeness of words can reach, so that only what the question states can pick a card.
  const unreachable = { ...DEFAULT_DECISION_THRESHOLDS, match: 100, strongMatch: 100 };
  decider = new Decider({
    matcher: new DecisionMatcher(index.decisions, factRoles(index.facts)),
    reader: new FactReader(index.facts, (text) => normaliser.correctedWords(text)),
    facts: index.facts,
    normaliser,
    embedder: index.embedder,
    scope: new ScopeClassifier(index.scope, (text) => normaliser.correctedWords(text)),
    instruments: new Set(index.instruments),
    thresholds: unreachable,
  });
});
afterAll(() => workspace.remove());

async function decide(question: string, passages: Passage[] = []) {
  const facts = decider.readFacts(question, []);
  return decider.decide({ question, history: [], passages, scope: 'in_scope', evidence: true }, facts);
}

describe('a question that states the topic a card exists for', () => {
  it('is decided by that card, however weakly its words match the card', async () => {
    const outcome = await decide('At the travel clinic a quiet 16 year old said she had FGM back home when little; what now?');
    expect(outcome).toMatchObject({ kind: 'decision', match: { card: { id: 'fixture-fgm' } } });
  });

  it('is not decided by a card whose topic it does not state', async () => {
    const outcome = await decide('At the travel clinic a quiet 16 year old told me something about her past; what now?');
    expect(outcome.kind).not.toBe('decision');
  });
});

describe('a question naming a law that no card answers', () => {
  const question = 'A woman wants her report deleted under GDPR, do we have to delete it?';

  it('is explained from a passage that names that law', async () => {
    const outcome = await decide(question, [passage('gdpr#erasure', 'Under the UK GDPR a person may ask for their data to be erased.')]);
    expect(outcome.kind).toBe('explain');
  });

  it('is not explained from passages that never name it', async () => {
    const outcome = await decide(question, [passage('fgm#notify', 'A notification must be made to the police and may be made orally.')]);
    expect(outcome.kind).not.toBe('explain');
  });

  it('finds a section the question abbreviates spelled out in the passage', async () => {
    const outcome = await decide('Police cite s115 for his records, do we have to?', [passage('cda#s115', 'Section 115 of the Crime and Disorder Act 1998 gives a power.')]);
    expect(outcome.kind).toBe('explain');
  });
});
