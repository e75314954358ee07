import { firstLineOf } from '../src/index.ts';
import { statedVerdict, type Summary } from './scorers.ts';
import { configurationName, type ConfigurationResult, type ItemResult } from './runner.ts';

const COLUMNS: { key: keyof Summary; label: string; kind: 'ratio' | 'count' | 'ms' }[] = [
  { key: 'items', label: 'items', kind: 'count' },
  { key: 'hitAtK', label: 'hit@5', kind: 'ratio' },
  { key: 'recallAtK', label: 'recall@5', kind: 'ratio' },
  { key: 'mrr', label: 'MRR', kind: 'ratio' },
  { key: 'citationPrecision', label: 'cite prec', kind: 'ratio' },
  { key: 'citationValidity', label: 'cite valid', kind: 'ratio' },
  { key: 'keyPointCoverage', label: 'key points', kind: 'ratio' },
  { key: 'statusAccuracy', label: 'status acc', kind: 'ratio' },
  { key: 'verdictAccuracy', label: 'verdict', kind: 'ratio' },
  { key: 'firstLineVerdictAccuracy', label: '1st line', kind: 'ratio' },
  { key: 'firstLinePhrases', label: '1st phrases', kind: 'ratio' },
  { key: 'harmfulFirstLines', label: 'harmful', kind: 'count' },
  { key: 'offTopicShare', label: 'off-topic', kind: 'ratio' },
  { key: 'noGuidanceRate', label: 'no guid.', kind: 'ratio' },
  { key: 'faithfulness', label: 'support', kind: 'ratio' },
  { key: 'modelGradedFaithfulness', label: 'graded', kind: 'ratio' },
  { key: 'identifierLeaks', label: 'id leaks', kind: 'count' },
  { key: 'forbiddenStrings', label: 'forbidden', kind: 'count' },
  { key: 'latencyP50', label: 'p50', kind: 'ms' },
  { key: 'latencyP95', label: 'p95', kind: 'ms' },
];

function cell(value: number | null, kind: 'ratio' | 'count' | 'ms'): string {
  if (value === null) return '—';
  if (kind === 'ratio') return value.toFixed(3);
  if (kind === 'ms') return `${value.toFixed(1)} ms`;
  return String(value);
}

function rows(results: ConfigurationResult[]): { title: string; rows: [string, Summary][] }[] {
  const gated = results[0]!;
  return [
    { title: 'Configurations compared (all items)', rows: results.map((r) => [configurationName(r.configuration), r.overall]) },
    {
      title: `By category (${configurationName(gated.configuration)})`,
      rows: Object.entries(gated.byCategory).map(([category, summary]) => [category, summary!]),
    },
    {
      title: `By split (${configurationName(gated.configuration)}; held-out items are never used for tuning)`,
      rows: [
        ['dev', gated.bySplit.dev],
        ['heldout', gated.bySplit.heldout],
        ...(['dev', 'heldout'] as const).flatMap((split) =>
          gated.bySplitCategory[split].answerable ? [[`${split} answerable`, gated.bySplitCategory[split].answerable!] as [string, Summary]] : [],
        ),
      ],
    },
  ];
}

/** Plain-text tables for a terminal. */
export function terminalReport(results: ConfigurationResult[]): string {
  return rows(results)
    .map(({ title, rows: body }) => {
      const header = ['', ...COLUMNS.map((c) => c.label)];
      const lines = body.map(([name, summary]) => [name, ...COLUMNS.map((c) => cell(summary[c.key], c.kind))]);
      const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
      const format = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
      return [title, format(header), widths.map((w) => '─'.repeat(w)).join('  '), ...lines.map(format)].join('\n');
    })
    .join('\n\n');
}

/** A Markdown report: the same tables, then every item that failed a check, with what went wrong. */
export function markdownReport(results: ConfigurationResult[], gateFailures: string[], generatedAt: Date): string {
  const parts = [`# canishare evaluation — ${generatedAt.toISOString()}`, ''];
  parts.push(gateFailures.length === 0 ? '**Quality gate: passed.**' : `**Quality gate: failed.**\n\n${gateFailures.map((f) => `- ${f}`).join('\n')}`, '');
  for (const { title, rows: body } of rows(results)) {
    parts.push(`## ${title}`, '', `| | ${COLUMNS.map((c) => c.label).join(' | ')} |`, `|---|${COLUMNS.map(() => '---:').join('|')}|`);
    for (const [name, summary] of body) parts.push(`| ${name} | ${COLUMNS.map((c) => cell(summary[c.key], c.kind)).join(' | ')} |`);
    parts.push('');
  }
  parts.push(...verdictTables(results[0]!));
  for (const result of results) {
    const failures = result.results.filter(isFailure);
    parts.push(`## Failures: ${configurationName(result.configuration)} (${failures.length} of ${result.results.length})`, '');
    for (const r of failures) parts.push(describeFailure(r), '');
  }
  return parts.join('\n');
}

