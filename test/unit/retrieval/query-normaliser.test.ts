import { describe, expect, it } from 'vitest';
import { QueryNormaliser } from '../../../src/retrieval/query-normaliser.ts';
import { stem } from '../../../src/retrieval/text.ts';

const glossary = {
  acronyms: { 'A&E': 'accident and emergency department', AMHP: 'approved mental health professional' },
  synonyms: [['police', 'cops', 'copper'], ['doctor', 'clinician']],
};
const vocabulary = ['police', 'disclose', 'confidential', 'safeguarding', 'information', 'patient', 'consent'];

describe('query normalisation', () => {
  const normaliser = new QueryNormaliser(glossary, vocabulary);

  it('expands acronyms and synonyms at a lower weight than the words typed', () => {
    const query = normaliser.normalise('Can the cops ask A&E?');
    expect(query.weights.get(stem('cops'))).toBe(1);
    expect(query.weights.get(stem('police'))).toBeCloseTo(0.4);
    expect(query.weights.get(stem('emergency'))).toBeCloseTo(0.4);
    expect(query.baseTerms).toContain(stem('cops'));
    expect(query.baseTerms).not.toContain(stem('police'));
  });

  it('corrects misspellings to words the knowledge base uses', () => {
    const query = normaliser.normalise('can i discloze confidentail info to the polise');
    expect(query.baseTerms).toEqual(expect.arrayContaining([stem('disclose'), stem('confidential'), stem('police')]));
  });

  it('does not "correct" short words or words it knows', () => {
    expect(normaliser.normalise('amhp consent').baseTerms).toEqual(['amhp', stem('consent')]);
  });

  it('leaves an ordinary English word the knowledge base does not use as it is', () => {
    const firearms = new QueryNormaliser(glossary, [...vocabulary, 'firearm', 'showing']);
    expect(firearms.correctedWords('slash wound to his forearm')).toContain('forearm');
    expect(firearms.correctedWords('caught shopping')).toContain('shopping');
    expect(firearms.correctedWords('shot in the firarm')).toContain('firearm');
  });

  it('adds earlier questions in a thread at reduced weight', () => {
    const query = normaliser.normalise('what if he refuses?', ['Can I tell the police about a patient?']);
    expect(query.weights.get(stem('police'))).toBeCloseTo(0.5);
    expect(query.baseTerms).not.toContain(stem('police'));
  });
});
