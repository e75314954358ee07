import { describe, expect, it } from 'vitest';
import { answerActivity, answerSurface } from '../../../../adapters/teams/render-activity.ts';
import { citationAbstract } from '../../../../adapters/teams/citation-abstract.ts';
import { citationEntity, TEAMS_CITATION_LIMITS } from '../../../../adapters/teams/citation-entity.ts';
import { shorten } from '../../../../adapters/teams/shorten.ts';
import type { Answer, Citation } from '../../../../src/index.ts';

function citation(n: number, fields: Partial<Citation> = {}): Citation {
  return { n, id: `doc-${n}#part`, title: `Source ${n}`, section: null, url: null, excerpt: `Passage ${n}.`, ...fields };
}

function answer(fields: Partial<Answer> = {}): Answer {
  const citations = fields.citations ?? [citation(1)];
  return {
    status: 'answered',
    verdict: 'may',
    suggestions: [],
    answer: `**In short:** yes ${citations.map((c) => `[${c.n}]`).join(' ')}.`,
    citations,
    mode: 'extractive',
    redactions: [],
    warnings: [],
    ...fields,
  };
}

describe('shorten', () => {
  it('leaves short text alone but for its whitespace', () => {
    expect(shorten('  a\n  short   title ', 80)).toBe('a short title');
  });

  it('cuts at a word boundary, ends with an ellipsis and keeps within the limit', () => {
    const cut = shorten('The Crime and Disorder Act 1998 section 115 gives a power to share, not a duty to share.', 40);
    expect(cut).toBe('The Crime and Disorder Act 1998 section…');
    expect(cut.length).toBeLessThanOrEqual(40);
  });

  it('never splits a character made of two UTF-16 units', () => {
    const cut = shorten(`${'x'.repeat(8)}😀😀😀`, 10);
    expect(cut.length).toBeLessThanOrEqual(10);
    expect(cut).toBe(`${'x'.repeat(8)}…`);
  });
});

describe('the citation entity', () => {
  it('holds one claim per citation, within the title, abstract and keyword limits Teams documents', () => {
    const long = citation(1, {
      title: 'A patient arrives with a stab wound or gunshot wound: do we call the police, and what do we tell them?',
      section: 'Disclosing the patient’s identity to the police',
      url: 'https://www.gmc-uk.org/guidance',
      excerpt: 'Doctors should usually tell the police quickly. '.repeat(10),
    });
    const entity = citationEntity(answer({ citations: [long, citation(2)] }))!;
    expect(entity).toMatchObject({ type: 'https://schema.org/Message', '@type': 'Message', '@context': 'https://schema.org' });
    const [first, second] = entity.citation!;
    expect(first!.position).toBe(1);
    expect(first!.appearance.name.length).toBeLessThanOrEqual(TEAMS_CITATION_LIMITS.titleChars);
    expect(first!.appearance.name).toMatch(/^A patient arrives with a stab wound.*…$/);
    expect(first!.appearance.abstract.length).toBeLessThanOrEqual(TEAMS_CITATION_LIMITS.abstractChars);
    expect(first!.appearance.url).toBe('https://www.gmc-uk.org/guidance');
    expect(first!.appearance.keywords).toEqual(['Disclosing the patient’s…']);
    expect(first!.appearance.keywords![0]!.length).toBeLessThanOrEqual(TEAMS_CITATION_LIMITS.keywordChars);
    expect(second!.appearance).toEqual({ '@type': 'DigitalDocument', name: 'Source 2', abstract: 'Passage 2.' });
  });

  it('carries the AI label only for an answer a remote model wrote', () => {
    expect(citationEntity(answer())).not.toHaveProperty('additionalType');
    expect(citationEntity(answer({ mode: 'llm' }))?.additionalType).toEqual(['AIGeneratedContent']);
    expect(citationEntity(answer({ mode: 'llm', citations: [], status: 'no_guidance' }))).toMatchObject({ additionalType: ['AIGeneratedContent'] });
    expect(citationEntity(answer({ citations: [], status: 'out_of_scope' }))).toBeNull();
  });
});

describe("a citation's abstract", () => {
  const passage = citation(2, {
    excerpt:
      'Police data protection request forms are often called DP7 forms. They set out why the information is needed. Published NHS trust procedures ask for requests in writing, signed by the requesting officer. A fourth sentence.',
  });

  it('starts at the passage sentence the answer cites it for', () => {
    const text = '**In short:** no [1].\n\n- NHS trust procedures ask for written requests signed by the officer [2].';
    expect(citationAbstract(text, passage, 160)).toBe('…Published NHS trust procedures ask for requests in writing, signed by the requesting officer. A fourth sentence.');
  });

  it('starts at the beginning when that is what is cited, and keeps within the limit', () => {
    const text = 'Request forms are often called DP7 forms [2].';
    const abstract = citationAbstract(text, passage, 60);
    expect(abstract).toBe('Police data protection request forms are often called DP7…');
    expect(abstract.length).toBeLessThanOrEqual(60);
  });
});

