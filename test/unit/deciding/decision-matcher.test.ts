import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MATCH_WEIGHTS, DecisionMatcher } from '../../../src/deciding/decision-matcher.ts';
import type { FactRoles } from '../../../src/understanding/fact-vocabulary.ts';
import type { KnowledgeIndex } from '../../../src/retrieval/knowledge-index.ts';
import { QueryNormaliser } from '../../../src/retrieval/query-normaliser.ts';
import { fixtureWorkspace, openWorkspaceIndex, type Workspace } from '../../support/fixture-knowledge.ts';

let workspace: Workspace;
let index: KnowledgeIndex;
let normaliser: QueryNormaliser;
beforeAll(async () => {
  workspace = await fixtureWorkspace();
  index = await openWorkspaceIndex(workspace);
  normaliser = new QueryNormaliser(index.glossary, index.vocabulary, index.scope.domain);
});
afterAll(() => workspace.remove());

/** Each card's fact fit for a question with the given facts, under the given fact roles. */
function fits(question: string, facts: Record<string, string>, roles: Partial<FactRoles>): Map<string, number> {
  const matcher = new DecisionMatcher(index.decisions, { onlyWhenStated: new Set(), setsSituation: new Map(), ...roles });
  const ranked = matcher.rank(normaliser.normalise(question), null, facts, [], []);
  return new Map(ranked.map((m) => [m.card.id, m.factFit]));
}

