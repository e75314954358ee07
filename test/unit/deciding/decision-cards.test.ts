import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DecisionCard } from '../../../src/deciding/decision-card.ts';
import { loadDecisionCards } from '../../../src/deciding/load-decision-cards.ts';
import { resolveDecision } from '../../../src/deciding/resolve-decision.ts';
import { lintKnowledge } from '../../../src/knowledge/lint.ts';
import { loadFactVocabulary, type FactVocabulary } from '../../../src/understanding/fact-vocabulary.ts';
import { FIXTURE_KNOWLEDGE, fixtureWorkspace, type Workspace } from '../../support/fixture-knowledge.ts';

let cards: Map<string, DecisionCard>;
let vocabulary: FactVocabulary;
beforeAll(async () => {
  const loaded = await loadDecisionCards(FIXTURE_KNOWLEDGE);
  expect(loaded.problems).toEqual([]);
  cards = new Map(loaded.cards.map((card) => [card.id, card]));
  vocabulary = await loadFactVocabulary(FIXTURE_KNOWLEDGE);
});

describe('applying a card to the facts of a question', () => {
  it('gives the usual verdict when no decisive fact is stated', () => {
    const decision = resolveDecision(cards.get('fixture-request-form')!, { recipient: 'police' }, vocabulary);
    expect(decision).toMatchObject({ verdict: 'need_not', dependsOn: null, branches: [] });
  });

  it('lets a decisive fact pick its exception', () => {
    const decision = resolveDecision(cards.get('fixture-request-form')!, { instrument: 'court_order' }, vocabulary);
    expect(decision.verdict).toBe('must');
    expect(decision.line!.text).toMatch(/^Yes, you must comply/);
  });

  it('does not take an exception whose unless the facts match', () => {
    const base = cards.get('fixture-request-form')!;
    const [order] = base.exceptions;
    // A court order decides it, unless the question says it is about a child (here, standing for any other fact).
    const card: DecisionCard = { ...base, exceptions: [{ ...order!, unless: { age: ['child'] } }] };
    expect(resolveDecision(card, { instrument: 'court_order' }, vocabulary).verdict).toBe('must');
    expect(resolveDecision(card, { instrument: 'court_order', age: 'adult' }, vocabulary).verdict).toBe('must');
    expect(resolveDecision(card, { instrument: 'court_order', age: 'child' }, vocabulary).verdict).toBe('need_not');
  });

  it('gives every branch when the fact the card turns on is missing, and the one branch when it is stated', () => {
    const card = cards.get('fixture-knife')!;
    const open = resolveDecision(card, {}, vocabulary);
    expect(open).toMatchObject({ verdict: 'depends', line: null, dependsOn: 'whether the injury came from an attack or was self-inflicted' });
    expect(open.branches.map((b) => b.verdict)).toEqual(['should', 'need_not']);
    expect(resolveDecision(card, { injury_cause: 'attack' }, vocabulary).verdict).toBe('should');
    expect(resolveDecision(card, { injury_cause: 'self_inflicted' }, vocabulary).verdict).toBe('need_not');
  });

  it('leaves out a branch an earlier exception always overtakes, and gives the verdict when every branch agrees', () => {
    const knife = cards.get('fixture-knife')!;
    const [accidental] = knife.exceptions;
    // A gunshot wound is reported even when accidental: for a gun, the accidental-knife branch cannot be taken.
    const gunFirst: DecisionCard = {
      ...knife,
      exceptions: [{ ...accidental!, when: { ...accidental!.when, weapon: ['gun'] }, verdict: 'should', text: 'Yes, you should tell the police about a gunshot wound, even an accidental one.' }, ...knife.exceptions],
    };
    const gun = resolveDecision(gunFirst, { weapon: 'gun' }, vocabulary);
    expect(gun).toMatchObject({ verdict: 'should', dependsOn: null, branches: [] });
    expect(gun.line).toBe(knife.answer);
    // Without the weapon stated, both branches stay open.
    expect(resolveDecision(gunFirst, {}, vocabulary).verdict).toBe('depends');
  });

  it('answers "do I have to?" about a permission with "No, it is not required", keeping the permission', () => {
    const base = cards.get('fixture-request-form')!;
    const permission: DecisionCard = {
      ...base,
      exceptions: [],
      answer: { ...base.answer, verdict: 'may', text: 'Yes, you may share the address where it is justified.', police: 'Yes, health may share the address with you.' },
    };
    const asked = resolveDecision(permission, { question_asks: 'duty' }, vocabulary);
    expect(asked.verdict).toBe('need_not');
    expect(asked.line!.text).toBe('No, it is not required, but you may share the address where it is justified.');
    expect(asked.line!.police).toBe('No, it is not required, but health may share the address with you.');
    expect(resolveDecision(permission, {}, vocabulary).verdict).toBe('may');
    const qualified: DecisionCard = { ...permission, answer: { ...permission.answer, text: 'Yes, you may share the address, but only the address.' } };
    expect(resolveDecision(qualified, { question_asks: 'duty' }, vocabulary).line!.text).toBe('No, it is not required; you may share the address, but only the address.');
    // Where others are at risk, the permission leads: "No, it is not required" is where a busy reader would stop.
    expect(resolveDecision(permission, { question_asks: 'duty', risk: 'others' }, vocabulary).verdict).toBe('may');
    // An officer asking whether health must hand it over is told it is not required, whatever the risk.
    expect(resolveDecision(permission, { question_asks: 'duty', risk: 'others', asker: 'police', recipient: 'police' }, vocabulary).verdict).toBe('need_not');
    // A duty the card states is not turned into "not required".
    expect(resolveDecision(cards.get('fixture-knife')!, { question_asks: 'duty', injury_cause: 'attack' }, vocabulary).verdict).toBe('should');
  });

  it('answers "can I share, and do I have to?" with the permission first', () => {
    const base = cards.get('fixture-request-form')!;
    const permission: DecisionCard = { ...base, exceptions: [], answer: { ...base.answer, verdict: 'may', text: 'Yes, you may share the address where it is justified.' } };
    const asked = resolveDecision(permission, { question_asks: 'duty', permission_asked: 'first' }, vocabulary);
    expect(asked.verdict).toBe('may');
    expect(asked.line!.text).toBe('Yes, you may share the address where it is justified.');
  });

  it('answers "do I have to?" with "No" when no branch requires sharing, keeping the other branches', () => {
    const knife = cards.get('fixture-knife')!;
    const permissive: DecisionCard = { ...knife, answer: { ...knife.answer, verdict: 'may', text: 'Yes, you may tell the police about an attack.' } };
    const asked = resolveDecision(permissive, { question_asks: 'duty' }, vocabulary);
    expect(asked.verdict).toBe('need_not');
    expect(asked.line!.verdict).toBe('need_not');
    expect(asked.branches.map((b) => b.verdict)).toEqual(['may']);
    expect(resolveDecision(permissive, {}, vocabulary).verdict).toBe('depends');
    // "Can I make them?" asks the same duty; "Can they refuse?" asks it from the holder's side, so "Yes." leads.
    expect(resolveDecision(permissive, { question_asks: 'compel' }, vocabulary)).toMatchObject({ verdict: 'need_not', branches: [{ verdict: 'may' }] });
    const refusal = resolveDecision(permissive, { question_asks: 'refusal' }, vocabulary);
    expect(refusal).toMatchObject({ verdict: 'need_not', branches: [{ verdict: 'may' }] });
    expect(refusal.line!.text).toMatch(/^Yes\. You don't have to tell the police/);
    // Where a branch expects sharing, the answer still depends on the missing fact.
    expect(resolveDecision(knife, { question_asks: 'duty' }, vocabulary).verdict).toBe('depends');
  });

  it('answers "can I make them?" about what guidance expects with "No, it is not required", keeping what is expected', () => {
    const base = cards.get('fixture-request-form')!;
    const expected: DecisionCard = { ...base, exceptions: [], answer: { ...base.answer, verdict: 'should', text: 'Yes, the GP should give you what you need to find her.' } };
    const asked = resolveDecision(expected, { question_asks: 'compel' }, vocabulary);
    expect(asked.verdict).toBe('need_not');
    expect(asked.line!.text).toBe('No, it is not required, but the GP should give you what you need to find her.');
    expect(resolveDecision(expected, { question_asks: 'duty' }, vocabulary).verdict).toBe('should');
  });

  it('answers "do I have to?" about something not to do with "No, you don\'t have to, and you shouldn\'t"', () => {
    const base = cards.get('fixture-request-form')!;
    const prohibition: DecisionCard = {
      ...base,
      exceptions: [],
      answer: { ...base.answer, verdict: 'must_not', text: "No, don't tell his wife without his agreement.", police: "No, the hospital shouldn't tell his wife." },
    };
    const asked = resolveDecision(prohibition, { question_asks: 'duty' }, vocabulary);
    expect(asked.verdict).toBe('need_not');
    expect(asked.line!.text).toBe("No, you don't have to, and you shouldn't tell his wife without his agreement.");
    expect(asked.line!.police).toBe("No, the hospital doesn't have to, and shouldn't tell his wife.");
    expect(resolveDecision(prohibition, {}, vocabulary).line!.text).toBe("No, don't tell his wife without his agreement.");
    // A prohibition worded otherwise is left as it is.
    const other: DecisionCard = { ...prohibition, answer: { ...prohibition.answer, text: 'No, section 251B cannot be used for this.', police: null } };
    expect(resolveDecision(other, { question_asks: 'duty' }, vocabulary).verdict).toBe('must_not');
  });

  it('answers "can they refuse?" with the first word the right way round: "Yes." where sharing is not required, "No," where it is', () => {
    const base = cards.get('fixture-request-form')!;
    const card = (verdict: DecisionCard['answer']['verdict'], text: string, police: string | null = null): DecisionCard => ({ ...base, exceptions: [], answer: { ...base.answer, verdict, text, police } });
    const notRequired = resolveDecision(card('need_not', "No, the practice doesn't have to give you his address.", "No, the practice doesn't have to."), { question_asks: 'refusal' }, vocabulary);
    expect(notRequired.verdict).toBe('need_not');
    expect(notRequired.line!.text).toBe("Yes. The practice doesn't have to give you his address.");
    expect(notRequired.line!.police).toBe("Yes. The practice doesn't have to.");
    const required = resolveDecision(card('must', 'Yes, the hospital must comply with the court order.'), { question_asks: 'refusal' }, vocabulary);
    expect(required.line!.text).toBe('No, the hospital must comply with the court order.');
    expect(resolveDecision(card('should', 'Yes, the GP should share it.'), { question_asks: 'refusal' }, vocabulary).line!.text).toBe('No, the GP should share it.');
    // Not to be shared at all: they may refuse, and should.
    const forbidden = resolveDecision(card('must_not', "No, don't confirm it without his consent."), { question_asks: 'refusal' }, vocabulary);
    expect(forbidden.verdict).toBe('need_not');
    expect(forbidden.line!.text).toBe("Yes. You don't have to, and you shouldn't confirm it without his consent.");
    // A permission is often someone else's ("the police may require…"): it is left as it is.
    expect(resolveDecision(card('may', 'Yes, the police may require a specimen.'), { question_asks: 'refusal' }, vocabulary).line!.text).toBe('Yes, the police may require a specimen.');
  });

  it('shows points only where their facts hold', () => {
    const card = cards.get('fixture-knife')!;
    const kinds = (place?: string) => resolveDecision(card, { injury_cause: 'attack', ...(place ? { place } : {}) }, vocabulary).points.length;
    expect(kinds('wales')).toBe(kinds() + 1);
  });
});

describe('knowledge lint of decision cards', () => {
  let workspace: Workspace;
  beforeAll(async () => {
    workspace = await fixtureWorkspace();
  });
  afterAll(() => workspace.remove());

  const lintWith = async (card: string) => {
    await writeFile(path.join(workspace.knowledgeDir, 'decisions', 'bad-card.yml'), card);
    return (await lintKnowledge(workspace.knowledgeDir, 365)).filter((f) => f.path === 'decisions/bad-card.yml').map((f) => `${f.level}: ${f.message}`);
  };
  const phrasings = Array.from({ length: 12 }, (_, i) => `  - question number ${i + 1} about a knife wound`).join('\n');

  it('passes the fixture cards', async () => {
    const findings = await lintKnowledge(FIXTURE_KNOWLEDGE, 3650);
    expect(findings.filter((f) => f.path.startsWith('decisions/'))).toEqual([]);
  });

  it('names each problem: wording that contradicts the verdict, unsupported lines, unknown facts and sections, too few phrasings', async () => {
    const findings = await lintWith(`id: bad-card
title: A bad card
audience: health
jurisdiction: [england]
last_reviewed: 2026-11-01
question: Is this a bad card?
facts: { mood: [sunny] }
involves: [astronauts]
phrasings:
  - only one
answer:
  verdict: must
  line: "No, you don't have to tell the police quickly about a knife or gunshot wound."
  rests_on: [gmc-knife#telling-the-police-about-the-injury]
exceptions:
  - when: { age: [elderly] }
    verdict: may
    line: "Yes, you may, under the Invented Act 2031, tell the astronaut everything."
    rests_on: [gmc-knife#no-such-section]
points:
  - kind: check
    text: "Check the patient's horoscope before telling anyone."
    rests_on: [gmc-knife#identifying-the-patient]
`);
    expect(findings).toEqual(
      expect.arrayContaining([
        'error: field "phrasings" has 1; write at least 12: short and misspelt, long narratives, police and health voices',
        'error: field "facts" names fact "mood", which knowledge/facts/ does not define',
        'error: field "exceptions.0.when" gives age "elderly"; known values are child, adult',
        expect.stringMatching(/^error: field "involves" names "astronauts", which is not an agency; use one of .*police/),
        'error: field "answer" reads as need_not but the verdict is must; open with words that state it (see knowledge/README.md)',
        expect.stringMatching(/^error: field "exceptions\.0\.line\.rests_on" names "gmc-knife#no-such-section", which is not a note section \(its sections are: .*identifying-the-patient/),
        expect.stringMatching(/^error: field "points\.0\.text" shares only \d+% of its words .* not found there: .*horoscope/),
        'error: field "points" has 1; give 3 to 5 for any one situation (conditions, what to check, share and record)',
      ]),
    );
  });

  it('holds branching cards to saying when each branch applies', async () => {
    const findings = await lintWith(`id: bad-card
title: A card that branches without saying when
audience: health
jurisdiction: [england, wales]
last_reviewed: 2026-11-01
question: Do we tell the police about a knife wound?
branches_on: injury_cause
phrasings:
${phrasings}
answer:
  verdict: should
  line: "Yes, you should usually tell the police quickly when a person arrives with a knife or gunshot wound from an assault."
  rests_on: [gmc-knife#telling-the-police-about-the-injury]
exceptions:
  - when: { injury_cause: [self_inflicted] }
    verdict: need_not
    line: "No, you don't have to tell the police about a knife wound that is not from an assault."
    rests_on: [gmc-knife#telling-the-police-about-the-injury]
points:
  - { kind: condition, text: "Disclosing the patient's identity needs consent.", rests_on: [gmc-knife#identifying-the-patient] }
  - { kind: check, text: "Disclosing the patient's identity needs consent.", rests_on: [gmc-knife#identifying-the-patient] }
  - { kind: record, text: "Disclosing the patient's identity needs consent.", rests_on: [gmc-knife#identifying-the-patient] }
`);
    expect(findings).toEqual([
      'error: field "answer.if" is needed with branches_on: say when the default verdict holds ("if the injury came from an attack")',
      'error: the exception for injury_cause "self_inflicted" needs "if": when it applies, as a branch',
    ]);
  });
});
