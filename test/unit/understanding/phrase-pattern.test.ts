import { describe, expect, it } from 'vitest';
import { words } from '../../../src/retrieval/text.ts';
import { expandAlternatives, loadFactVocabulary } from '../../../src/understanding/fact-vocabulary.ts';
import { compilePattern, firstWords, matchesAt, type PhrasePattern } from '../../../src/understanding/phrase-pattern.ts';

/** Every word sequence a pattern stands for, written out. */
function sequences(pattern: PhrasePattern): string[] {
  let out = [[] as string[]];
  for (const choices of pattern.slots) out = out.flatMap((prefix) => choices.map((choice) => [...prefix, ...choice]));
  return out.filter((sequence) => sequence.length > 0).map((sequence) => sequence.join(' '));
}

const compiled = (pattern: string) => compilePattern(pattern, words);
const ends = (question: string, pattern: string) =>
  compiled(pattern).flatMap((p) => matchesAt(words(question), 0, p).map(({ end }) => end)).sort((a, b) => a - b);

describe('phrase patterns', () => {
  it('keep alternatives as slots instead of writing out every combination', () => {
    const [pattern, ...rest] = compiled('{a|an} {18|19|20} {year old|yo} man');
    expect(rest).toEqual([]);
    expect(pattern!.slots).toEqual([[['a'], ['an']], [['18'], ['19'], ['20']], [['year', 'old'], ['yo']], [['man']]]);
  });

  it('match every length an empty alternative allows, and plurals as the words do', () => {
    expect(ends('our nurses were hit', '{our |}nurse')).toEqual([2]);
    expect(ends('nurse was hit', '{our |}nurse {was |}hit')).toEqual([3]);
    expect(ends('nurse hit', '{our |}nurse {was |}hit')).toEqual([2]);
    expect(ends('a nurse', 'a {nurse|nurse was}')).toEqual([2]);
  });

  it('report the word a match starts with, so a phrase that is itself negative is known', () => {
    const [pattern] = compiled('{|no} consent');
    expect(matchesAt(words('no consent'), 0, pattern!)).toEqual([{ end: 2, firstWord: 'no' }]);
    expect(matchesAt(words('consent'), 0, pattern!)).toEqual([{ end: 1, firstWord: 'consent' }]);
  });

  it('start with any word of a first slot that may be left out', () => {
    expect([...firstWords(compiled('{the |}{police|pc} asked')[0]!)].sort()).toEqual(['pc', 'police', 'the']);
  });

  it.each([
    ['{stab|punch}bed', ['stabbed', 'punchbed']],
    ['s {115|29} request', ['s115 request', 's29 request']],
    ["{can|could}n't share", ['can not share', 'could not share']],
  ])('write out "%s" where its words only split as a whole', (pattern, expected) => {
    expect(compiled(pattern).flatMap(sequences).sort()).toEqual(expected.sort());
  });

  it('stand for exactly the phrases written out, for every phrase in the knowledge vocabulary', async () => {
    const vocabulary = await loadFactVocabulary('knowledge');
    const phrases = Object.values(vocabulary.facts).flatMap((fact) => Object.values(fact.values).flat());
    expect(phrases.length).toBeGreaterThan(1000);
    // Compared as plain sets, and only the phrases that differ handed to expect: deep equality on millions of
    // written-out phrases would take longer than the check itself.
    const differing = phrases.filter((phrase) => {
      const written = new Set(expandAlternatives(phrase).map((item) => words(item).join(' ')).filter(Boolean));
      const matched = new Set(compiled(phrase).flatMap(sequences));
      return matched.size !== written.size || [...matched].some((sequence) => !written.has(sequence));
    });
    expect(differing).toEqual([]);
    // It writes out every phrase in the vocabulary, nearly four million, so it is given longer than the default.
  }, 120_000);
});