describe('fact roles in matching', () => {
  const question = 'The police have a court order for the records of a man with a knife wound';

  it('holds a stated situation-setting fact against every card that does not know it', () => {
    const plain = fits(question, { instrument: 'court_order' }, {});
    const setting = fits(question, { instrument: 'court_order' }, { setsSituation: new Map([['instrument', null]]) });
    // The knife card says nothing of instruments; the request-form card has a court-order exception.
    expect(setting.get('fixture-knife')).toBeCloseTo(plain.get('fixture-knife')! - DEFAULT_MATCH_WEIGHTS.situationConflicts);
    expect(setting.get('fixture-request-form')).toBeCloseTo(plain.get('fixture-request-form')!);
  });

  it('holds no other stated situation against a card that decides one of them', () => {
    const facts = { instrument: 'court_order', injury_cause: 'attack' };
    const plain = fits(question, facts, {});
    const roles = { setsSituation: new Map([['instrument', null], ['injury_cause', null]]) };
    const setting = fits(question, facts, roles);
    // The knife card branches on the injury and the request-form card has a court-order exception: neither is held
    // to the situation it does not know, because the question also states the one it decides.
    expect(setting.get('fixture-knife')).toBeCloseTo(plain.get('fixture-knife')!);
    expect(setting.get('fixture-request-form')).toBeCloseTo(plain.get('fixture-request-form')!);
    // A card deciding neither is held to both.
    const onlyInstrument = fits(question, { instrument: 'witness_summons' }, roles);
    expect(onlyInstrument.get('fixture-knife')).toBeCloseTo(fits(question, { instrument: 'witness_summons' }, {}).get('fixture-knife')! - DEFAULT_MATCH_WEIGHTS.situationConflicts);
  });

  it('counts a card that branches on the fact as knowing it', () => {
    const plain = fits(question, { injury_cause: 'attack' }, {});
    const setting = fits(question, { injury_cause: 'attack' }, { setsSituation: new Map([['injury_cause', null]]) });
    expect(setting.get('fixture-knife')).toBeCloseTo(plain.get('fixture-knife')!);
    expect(setting.get('fixture-request-form')).toBeCloseTo(plain.get('fixture-request-form')! - DEFAULT_MATCH_WEIGHTS.situationConflicts);
  });

  it('counts a stated fact the card decides by, though its situation does not name it, as agreement', () => {
    const none = fits(question, {}, {});
    const attack = fits(question, { injury_cause: 'attack' }, {});
    expect(attack.get('fixture-knife')).toBeCloseTo(none.get('fixture-knife')! + DEFAULT_MATCH_WEIGHTS.factAgrees);
    expect(attack.get('fixture-request-form')).toBeCloseTo(none.get('fixture-request-form')!);
  });

  it('counts an exception the card decides by only when the question states every fact it needs', () => {
    // The same request-form card, its court-order exception narrowed to orders about children.
    const decisions = {
      ...index.decisions,
      cards: index.decisions.cards.map((card) =>
        card.id === 'fixture-request-form' ? { ...card, facts: {}, exceptions: card.exceptions.map((exception) => ({ ...exception, when: { ...exception.when, age: ['child'] } })) } : card,
      ),
    };
    const fitOf = (facts: Record<string, string>) =>
      new DecisionMatcher(decisions, { onlyWhenStated: new Set(), setsSituation: new Map() }).rank(normaliser.normalise(question), null, facts, [], []).find((m) => m.card.id === 'fixture-request-form')!.factFit;
    expect(fitOf({ age: 'child' })).toBeCloseTo(fitOf({}));
    expect(fitOf({ instrument: 'court_order' })).toBeCloseTo(fitOf({}));
    expect(fitOf({ instrument: 'court_order', age: 'child' })).toBeCloseTo(fitOf({}) + 2 * DEFAULT_MATCH_WEIGHTS.factAgrees);
  });

  it('does not count what the question asks ("do I have to?") as agreeing with a card that has an exception for it', () => {
    const decisions = {
      ...index.decisions,
      cards: index.decisions.cards.map((card) =>
        card.id === 'fixture-request-form' ? { ...card, exceptions: card.exceptions.map((exception) => ({ ...exception, when: { question_asks: ['duty'] } })) } : card,
      ),
    };
    const fitOf = (facts: Record<string, string>, whatIsAsked: Map<string, Set<string>>) =>
      new DecisionMatcher(decisions, { onlyWhenStated: new Set(), setsSituation: new Map(), whatIsAsked })
        .rank(normaliser.normalise(question), null, facts, [], [])
        .find((m) => m.card.id === 'fixture-request-form')!.factFit;
    const asked = new Map([['question_asks', new Set(['duty'])]]);
    expect(fitOf({ question_asks: 'duty' }, new Map())).toBeCloseTo(fitOf({}, new Map()) + DEFAULT_MATCH_WEIGHTS.factAgrees);
    expect(fitOf({ question_asks: 'duty' }, asked)).toBeCloseTo(fitOf({}, asked));
  });

  it('holds only the listed values of a situation-setting fact against cards that do not know them', () => {
    const plain = fits(question, { instrument: 'request_form' }, {});
    const listed = fits(question, { instrument: 'request_form' }, { setsSituation: new Map([['instrument', new Set(['court_order'])]]) });
    expect(listed).toEqual(plain);
    const order = fits(question, { instrument: 'court_order' }, { setsSituation: new Map([['instrument', new Set(['court_order'])]]) });
    expect(order.get('fixture-knife')).toBeCloseTo(fits(question, { instrument: 'court_order' }, {}).get('fixture-knife')! - DEFAULT_MATCH_WEIGHTS.situationConflicts);
  });

  it('leaves every card alone when the question does not state the fact', () => {
    expect(fits(question, {}, { setsSituation: new Map([['instrument', null]]) })).toEqual(fits(question, {}, {}));
  });

  it('suits a card naming an only-when-stated fact only to questions that state it', () => {
    const plain = fits(question, {}, {});
    const onlyWhenStated = fits(question, {}, { onlyWhenStated: new Set(['instrument']) });
    expect(onlyWhenStated.get('fixture-request-form')).toBeCloseTo(plain.get('fixture-request-form')! - DEFAULT_MATCH_WEIGHTS.factConflicts);
    expect(onlyWhenStated.get('fixture-knife')).toBeCloseTo(plain.get('fixture-knife')!);
  });

  it('does not hold a card for two situations to the one left unstated when the question states its other', () => {
    // The request-form card's situation names both the recipient and the instrument; read as two situations, a
    // question in the first is not held to the second, as it would be were the recipient no situation.
    const facts = { recipient: 'police' };
    const onlyWhenStated = new Set(['instrument']);
    const asOne = fits(question, facts, { onlyWhenStated, setsSituation: new Map([['instrument', null]]) });
    const asTwo = fits(question, facts, { onlyWhenStated, setsSituation: new Map([['instrument', null], ['recipient', null]]) });
    expect(asTwo.get('fixture-request-form')).toBeCloseTo(asOne.get('fixture-request-form')! + DEFAULT_MATCH_WEIGHTS.factConflicts);
    // A question in neither situation is still held to the unstated one.
    const neither = fits(question, {}, { onlyWhenStated, setsSituation: new Map([['instrument', null], ['recipient', null]]) });
    expect(neither.get('fixture-request-form')).toBeCloseTo(fits(question, {}, {}).get('fixture-request-form')! - DEFAULT_MATCH_WEIGHTS.factConflicts);
  });

  it('holds a card for two situations, both unstated, as far from the question as a card for one', () => {
    const onlyWhenStated = new Set(['instrument', 'recipient']);
    const setsSituation = new Map([['instrument', null], ['recipient', null]]);
    const both = fits(question, {}, { onlyWhenStated, setsSituation });
    const one = fits(question, {}, { onlyWhenStated: new Set(['instrument']), setsSituation });
    expect(both.get('fixture-request-form')).toBeCloseTo(one.get('fixture-request-form')!);
    expect(both.get('fixture-request-form')).toBeCloseTo(fits(question, {}, {}).get('fixture-request-form')! - DEFAULT_MATCH_WEIGHTS.factConflicts);
  });

  it('holds a card naming a strictly-when-stated fact as far from a question that leaves it out as from one that contradicts it', () => {
    const plain = fits(question, {}, {});
    const strictly = fits(question, {}, { onlyWhenStated: new Set(['instrument']), strictlyWhenStated: new Set(['instrument']) });
    expect(strictly.get('fixture-request-form')).toBeCloseTo(plain.get('fixture-request-form')! - DEFAULT_MATCH_WEIGHTS.situationConflicts);
    expect(strictly.get('fixture-knife')).toBeCloseTo(plain.get('fixture-knife')!);
  });

  it('counts an only-when-stated fact the question states, and the card has, as naming its situation', () => {
    const facts = { instrument: 'request_form' };
    const plain = fits(question, facts, {});
    const onlyWhenStated = fits(question, facts, { onlyWhenStated: new Set(['instrument']) });
    expect(onlyWhenStated.get('fixture-request-form')).toBeCloseTo(
      plain.get('fixture-request-form')! - DEFAULT_MATCH_WEIGHTS.factAgrees + DEFAULT_MATCH_WEIGHTS.topicAgrees,
    );
    expect(DEFAULT_MATCH_WEIGHTS.topicAgrees).toBeGreaterThan(DEFAULT_MATCH_WEIGHTS.factAgrees);
  });

  it('holds a different stated value of an only-when-stated fact against the card as strongly as a situation it does not know', () => {
    // A knife someone has bought is not the knife wound a wound card is about.
    const facts = { instrument: 'statute' };
    const plain = fits(question, facts, {});
    const onlyWhenStated = fits(question, facts, { onlyWhenStated: new Set(['instrument']) });
    expect(onlyWhenStated.get('fixture-request-form')).toBeCloseTo(
      plain.get('fixture-request-form')! + DEFAULT_MATCH_WEIGHTS.factConflicts - DEFAULT_MATCH_WEIGHTS.situationConflicts,
    );
  });
});