describe('where an answer is shown', () => {
  it('uses native citations in Teams, and the card elsewhere or beyond 20 citations', () => {
    const twenty = answer({ citations: Array.from({ length: 20 }, (_, i) => citation(i + 1)) });
    const twentyOne = answer({ citations: Array.from({ length: 21 }, (_, i) => citation(i + 1)) });
    expect(answerSurface('msteams', twenty)).toBe('native');
    expect(answerSurface('msteams', twentyOne)).toBe('card');
    for (const channel of ['webchat', 'directline', 'emulator', undefined]) expect(answerSurface(channel, twenty)).toBe('card');
  });

  it('puts each point in a paragraph of its own, where Teams renders its citation markers as pills, and previews in plain words', () => {
    const activity = answerActivity(answer({ answer: 'Yes, you may share it [1].\n\n- Check the request [2].\n- Record why [1][2].\n\n_Footer._' }), 'q-1', 'native');
    expect(activity.text).toBe('🟡 May share, if…\n\nYes, you may share it [1].\n\n• Check the request [2].\n\n• Record why [1][2].\n\n_Footer._');
    expect(activity.summary).toBe('May share, if…: Yes, you may share it.');
  });

  it('adds what was removed from the question, then warnings, as notes after the answer, and asks Teams for its feedback buttons', () => {
    const activity = answerActivity(answer({ redactions: [{ type: 'email' }], warnings: ['The remote model did not answer.'] }), 'q-1', 'native');
    expect(activity.text).toBe(
      '🟡 May share, if…\n\n**In short:** yes [1].\n\nNote: Removed from your question before use: email address. Please describe the situation without identifiers.\n\nNote: The remote model did not answer.',
    );
    expect(activity.channelData).toEqual({ feedbackLoopEnabled: true });
  });

  it('offers the questions a vague question may mean as suggested actions, and lists them for chats that do not show those', () => {
    const suggestions = ['Police have sent a DP7 form. Do we have to comply?', 'A patient has a stab wound. Do we tell the police?'];
    const vague = answer({ status: 'needs_detail', verdict: null, citations: [], suggestions, answer: 'I need a little more detail.' });
    const native = answerActivity(vague, 'q-4', 'native');
    expect(native.suggestedActions?.actions).toEqual(suggestions.map((q) => ({ type: 'imBack', title: q, value: q })));
    expect(native.text).toContain(`- ${suggestions[0]}\n- ${suggestions[1]}`);
    const card = answerActivity(vague, 'q-4', 'card').attachments![0]!.content as { actions: { title: string; data: unknown }[] };
    expect(card.actions.slice(0, 2)).toEqual(
      suggestions.map((q) => ({ type: 'Action.Submit', title: q, data: { canishare: 'ask', question: q, msteams: { type: 'imBack', value: q } } })),
    );
  });

  it('sends no entity when there is nothing to cite or label', () => {
    const activity = answerActivity(answer({ citations: [], status: 'out_of_scope', answer: 'Not about sharing.' }), 'q-2', 'native');
    expect(activity).not.toHaveProperty('entities');
  });

  it('puts every source in the card, with its section, link and excerpt, and feedback buttons carrying the question id', () => {
    const activity = answerActivity(
      answer({ mode: 'llm', citations: [citation(1, { title: 'Act [1998]', section: 's.115', url: 'https://www.legislation.gov.uk/ukpga/1998/37/section/115' }), citation(2)] }),
      'q-3',
      'card',
    );
    const card = activity.attachments![0]!.content as { body: Array<{ text: string }>; actions: Array<{ data: unknown }> };
    const texts = card.body.map((b) => b.text);
    expect(texts[0]).toMatch(/^AI generated/);
    expect(texts).toContain('[1] [Act (1998) — s.115](https://www.legislation.gov.uk/ukpga/1998/37/section/115)');
    expect(texts).toContain('[2] Source 2');
    expect(texts).toContain('Passage 2.');
    expect(card.actions.map((a) => a.data)).toEqual([
      { canishare: 'feedback', questionId: 'q-3', rating: 'up' },
      { canishare: 'feedback', questionId: 'q-3', rating: 'down' },
    ]);
  });
});
