import { loadKnowledgeFolder } from './file-source.ts';

export interface WatchItem {
  path: string;
  title: string;
  reason: 'review_due' | 'awaiting_commencement' | 'partly_in_force';
  detail: string;
}

/**
 * What needs a person's attention in the knowledge base: notes whose last
 * review is older than the review age, and law that is not yet (fully) in
 * force, whose commencement must be checked for.
 */
export async function watchKnowledge(knowledgeDir: string, reviewAgeDays: number, today = new Date()): Promise<WatchItem[]> {
  const { documents } = await loadKnowledgeFolder(knowledgeDir);
  const cutoff = today.getTime() - reviewAgeDays * 86_400_000;
  const items: WatchItem[] = [];
  for (const { meta } of documents) {
    if (meta.lastReviewed && Date.parse(meta.lastReviewed) < cutoff) {
      items.push({ path: meta.path, title: meta.title, reason: 'review_due', detail: `last reviewed ${meta.lastReviewed}, more than ${reviewAgeDays} days ago` });
    }
    if (meta.lawStatus === 'awaiting_commencement' || meta.lawStatus === 'partly_in_force') {
      items.push({
        path: meta.path,
        title: meta.title,
        reason: meta.lawStatus,
        detail: `${meta.lawStatus === 'awaiting_commencement' ? 'awaiting commencement' : 'partly in force'}${meta.commencement ? `: ${meta.commencement}` : ''}`,
      });
    }
  }
  return items.sort((a, b) => a.reason.localeCompare(b.reason) || a.path.localeCompare(b.path));
}
