import { describe, expect, it } from 'vitest';
import { mentionsBot, questionText } from '../../../../adapters/slack/slack-text.ts';

describe('questionText', () => {
  it('removes mentions of the bot wherever they are, and turns Slack markup back into what was typed', () => {
    expect(questionText('<@U0BOT> can I tell <@U0NURSE|sam> about A&amp;E &lt;today&gt;, see <https://example.org/x|the policy> and <#C0WARD|ward-7>?', 'U0BOT')).toBe(
      'can I tell a colleague about A&E <today>, see the policy and #ward-7?',
    );
    expect(questionText('hey <@U0BOT|canishare>, is <mailto:a@b.org|a@b.org> an identifier? <!here>', 'U0BOT')).toBe('hey, is a@b.org an identifier? @here');
  });

  it('without the bot id, removes only a mention at the very start', () => {
    expect(questionText('<@U0BOT> ask <@U0OTHER> first?', undefined)).toBe('ask a colleague first?');
  });

  it('leaves nothing of an empty mention, so the service answers with help', () => {
    expect(questionText('<@U0BOT>   ', 'U0BOT')).toBe('');
  });
});

describe('mentionsBot', () => {
  it('is true only for a mention of this bot, and false when the bot id is unknown', () => {
    expect(mentionsBot('thanks <@U0BOT|canishare>', 'U0BOT')).toBe(true);
    expect(mentionsBot('thanks <@U0OTHER>', 'U0BOT')).toBe(false);
    expect(mentionsBot('thanks <@U0BOT>', undefined)).toBe(false);
  });
});
