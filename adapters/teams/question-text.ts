import type { Activity } from 'botbuilder';

const ENTITIES: Record<string, string> = { '&nbsp;': ' ', '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&apos;': "'" };

/**
 * The question in a message: the bot's own @mention removed (channels and
 * group chats address it that way), other mentions reduced to their plain
 * text so the service can redact names in them, and the HTML entities Teams
 * adds decoded.
 */
export function questionText(activity: Partial<Activity>): string {
  let text = activity.text ?? '';
  const botId = activity.recipient?.id;
  for (const entity of activity.entities ?? []) {
    const mention = entity as { type?: string; mentioned?: { id?: string }; text?: string };
    if (mention.type === 'mention' && botId && mention.mentioned?.id === botId && mention.text) text = text.split(mention.text).join(' ');
  }
  return text
    .replace(/<at>(.*?)<\/at>/gi, '$1')
    .replace(/&(?:nbsp|amp|lt|gt|quot|apos|#39);/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/\s+/g, ' ')
    .trim();
}
