import { describe, expect, it } from 'vitest';
import { firstLineOf, verdictOfFirstLine, verdictOfSentence } from '../../../src/answering/verdict-wording.ts';

describe('the verdict a sentence states', () => {
  it.each([
    ['Yes, you must comply with a court order.', 'must'],
    ['Yes, you should usually tell the police quickly.', 'should'],
    ['Yes, you may disclose, if the public interest justifies it.', 'may'],
    ["No, you don't have to disclose on a DP7 form.", 'need_not'],
    ['No, the GP does not have to give you the records.', 'need_not'],
    ["No, don't look up a record for a friend.", 'must_not'],
    ['You must not access records without a reason.', 'must_not'],
    ['It depends on whether the injury came from an attack.', 'depends'],
    ['No, you cannot rely on legitimate interests.', 'must_not'],
    ["No, don't request them as a matter of course: a request is allowed only if…", 'must_not'],
    ["No, don't hand over records asked for as a matter of course: police may ask only if…", 'must_not'],
  ] as const)('"%s" states %s', (sentence, verdict) => {
    expect(verdictOfSentence(sentence)).toBe(verdict);
  });

  it('takes the earliest verdict word, so a qualification later in the sentence does not change it', () => {
    expect(verdictOfSentence("No, you don't have to, but you may if you judge it necessary.")).toBe('need_not');
    expect(verdictOfSentence("Yes, you may, but you don't have to.")).toBe('may');
  });

  it('finds none in a sentence that states no decision', () => {
    expect(verdictOfSentence('There is no Caldicott Act.')).toBeNull();
  });
});

describe('the first line of an answer', () => {
  it('is the first paragraph without emphasis or markers, and its decision is the first sentence that states one', () => {
    const answer = 'The "Caldicott Act" was not found. No, you don\'t have to [1].\n\n- A point [2].\n\n_Footer._';
    expect(firstLineOf(answer)).toBe('The "Caldicott Act" was not found. No, you don\'t have to.');
    expect(verdictOfFirstLine(answer)).toBe('need_not');
  });
});
