/**
 * Turns Slack's message markup back into the words a person typed, so the
 * question service sees plain text. Mentions of the bot are removed; mentions
 * of other people become "a colleague", so no Slack user id reaches the audit trail.
 */
export function questionText(markup: string, botUserId: string | undefined): string {
  const withoutBot = botUserId
    ? markup.replace(new RegExp(`<@${escapeRegExp(botUserId)}(?:\\|[^>]*)?>`, 'g'), ' ')
    : // Without the bot's id, only a mention at the very start is known to address the bot.
      markup.replace(/^\s*<@[UW][A-Z0-9]+(?:\|[^>]*)?>/, ' ');
  return withoutBot
    .replace(/<@[UW][A-Z0-9]+(?:\|[^>]*)?>/g, 'a colleague')
    .replace(/<#[CG][A-Z0-9]+\|([^>]*)>/g, '#$1')
    .replace(/<#[CG][A-Z0-9]+>/g, 'a channel')
    .replace(/<!subteam\^[A-Z0-9]+\|([^>]*)>/g, '$1')
    .replace(/<!([a-z]+)(?:\|[^>]*)?>/g, '@$1')
    .replace(/<mailto:([^|>]+)(?:\|[^>]*)?>/g, '$1')
    .replace(/<([^|>]+)\|([^>]*)>/g, '$2')
    .replace(/<([^>]+)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .replace(/ ([,.;:!?])/g, '$1')
    .trim();
}

/** True when the text mentions the bot, so the app_mention event, not the message event, is the one to answer. */
export function mentionsBot(markup: string, botUserId: string | undefined): boolean {
  return botUserId !== undefined && markup.includes(`<@${botUserId}`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
