import { describe, expect, it } from 'vitest';
import { DEFAULT_DECISION_THRESHOLDS, closeEnough, isInDomain } from '../../../src/deciding/decider.ts';

const fitting = { score: DEFAULT_DECISION_THRESHOLDS.match + 0.05, factFit: 0.08, coverage: 0.23 };

describe('whether a question is in the domain', () => {
  it('is when its words name sharing between agencies, or search found the answer', () => {
    expect(isInDomain({ scope: 'in_scope', evidence: false }, undefined, DEFAULT_DECISION_THRESHOLDS)).toBe(true);
    expect(isInDomain({ scope: 'uncertain', evidence: true }, undefined, DEFAULT_DECISION_THRESHOLDS)).toBe(true);
  });

  it('is when it names an agency without a word of sharing and a card fits its facts', () => {
    expect(isInDomain({ scope: 'uncertain', evidence: false }, fitting, DEFAULT_DECISION_THRESHOLDS)).toBe(true);
  });

  it('is not when the card only resembles it, fits none of its facts, shares few of its situation words, or it names no agency at all', () => {
    expect(isInDomain({ scope: 'uncertain', evidence: false }, { ...fitting, factFit: 0 }, DEFAULT_DECISION_THRESHOLDS)).toBe(false);
    expect(isInDomain({ scope: 'uncertain', evidence: false }, { ...fitting, score: DEFAULT_DECISION_THRESHOLDS.match - 0.01 }, DEFAULT_DECISION_THRESHOLDS)).toBe(false);
    expect(isInDomain({ scope: 'out_of_scope', evidence: false }, fitting, DEFAULT_DECISION_THRESHOLDS)).toBe(false);
    expect(isInDomain({ scope: 'uncertain', evidence: false }, { ...fitting, coverage: 0.08 }, DEFAULT_DECISION_THRESHOLDS)).toBe(false);
  });
});

describe('a card close enough to answer on its words alone', () => {
  const strong = { score: DEFAULT_DECISION_THRESHOLDS.strongMatch + 0.01, coverage: 0.31, factFit: 0.04 };

  it('answers a question that states a fact the card fits, or whose words put it in scope', () => {
    expect(closeEnough({ scope: 'uncertain' }, strong, { asker: 'health' }, DEFAULT_DECISION_THRESHOLDS)).toBe(true);
    expect(closeEnough({ scope: 'in_scope' }, strong, {}, DEFAULT_DECISION_THRESHOLDS)).toBe(true);
  });

  it('needs the card to use most of the words of a question that states no fact and is not plainly in scope', () => {
    // "where do night staff park?" against the hospital CCTV card, which shares "car park" and little else.
    expect(closeEnough({ scope: 'uncertain' }, strong, {}, DEFAULT_DECISION_THRESHOLDS)).toBe(false);
    expect(closeEnough({ scope: 'uncertain' }, { ...strong, coverage: 0.92 }, {}, DEFAULT_DECISION_THRESHOLDS)).toBe(true);
  });

  it('treats a question that involves none of the agencies served, and whose stated facts the card does not fit, as stating none', () => {
    const solicitorOnly = new Set(['solicitor']);
    expect(closeEnough({ scope: 'uncertain' }, { ...strong, factFit: 0 }, { age: 'adult' }, DEFAULT_DECISION_THRESHOLDS, solicitorOnly)).toBe(false);
    expect(closeEnough({ scope: 'uncertain' }, { ...strong, factFit: 0, coverage: 0.92 }, { age: 'adult' }, DEFAULT_DECISION_THRESHOLDS, solicitorOnly)).toBe(true);
    expect(closeEnough({ scope: 'uncertain' }, { ...strong, factFit: 0 }, { age: 'adult' }, DEFAULT_DECISION_THRESHOLDS, new Set(['police', 'media']))).toBe(true);
    expect(closeEnough({ scope: 'in_scope' }, { ...strong, factFit: 0 }, { age: 'adult' }, DEFAULT_DECISION_THRESHOLDS, solicitorOnly)).toBe(true);
  });

  it('never answers below the strong-match score', () => {
    expect(closeEnough({ scope: 'in_scope' }, { ...strong, score: DEFAULT_DECISION_THRESHOLDS.strongMatch - 0.01 }, { asker: 'health' }, DEFAULT_DECISION_THRESHOLDS)).toBe(false);
  });
});
