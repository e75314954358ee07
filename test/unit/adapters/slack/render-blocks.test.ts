import { describe, expect, it } from 'vitest';
import { packText } from '../../../../adapters/slack/block-limits.ts';
import { markdownToMrkdwn, mrkdwnLink } from '../../../../adapters/slack/mrkdwn.ts';
import { parseFeedbackValue, renderAnswer, SUGGESTION_ACTION_PREFIX, withFeedbackThanks } from '../../../../adapters/slack/render-blocks.ts';
import type { Answer } from '../../../../src/index.ts';

const answer = (overrides: Partial<Answer> = {}): Answer => ({
  status: 'answered',
  verdict: 'may',
  suggestions: [],
  answer: 'Yes, you may share [1].\n\n- Record the decision [2].\n\n_This is guidance, not legal advice._',
  citations: [
    { n: 1, id: 'a#1', title: 'Act <1998> & notes', section: 'Section 115', url: 'https://example.org/a?x=1|2', excerpt: '' },
    { n: 2, id: 'b#1', title: 'Local agreement', section: null, url: null, excerpt: '' },
  ],
  mode: 'extractive',
  redactions: [],
  warnings: [],
  ...overrides,
});

describe('markdown to Slack mrkdwn', () => {
  it('converts bold, bullets and links, and escapes the characters Slack treats as markup', () => {
    expect(markdownToMrkdwn('**In short:** a < b & c\n- point [see](https://x.org/p)')).toBe('*In short:* a &lt; b &amp; c\n• point <https://x.org/p|see>');
    expect(mrkdwnLink('https://example.org/a?x=1|2', 'T <1>')).toBe('<https://example.org/a?x=1%7C2|T &lt;1&gt;>');
    expect(mrkdwnLink('javascript:alert(1)', 'T')).toBe('T');
  });
});

describe('packText', () => {
  it('keeps every piece within the limit, breaking between lines, then sentences, then words', () => {
    const text = ['short line', 'A sentence. '.repeat(40).trim(), 'word '.repeat(300).trim()].join('\n');
    const pieces = packText(text, 100);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(100);
    expect(pieces.join(' ').replace(/\s+/g, ' ')).toBe(text.replace(/\s+/g, ' '));
    expect(pieces[1]!.endsWith('.')).toBe(true);
  });
});

describe('renderAnswer', () => {
  it('puts the answer in sections, the sources as numbered links, the footer in small print and 👍/👎 last', () => {
    const { text, blocks } = renderAnswer('q-1', answer());
    expect(text).toBe('May share, if…: Yes, you may share [1].');
    expect(blocks.map((b) => b.type)).toEqual(['header', 'section', 'section', 'context', 'context_actions']);
    expect(blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: '🟡 May share, if…', emoji: true } });
    expect(JSON.stringify(blocks[1])).toContain('Yes, you may share [1].');
    expect(JSON.stringify(blocks[2])).toContain('*[1]* <https://example.org/a?x=1%7C2|Act &lt;1998&gt; &amp; notes> — Section 115');
    expect(JSON.stringify(blocks[2])).toContain('*[2]* Local agreement');
    expect(JSON.stringify(blocks[3])).toContain('_This is guidance, not legal advice._');
  });

  it('shows no verdict header for an answer without a decision', () => {
    const { text, blocks } = renderAnswer('q-4', answer({ verdict: null, answer: 'Section 115 is a power [1].\n\n_Footer._' }));
    expect(blocks[0]!.type).toBe('section');
    expect(text).toBe('Section 115 is a power [1].');
  });

  it('offers each suggested question of a vague question with a button that asks it', () => {
    const suggestions = ['Police have sent a DP7 form. Do we have to comply?', 'A patient has a stab wound. Do we tell the police?'];
    const { blocks } = renderAnswer('q-5', answer({ status: 'needs_detail', verdict: null, citations: [], suggestions, answer: 'I need a little more detail.\n\n_Footer._' }));
    const offered = blocks.filter((b) => b.type === 'section' && 'accessory' in b) as { text: { text: string }; accessory: { action_id: string; value: string } }[];
    expect(offered.map((b) => b.text.text)).toEqual(suggestions.map((q) => `• ${q}`));
    expect(offered.map((b) => b.accessory.value)).toEqual(suggestions);
    expect(offered.map((b) => b.accessory.action_id)).toEqual([`${SUGGESTION_ACTION_PREFIX}0`, `${SUGGESTION_ACTION_PREFIX}1`]);
  });

  it('notes briefly which kinds of personal data were removed, with the warnings', () => {
    const { blocks } = renderAnswer('q-2', answer({ redactions: [{ type: 'name' }, { type: 'nhs_number' }, { type: 'name' }], warnings: ['Outside <scope>'] }));
    expect(blocks[1]).toEqual({
      type: 'context',
      elements: [
        { type: 'mrkdwn', text: '🔒 Removed from your question before use: name, NHS number. Please describe the situation without identifiers.' },
        { type: 'mrkdwn', text: '⚠️ Outside &lt;scope&gt;' },
      ],
    });
  });
});

describe('feedback', () => {
  it('reads the rating and question id from a button value, and replaces only the buttons with thanks', () => {
    expect(parseFeedbackValue('down:3f2a')).toEqual({ rating: 'down', questionId: '3f2a' });
    expect(parseFeedbackValue('sideways:3f2a')).toBeNull();
    const { blocks } = renderAnswer('q-3', answer());
    const thanked = withFeedbackThanks(blocks, 'up', true);
    expect(thanked.slice(0, -1)).toEqual(blocks.slice(0, -1));
    expect(thanked.at(-1)).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: '👍 Thanks for your feedback.' }] });
  });
});