describe('what a card says', () => {
  it('counts words of a card\'s verdict lines that none of its phrasings use towards matching it', () => {
    // "assault" and "compel" appear only in what the two cards say, never in their phrasings.
    const matcher = new DecisionMatcher(index.decisions);
    const said = (question: string) => new Map(matcher.rank(normaliser.normalise(question), null, {}, [], []).map((m) => [m.card.id, m.said]));
    const assault = said('after an assault, does the first report need the name');
    expect(assault.get('fixture-knife')).toBeGreaterThan(assault.get('fixture-request-form')!);
    const compel = said('does it compel disclosure');
    expect(compel.get('fixture-request-form')).toBeGreaterThan(compel.get('fixture-knife')!);
  });
});

describe('agencies a card involves', () => {
  it('holds a card that always involves the police against a question that involves no police', () => {
    const cards = index.decisions.cards.map((card) => (card.id === 'fixture-request-form' ? { ...card, involves: ['police'] } : card));
    const matcher = new DecisionMatcher({ ...index.decisions, cards });
    const fitOf = (involved: ReadonlySet<string> | null) =>
      new Map(matcher.rank(normaliser.normalise('a request for the records'), null, {}, [], [], involved).map((m) => [m.card.id, m.factFit]));
    const unknown = fitOf(null);
    const noPolice = fitOf(new Set(['health', 'solicitor']));
    const withPolice = fitOf(new Set(['police', 'health']));
    expect(noPolice.get('fixture-request-form')).toBeCloseTo(unknown.get('fixture-request-form')! - DEFAULT_MATCH_WEIGHTS.factConflicts);
    expect(withPolice.get('fixture-request-form')).toBeCloseTo(unknown.get('fixture-request-form')!);
    expect(noPolice.get('fixture-knife')).toBeCloseTo(unknown.get('fixture-knife')!);
  });

  it('holds a card for the police asking against a question put to the police by someone unnamed', () => {
    const asking = index.decisions.cards.map((card) => (card.id === 'fixture-request-form' ? { ...card, facts: { ...card.facts, asker: ['police'] } } : card));
    const fitOf = (cards: typeof asking, facts: Record<string, string>) =>
      new DecisionMatcher({ ...index.decisions, cards }).rank(normaliser.normalise('a police request form'), null, facts, [], []).find((m) => m.card.id === 'fixture-request-form')!.factFit;
    const change = (facts: Record<string, string>) => fitOf(asking, facts) - fitOf(index.decisions.cards, facts);
    expect(change({ recipient: 'police' })).toBeCloseTo(-DEFAULT_MATCH_WEIGHTS.factConflicts);
    // The police asking whether they may be told: the asker is named, so the card fits.
    expect(change({ asker: 'police', recipient: 'police' })).toBeCloseTo(DEFAULT_MATCH_WEIGHTS.factAgrees);
    expect(change({ recipient: 'health' })).toBeCloseTo(0);
  });
});

describe('a card written for an agency outside canishare’s remit', () => {
  // The knife card stands in for a card written for insurers, an agency the fixture puts outside the remit.
  const forInsurers = () => ({ ...index.decisions, cards: index.decisions.cards.map((card) => (card.id === 'fixture-knife' ? { ...card, involves: ['insurer'] } : card)) });
  const ranked = (involved: ReadonlySet<string> | null) => {
    const matcher = new DecisionMatcher(forInsurers(), { onlyWhenStated: new Set(), setsSituation: new Map(), outsideRemit: new Set(['insurer']) });
    return matcher.rank(normaliser.normalise('A man with a knife wound: do we tell anyone?'), null, {}, [], [], involved).map((m) => m.card.id);
  };

  it('answers a story that involves that agency, or one whose agencies are not known', () => {
    expect(ranked(new Set(['insurer']))).toContain('fixture-knife');
    expect(ranked(null)).toContain('fixture-knife');
  });

  it('does not answer a story that involves only other agencies', () => {
    expect(ranked(new Set(['police']))).not.toContain('fixture-knife');
  });
});