/**
 * Per split, what the first lines said against what the items expected, and where the answers came from: the
 * kinds of mistake (a card answering with the wrong step, the framework answering where a card should) without
 * listing held-out items.
 */
function verdictTables({ configuration, results }: ConfigurationResult): string[] {
  const parts = [`## Verdicts given and expected (${configurationName(configuration)}, items with an expected verdict)`, ''];
  for (const split of ['dev', 'heldout'] as const) {
    const judged = results.filter((r) => r.item.split === split && r.item.expected_verdicts.length > 0);
    if (judged.length === 0) continue;
    const source = (r: ItemResult) => ROUTES[r.score.route ?? ''] ?? 'unknown';
    parts.push(`### ${split}`, '', '| first line said | items | right | wrong, expected instead |', '|---|---:|---:|---|');
    for (const [value, group] of groupBy(judged, (r) => statedVerdict(r.answer))) {
      const wrong = group.filter((r) => r.score.firstLineVerdictCorrect === 0);
      const expected = [...groupBy(wrong, (r) => r.item.expected_verdicts.join(' or '))].map(([v, g]) => `${v} ${g.length}`).join(', ');
      parts.push(`| ${value} | ${group.length} | ${group.length - wrong.length} | ${expected || '—'} |`);
    }
    parts.push('', '| answered from | items | right |', '|---|---:|---:|');
    for (const [value, group] of groupBy(judged, source)) parts.push(`| ${value} | ${group.length} | ${group.filter((r) => r.score.firstLineVerdictCorrect === 1).length} |`);
    parts.push('');
  }
  return parts;
}

const ROUTES: Record<string, string> = {
  decision: 'a situation card',
  framework: 'the general framework',
  explain: 'an explanation from a note',
  vague: 'a request for detail',
  no_guidance: 'no guidance',
  out_of_scope: 'out of scope',
};

function groupBy<T>(items: T[], key: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return [...groups].sort((a, b) => b[1].length - a[1].length);
}

export function isFailure({ score }: ItemResult): boolean {
  return (
    score.statusCorrect === 0 ||
    score.verdictCorrect === 0 ||
    score.firstLineVerdictCorrect === 0 ||
    score.harmfulFirstLine === 1 ||
    score.hit === 0 ||
    score.citationValid === 0 ||
    score.missingKeyPoints.length > 0 ||
    score.identifierLeaks > 0 ||
    score.forbiddenStrings.length > 0
  );
}

function describeFailure({ item, answer, score }: ItemResult): string {
  const lines = [`### ${item.id} (${item.category}, ${item.split})`, '', `> ${item.question.replace(/\n/g, ' ')}`, ''];
  if (item.history?.length) lines.push(`- earlier in the thread: ${item.history.map((h) => `“${h}”`).join(' / ')}`);
  if (!score.statusCorrect) lines.push(`- status: expected \`${item.expected_status}\`, got \`${answer.status}\``);
  if (score.verdictCorrect === 0 || score.firstLineVerdictCorrect === 0) {
    lines.push(`- verdict: expected ${item.expected_verdicts.map((v) => `\`${v}\``).join(' or ')}, got \`${answer.verdict ?? 'none'}\` from card \`${score.decidedCard ?? 'none'}\``);
  }
  if (score.verdictCorrect !== null || score.harmfulFirstLine) lines.push(`- first line: “${firstLineOf(answer.answer)}”`);
  if (score.harmfulPhrases.length) lines.push(`- harmful first-line phrases: ${score.harmfulPhrases.map((p) => `“${p}”`).join(', ')}`);
  if (score.missingFirstLinePhrases.length) lines.push(`- first line lacks: ${score.missingFirstLinePhrases.map((p) => `“${p}”`).join(', ')}`);
  if (score.hit === 0) lines.push(`- retrieval: expected ${item.expected_ids.map((id) => `\`${id}\``).join(', ')}; top passages came from ${score.retrievedIds.slice(0, 5).map((id) => `\`${id}\``).join(', ') || 'nothing'}`);
  if (score.missingKeyPoints.length) lines.push(`- key points missing: ${score.missingKeyPoints.map((k) => `“${k}”`).join(', ')}`);
  if (score.citationValid === 0) lines.push(`- contract problems: ${score.problems.join('; ')}`);
  if (score.identifierLeaks) lines.push(`- identifiers leaked: ${score.identifierLeaks}`);
  if (score.forbiddenStrings.length) lines.push(`- forbidden strings present: ${score.forbiddenStrings.map((s) => `“${s}”`).join(', ')}`);
  if (score.citedIds.length) lines.push(`- cited: ${score.citedIds.map((id) => `\`${id}\``).join(', ')}`);
  return lines.join('\n');
}
