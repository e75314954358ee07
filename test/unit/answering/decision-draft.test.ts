import { beforeAll, describe, expect, it } from 'vitest';
import { draftDecision } from '../../../src/answering/decision-draft.ts';
import type { DecisionCard, DecisionLine } from '../../../src/deciding/decision-card.ts';
import { loadDecisionCards } from '../../../src/deciding/load-decision-cards.ts';
import type { Decision } from '../../../src/deciding/resolve-decision.ts';
import { FIXTURE_KNOWLEDGE } from '../../support/fixture-knowledge.ts';

let card: DecisionCard;
beforeAll(async () => {
  const loaded = await loadDecisionCards(FIXTURE_KNOWLEDGE);
  card = loaded.cards[0]!;
});

const line = (verdict: DecisionLine['verdict'], text: string, police: string | null, condition: string): DecisionLine => ({ verdict, text, police, restsOn: [], if: condition });

const openingOf = (decision: Decision, forPolice: boolean) => draftDecision(decision, () => 1, { forPolice }).opening.map((sentence) => sentence.text).join(' ');

describe('the first line of an answer that depends on a missing fact', () => {
  it('sums up each branch for the holder, and for a police officer as what the holder may do where the card words it for police', () => {
    const branches = [
      line('need_not', "No, you don't have to give his name.", "No, the hospital doesn't have to give you his name.", 'if no one else is at risk'),
      line('may', 'Yes, you may share his name.', 'Yes, staff may share his name with you.', 'if others are at risk'),
    ];
    const decision: Decision = { card, verdict: 'depends', line: null, dependsOn: 'whether anyone else is at risk', branches, points: [] };
    expect(openingOf(decision, false)).toBe("It depends on whether anyone else is at risk: if no one else is at risk, you don't have to share; if others are at risk, you may share.");
    expect(openingOf(decision, true)).toBe("It depends on whether anyone else is at risk: if no one else is at risk, they don't have to share; if others are at risk, they may share.");
    // A card written to police officers speaks to them already: "you" is the officer.
    const forOfficers = branches.map((branch) => ({ ...branch, police: null }));
    expect(openingOf({ ...decision, branches: forOfficers }, true)).toBe("It depends on whether anyone else is at risk: if no one else is at risk, you don't have to share; if others are at risk, you may share.");
  });
});
