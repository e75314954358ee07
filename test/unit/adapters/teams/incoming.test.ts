import { describe, expect, it } from 'vitest';
import { cardFeedback, feedbackLoop, replyKey } from '../../../../adapters/teams/feedback.ts';
import { helpText } from '../../../../adapters/teams/messages.ts';
import { questionText } from '../../../../adapters/teams/question-text.ts';

const bot = { id: '28:bot', name: 'canishare' };

describe('the question in a message', () => {
  it("drops the bot's own @mention, keeps other people's as plain text, and decodes Teams' entities", () => {
    const text = questionText({
      text: '<at>canishare</at>&nbsp;Can I tell <at>DC Jones</at> about A&amp;E&#39;s patient?',
      recipient: bot,
      entities: [
        { type: 'mention', text: '<at>canishare</at>', mentioned: bot },
        { type: 'mention', text: '<at>DC Jones</at>', mentioned: { id: '29:jones', name: 'DC Jones' } },
      ],
    });
    expect(text).toBe("Can I tell DC Jones about A&E's patient?");
  });

  it('is the plain text of a 1:1 message, and empty when there is none', () => {
    expect(questionText({ text: '  Is section 115 a duty?\n', recipient: bot })).toBe('Is section 115 a duty?');
    expect(questionText({ recipient: bot })).toBe('');
  });
});

describe('feedback', () => {
  it("reads Teams' feedback invoke, and nothing else", () => {
    expect(feedbackLoop('message/submitAction', { actionName: 'feedback', actionValue: { reaction: 'like' } })).toEqual({ rating: 'up', text: '' });
    expect(
      feedbackLoop('message/submitAction', { actionName: 'feedback', actionValue: { reaction: 'dislike', feedback: '{"feedbackText":"Missed the court order"}' } }),
    ).toEqual({ rating: 'down', text: 'Missed the court order' });
    expect(feedbackLoop('message/submitAction', { actionName: 'feedback', actionValue: { reaction: 'dislike', feedback: 'not json' } })).toEqual({ rating: 'down', text: '' });
    expect(feedbackLoop('message/submitAction', { actionName: 'other', actionValue: { reaction: 'like' } })).toBeNull();
    expect(feedbackLoop('adaptiveCard/action', { actionName: 'feedback', actionValue: { reaction: 'like' } })).toBeNull();
  });

  it("reads the card's button data, and rejects anything malformed", () => {
    expect(cardFeedback({ canishare: 'feedback', questionId: 'q-1', rating: 'down' })).toEqual({ canishare: 'feedback', questionId: 'q-1', rating: 'down' });
    expect(cardFeedback({ canishare: 'feedback', questionId: 'q-1', rating: 'meh' })).toBeNull();
    expect(cardFeedback({ questionId: 'q-1', rating: 'up' })).toBeNull();
    expect(cardFeedback('up')).toBeNull();
    expect(cardFeedback(undefined)).toBeNull();
  });

  it('keys a reply by channel and message, whether the invoke names the thread or the channel', () => {
    expect(replyKey('19:channel@thread.tacv2;messageid=1', 'm1')).toBe(replyKey('19:channel@thread.tacv2', 'm1'));
    expect(replyKey('a:chat', 'm2')).not.toBe(replyKey('a:other-chat', 'm2'));
  });
});

describe('help', () => {
  it('turns bullet lines into one Markdown list and other lines into paragraphs', () => {
    expect(helpText('Intro.\nFor example:\n• one\n• two\nLast.')).toBe('Intro.\n\nFor example:\n\n- one\n- two\n\nLast.');
  });
});
