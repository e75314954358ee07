import type { AuditFigures } from './audit-figures.ts';
import type { ReportCharts } from './report-charts.ts';

const REASONS: Record<string, string> = {
  wrong_answer: 'Wrong answer',
  missing_law: 'Missed a law or guidance',
  not_my_situation: 'A different situation',
  other: 'Something else',
};
const EXAMPLES_PER_THEME = 5;

/**
 * The review report as one HTML file with everything inline (styles and
 * SVG charts), so it opens offline on a locked-down desktop and can be
 * emailed. Every piece of text from the audit trail is escaped.
 */
export function reportHtml(figures: AuditFigures, charts: ReportCharts, generatedAt: Date): string {
  const share = (n: number | null) => (n === null ? '—' : `${Math.round(n * 100)}%`);
  const answered = figures.byStatus.answered ?? 0;
  const period = `${figures.period.from?.slice(0, 10) ?? 'the start'} to ${figures.period.to?.slice(0, 10) ?? 'now'}`;
  const tiles: [string, string][] = [
    ['Questions', String(figures.questions)],
    ['Answered', share(figures.questions ? answered / figures.questions : null)],
    ['No guidance', String(figures.byStatus.no_guidance ?? 0)],
    ['Needed more detail', String(figures.byStatus.needs_detail ?? 0)],
    ['Rated not useful (👎)', `${share(figures.ratings.downShare)} (${figures.ratings.down} of ${figures.ratings.up + figures.ratings.down} rated)`],
    ['Answer time p50 / p95', `${ms(figures.latencyMs.p50)} / ${ms(figures.latencyMs.p95)}`],
  ];
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>canishare review report: ${esc(period)}</title>
<style>
  body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Arial, sans-serif; color: #1d2327; margin: 0 auto; max-width: 960px; padding: 24px; }
  h1 { font-size: 24px; margin-bottom: 4px; } h2 { font-size: 19px; margin-top: 32px; border-bottom: 1px solid #d0d7de; padding-bottom: 4px; }
  .muted { color: #57606a; } .tiles { display: grid; grid-template-columns: repeat(3, 1fr); gap: 12px; margin: 16px 0; }
  .tile { border: 1px solid #d0d7de; border-radius: 6px; padding: 10px 12px; } .tile b { display: block; font-size: 22px; }
  table { border-collapse: collapse; width: 100%; margin: 8px 0; } th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid #eaeef2; }
  th { background: #f6f8fa; } .chart svg { max-width: 100%; height: auto; } .theme { margin: 10px 0; } ul { margin: 4px 0; }
</style>
</head>
<body>
<h1>canishare review report</h1>
<p class="muted">${esc(period)} · generated ${esc(generatedAt.toISOString().slice(0, 16).replace('T', ' '))} UTC · questions are shown as stored, with personal data already removed, and people only as keyed hashes.</p>
<div class="tiles">${tiles.map(([label, value]) => `<div class="tile">${esc(label)}<b>${esc(value)}</b></div>`).join('')}</div>

<h2>How it is used</h2>
<div class="chart" id="chart-status">${charts.byStatus}</div>
<div class="chart" id="chart-platform">${charts.byPlatform}</div>
${charts.verdicts ? `<div class="chart" id="chart-verdicts">${charts.verdicts}</div>` : '<p class="muted">No answer in this period stated a verdict.</p>'}

<h2>Answers rated not useful (${figures.downRated.length})</h2>
${table(
  ['Asked', 'Question', 'Verdict', 'Cited notes', 'What was wrong'],
  figures.downRated.map((r) => [
    `${r.askedAt.slice(0, 10)}<br><span class="muted">${esc(r.platform)}</span>`,
    esc(r.question),
    esc(r.verdict ?? r.status),
    r.cited.map(esc).join('<br>'),
    r.comment ? `${r.comment.reason ? `<b>${esc(REASONS[r.comment.reason] ?? r.comment.reason)}</b><br>` : ''}${esc(r.comment.text)}` : '<span class="muted">no comment</span>',
  ]),
  'No answer was rated 👎 in this period.',
)}

<h2>Questions without an answer</h2>
<h3>No guidance in the knowledge base (${sum(figures.unanswered.noGuidance)})</h3>
${themes(figures.unanswered.noGuidance)}
<h3>Too vague to answer (${sum(figures.unanswered.needsDetail)})</h3>
${themes(figures.unanswered.needsDetail)}

<h2>What answers cite</h2>
<h3>Most cited</h3>
${table(['Note', 'Answers citing it'], figures.citations.most.map((n) => [noteCell(n), String(n.count)]), 'No answer cited a note in this period.')}
<h3>Least cited</h3>
${table(['Note', 'Answers citing it'], figures.citations.least.map((n) => [noteCell(n), String(n.count)]), 'No answer cited a note in this period.')}
<h3>Never cited (${figures.citations.never.length})</h3>
${figures.citations.never.length > 0 ? `<ul>${figures.citations.never.map((n) => `<li>${noteCell(n)}</li>`).join('')}</ul>` : '<p class="muted">Every note was cited at least once.</p>'}

<h2>Knowledge that needs a person</h2>
${table(
  ['Note', 'Why', 'Detail'],
  figures.knowledge.map((item) => [`${esc(item.title)}<br><span class="muted">${esc(item.path)}</span>`, esc(item.reason.replace(/_/g, ' ')), esc(item.detail)]),
  'No note is past its review date or describes law awaiting commencement.',
)}
</body>
</html>
`;
}

function table(header: string[], rows: string[][], empty: string): string {
  if (rows.length === 0) return `<p class="muted">${esc(empty)}</p>`;
  return `<table><thead><tr>${header.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((cells) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

function themes(list: AuditFigures['unanswered']['noGuidance']): string {
  if (list.length === 0) return '<p class="muted">None in this period.</p>';
  return list
    .map(
      (theme) =>
        `<div class="theme"><b>${esc(theme.label)}</b> <span class="muted">(${theme.questions.length})</span><ul>${[...tally(theme.questions)]
          .slice(0, EXAMPLES_PER_THEME)
          .map(([q, n]) => `<li>${esc(q)}${n > 1 ? ` <span class="muted">×${n}</span>` : ''}</li>`)
          .join('')}</ul></div>`,
    )
    .join('');
}

/** Each distinct question with how often it was asked, commonest first. */
function tally(questions: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const q of questions) counts.set(q, (counts.get(q) ?? 0) + 1);
  return new Map([...counts].sort((a, b) => b[1] - a[1]));
}

const sum = (list: { questions: string[] }[]) => list.reduce((n, theme) => n + theme.questions.length, 0);
const noteCell = (note: { id: string; title: string }) => `${esc(note.title)}<br><span class="muted">${esc(note.id)}</span>`;
const ms = (n: number | null) => (n === null ? '—' : `${Math.round(n)} ms`);

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
