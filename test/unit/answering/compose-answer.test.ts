import { describe, expect, it } from 'vitest';
import { contractProblems } from '../../../src/answering/answer-contract.ts';
import { composeAnswer } from '../../../src/answering/compose-answer.ts';
import type { Chunk, Passage } from '../../../src/core/types.ts';

function passage(id: string, text: string): Passage {
  const chunk: Chunk = {
    id,
    docId: id.split('#')[0]!,
    title: `Title of ${id}`,
    section: 'Section',
    page: null,
    url: 'https://www.legislation.gov.uk/x',
    text,
    searchHints: null,
    kind: 'legislation',
    jurisdiction: ['england', 'wales'],
    audience: 'both',
    tags: [],
    related: [],
  };
  return { chunk, score: 1, coverage: 1, documentCoverage: 1, anchored: false, similarity: null };
}

const passages = [passage('a#one', 'Alpha sentence.'), passage('b#two', 'Beta sentence.'), passage('c#three', 'Gamma sentence.')];
const options = { mode: 'llm' as const, redactions: [], warnings: [], footer: '_Footer._' };

describe('citation verification', () => {
  it('numbers citations by first use and references every one', () => {
    const answer = composeAnswer(
      { summary: { text: 'Beta is true.', sources: [1] }, points: [{ text: 'Alpha and beta.', sources: [0, 1] }], warnings: [] },
      passages,
      options,
    );
    expect(answer.answer).toBe('**In short:** Beta is true [1].\n\n- Alpha and beta [2][1].\n\n_Footer._');
    expect(answer.citations.map((c) => [c.n, c.id])).toEqual([[1, 'b#two'], [2, 'a#one']]);
    expect(contractProblems(answer)).toEqual([]);
  });

  it('removes sources that were never retrieved and drops sentences left with none', () => {
    const answer = composeAnswer(
      {
        summary: { text: 'Gamma holds.', sources: [2, 7] },
        points: [{ text: 'The Invented Act 2031 s.99 requires disclosure [9].', sources: [9] }, { text: 'Uncited.', sources: [] }],
        warnings: [],
      },
      passages,
      options,
    );
    expect(answer.answer).not.toMatch(/Invented|Uncited/);
    expect(answer.citations.map((c) => c.id)).toEqual(['c#three']);
    expect(answer.warnings).toEqual(['2 sentence(s) without a valid source were left out of the answer.']);
    expect(contractProblems(answer)).toEqual([]);
  });

  it('becomes "no guidance" when nothing survives verification', () => {
    const answer = composeAnswer({ summary: { text: 'Made up.', sources: [5] }, points: [], warnings: [] }, passages, options);
    expect(answer.status).toBe('no_guidance');
    expect(answer.citations).toEqual([]);
    expect(contractProblems(answer)).toEqual([]);
  });

  it('strips markers the draft wrote itself so only verified ones remain', () => {
    const answer = composeAnswer({ summary: { text: 'Alpha [3] is so [12].', sources: [0] }, points: [], warnings: [] }, passages, options);
    expect(answer.answer.startsWith('**In short:** Alpha is so [1].')).toBe(true);
  });
});
