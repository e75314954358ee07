import { describe, expect, it } from 'vitest';
import { packText } from '../../../../adapters/slack/block-limits.ts';
import { markdownToMrkdwn, mrkdwnLink } from '../../../../adapters/slack/mrkdwn.ts';
import { parseFeedbackValue, renderAnswer, withFeedbackThanks } from '../../../../adapters/slack/render-blocks.ts';
import type { Answer } from '../../../../src/index.ts';

const answer = (overrides: Partial<Answer> = {}): Answer => ({
  status: 'answered',
  answer: '**In short:** You may share [1].\n\n- Record the decision [2].\n\n_This is guidance, not legal advice._',
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
    expect(text).toBe('In short: You may share [1].');
    expect(blocks.map((b) => b.type)).toEqual(['section', 'section', 'context', 'context_actions']);
    expect(JSON.stringify(blocks[1])).toContain('*[1]* <https://example.org/a?x=1%7C2|Act &lt;1998&gt; &amp; notes> — Section 115');
    expect(JSON.stringify(blocks[1])).toContain('*[2]* Local agreement');
    expect(JSON.stringify(blocks[2])).toContain('_This is guidance, not legal advice._');
  });

  it('notes briefly which kinds of personal data were removed, with the warnings', () => {
    const { blocks } = renderAnswer('q-2', answer({ redactions: [{ type: 'name' }, { type: 'nhs_number' }, { type: 'name' }], warnings: ['Outside <scope>'] }));
    expect(blocks[0]).toEqual({
      type: 'context',
      elements: [
        { type: 'mrkdwn', text: '🔒 Removed from your question before use: name, NHS number.' },
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
