import { describe, expect, it } from 'vitest';
import { contractProblems } from '../../../src/answering/answer-contract.ts';
import { composeAnswer } from '../../../src/answering/compose-answer.ts';
import { passage } from '../../support/passages.ts';

const passages = [passage('a#one', 'Alpha sentence.'), passage('b#two', 'Beta sentence.'), passage('c#three', 'Gamma sentence.')];
const options = { mode: 'llm' as const, redactions: [], warnings: [], footer: '_Footer._' };

describe('citation verification', () => {
  it('numbers citations by first use and references every one', () => {
    const answer = composeAnswer(
      { verdict: 'may', opening: [{ text: 'Yes, you may: beta is true.', sources: [1] }], points: [{ text: 'Alpha and beta.', sources: [0, 1] }], warnings: [] },
      passages,
      options,
    );
    expect(answer.answer).toBe('Yes, you may: beta is true [1].\n\n- Alpha and beta [2][1].\n\n_Footer._');
    expect(answer.verdict).toBe('may');
    expect(answer.citations.map((c) => [c.n, c.id])).toEqual([[1, 'b#two'], [2, 'a#one']]);
    expect(contractProblems(answer)).toEqual([]);
  });

  it('removes sources that were never retrieved and drops sentences left with none', () => {
    const answer = composeAnswer(
      {
        verdict: null,
        opening: [{ text: 'Gamma holds.', sources: [2, 7] }],
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
    const answer = composeAnswer({ verdict: 'must', opening: [{ text: 'Made up.', sources: [5] }], points: [], warnings: [] }, passages, options);
    expect(answer.status).toBe('no_guidance');
    expect(answer.verdict).toBeNull();
    expect(answer.citations).toEqual([]);
    expect(contractProblems(answer)).toEqual([]);
  });

  it('strips markers the draft wrote itself so only verified ones remain', () => {
    const answer = composeAnswer({ verdict: null, opening: [{ text: 'Alpha [3] is so [12].', sources: [0] }], points: [], warnings: [] }, passages, options);
    expect(answer.answer.startsWith('Alpha is so [1].')).toBe(true);
  });

  it('keeps a framing sentence without a source, but a draft of framing alone is no guidance', () => {
    const framed = composeAnswer(
      { verdict: 'depends', opening: [{ text: 'It depends on how it happened.', sources: [], framing: true }], points: [{ text: 'If by attack: beta.', sources: [1] }], warnings: [] },
      passages,
      options,
    );
    expect(framed.answer.startsWith('It depends on how it happened.\n\n- If by attack: beta [1].')).toBe(true);
    expect(framed.warnings).toEqual([]);
    const bare = composeAnswer({ verdict: 'depends', opening: [{ text: 'It depends.', sources: [], framing: true }], points: [], warnings: [] }, passages, options);
    expect(bare.status).toBe('no_guidance');
  });

  it('leads with the first surviving point when the opening loses its sources', () => {
    const answer = composeAnswer(
      { verdict: 'may', opening: [{ text: 'Invented.', sources: [9] }], points: [{ text: 'Alpha.', sources: [0] }, { text: 'Gamma.', sources: [2] }], warnings: [] },
      passages,
      options,
    );
    expect(answer.answer.startsWith('Alpha [1].\n\n- Gamma [2].')).toBe(true);
  });
});
