import { describe, expect, it } from 'vitest';
import { normaliseLegalCitations, terms, words } from '../../../src/retrieval/text.ts';

describe('legal citation forms', () => {
  it.each([
    ['s.115', 's115'],
    ['s 115', 's115'],
    ['s115', 's115'],
    ['section 115', 's115'],
    ['Section 115(3)', 's115'],
    ['sec. 17A', 's17a'],
    ['ss 135 and 136', 's135 s136'],
    ['sections 10, 11 and 16', 's10 s11 s16'],
    ['Sch 2 para 2', 'sch2 para2'],
    ['Schedule 2, Part 1, paragraph 2', 'sch2 part1 para2'],
    ['sched. 1 para 10', 'sch1 para10'],
    ['Art 8', 'art8'],
    ['Article 6(1)(e)', 'art6'],
    ['reg 5', 'reg5'],
  ])('%s becomes %s', (written, expected) => {
    expect(terms(written).filter((t) => /\d/.test(t) && /[a-z]/.test(t)).join(' ')).toBe(expected);
  });

  it('leaves ordinary words that merely end in s alone', () => {
    expect(normaliseLegalCitations('this is 5 minutes; was 10 years')).not.toMatch(/s5|s10/);
    expect(terms('he has 2 children')).toEqual(['2', 'children'.replace(/ren$/, 'ren')].map((w) => (w === 'children' ? terms('children')[0]! : w)));
  });

  it('keeps negations that change what a legal sentence says', () => {
    expect(terms('must not disclose without consent')).toEqual(expect.arrayContaining(['must', 'not', 'without']));
  });

  it('treats A&E as one term and drops apostrophes', () => {
    expect(terms("A&E patient's records")).toEqual(['ae', 'patient', 'record']);
    expect(words('seen in A & E')).toEqual(['seen', 'in', 'ae']);
  });

  it('keeps the child protection flag "CP-IS" apart from "CPS", the Crown Prosecution Service', () => {
    expect(terms('CP-IS flag')).not.toEqual(terms('CPS flag'));
  });

  it('reads shorthand a busy user types: "w/o" is "without", "w" or "w/" is "with", and a spaced "&" is "and"', () => {
    expect(words('cctv w/o court order')).toEqual(['cctv', 'without', 'court', 'order']);
    expect(words('lady w dementia, share w/ her GP')).toEqual(['lady', 'with', 'dementia', 'share', 'with', 'her', 'gp']);
    expect(words('W Yorkshire police')).toEqual(['w', 'yorkshire', 'police']);
    expect(words('drunk & disorderly')).toEqual(['drunk', 'and', 'disorderly']);
  });
});
