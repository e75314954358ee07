import { terms } from '../retrieval/text.ts';

/** Questions that share their main words, with the words that name the theme. */
export interface QuestionTheme {
  label: string;
  questions: string[];
}

/** How much of two questions' words must be shared to count as one theme. */
const SIMILAR = 0.25;
/** Placeholders the redaction left ("[name]", "[nhs_number]") say nothing about the theme. */
const PLACEHOLDER = /\[[a-z_]+\]/g;

/**
 * Groups questions by the words they share (stemmed, without stop words),
 * largest group first: each question joins the group whose words it shares
 * most, measured by cosine similarity, or starts a new one.
 */
export function questionThemes(questions: string[]): QuestionTheme[] {
  const groups: { counts: Map<string, number>; questions: string[] }[] = [];
  for (const question of questions) {
    const words = new Set(terms(question.replace(PLACEHOLDER, ' ')));
    let best: (typeof groups)[number] | null = null;
    let bestScore = 0;
    for (const group of groups) {
      const score = cosine(words, group.counts);
      if (score > bestScore) [best, bestScore] = [group, score];
    }
    const group = best && bestScore >= SIMILAR ? best : { counts: new Map<string, number>(), questions: [] };
    if (group !== best) groups.push(group);
    group.questions.push(question);
    for (const word of words) group.counts.set(word, (group.counts.get(word) ?? 0) + 1);
  }
  return groups
    .map((group) => ({ label: label(group.counts), questions: group.questions }))
    .sort((a, b) => b.questions.length - a.questions.length || a.label.localeCompare(b.label));
}

function cosine(words: Set<string>, counts: Map<string, number>): number {
  if (words.size === 0 || counts.size === 0) return 0;
  let dot = 0;
  let norm = 0;
  for (const count of counts.values()) norm += count * count;
  for (const word of words) dot += counts.get(word) ?? 0;
  return dot / (Math.sqrt(words.size) * Math.sqrt(norm));
}

/** The group's three commonest words. */
function label(counts: Map<string, number>): string {
  const top = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 3).map(([word]) => word);
  return top.length > 0 ? top.join(' · ') : '(no words)';
}
