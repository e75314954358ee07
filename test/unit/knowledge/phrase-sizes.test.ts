import { describe, expect, it } from 'vitest';
import { lintPhraseSizes } from '../../../src/knowledge/lint.ts';
import type { FactVocabulary } from '../../../src/understanding/fact-vocabulary.ts';

function vocabularyWith(phrase: string): FactVocabulary {
  return { facts: { death_notification: { describe: 'test', values: { already_notified: [phrase] } } } } as unknown as FactVocabulary;
}

describe('the size of phrase patterns', () => {
  it('flags a pattern whose alternatives run into each other, naming the fact and value', () => {
    const tangled = "{me|the me|medical examiner|medical examiner's|me's|the medical examiner's} {office|officer|service|team} {rang|called|said|told me|told us|has|had|have} {to say |that |}{they've|theyve|they have|it has|it's|its|}{ |}already {referred|reported|notified}";
    const findings = lintPhraseSizes(vocabularyWith(tangled));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toMatch(/^facts\.death_notification\.already_notified: the pattern .* separate phrases/);
  });

  it('flags a pattern that stands for more than a million phrases, even with whole-word alternatives', () => {
    const broad = `{a|b|c|d|e|f|g|h|i|j} {a|b|c|d|e|f|g|h|i|j} {a|b|c|d|e|f|g|h|i|j} {a|b|c|d|e|f|g|h|i|j} {a|b|c|d|e|f|g|h|i|j} {a|b|c|d|e|f|g|h|i|j} {k|l}`;
    const findings = lintPhraseSizes(vocabularyWith(broad));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toMatch(/^facts\.death_notification\.already_notified: the pattern .* stands for 2000000 phrases/);
  });

  it('passes the same idea written with whole-word alternatives', () => {
    const clean = "{the medical examiner|medical examiner|the me|me} {office|officer|service|team} {rang|called|phoned|said|told me|told us} {to say |that |}{they've|theyve|they have|it has|} already {referred|reported|notified}";
    expect(lintPhraseSizes(vocabularyWith(clean))).toEqual([]);
  });
});
