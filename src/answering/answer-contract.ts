import type { Answer } from '../core/types.ts';

/**
 * Every way an Answer can break CONTRACT.md, as sentences. Empty means valid.
 * Used by tests and by the eval runner's citation-validity metric.
 */
export function contractProblems(answer: Answer): string[] {
  const problems: string[] = [];
  const markers = new Set([...answer.answer.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])));
  const numbers = answer.citations.map((c) => c.n);
  for (const n of markers) if (!numbers.includes(n)) problems.push(`marker [${n}] has no citation`);
  for (const n of numbers) if (!markers.has(n)) problems.push(`citation ${n} is never referenced`);
  if (new Set(numbers).size !== numbers.length) problems.push('citation numbers repeat');
  if (answer.status === 'answered' && answer.citations.length === 0) problems.push('an answered status has no citation');
  if (answer.status !== 'answered' && answer.citations.length > 0) problems.push(`status ${answer.status} carries citations`);
  for (const c of answer.citations) {
    if (!c.id || !c.title || !c.excerpt) problems.push(`citation ${c.n} lacks an id, title or excerpt`);
    if (c.url !== null && !/^https?:\/\//.test(c.url)) problems.push(`citation ${c.n} has a URL that is not http(s)`);
  }
  if (!['extractive', 'llm'].includes(answer.mode)) problems.push(`mode ${answer.mode} is unknown`);
  return problems;
}
