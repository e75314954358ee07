import { loadKnowledgeFolder } from '../knowledge/file-source.ts';
import { watchKnowledge } from '../knowledge/watch.ts';
import type { AuditRecord } from '../storage/store.ts';
import { auditFigures } from './audit-figures.ts';
import { reportCharts } from './report-charts.ts';
import { reportHtml } from './report-html.ts';

export interface ReportOptions {
  format: 'html' | 'json';
  from?: Date;
  to?: Date;
  knowledgeDir: string;
  reviewAgeDays: number;
  now?: Date;
}

/** The review report for an information governance lead: a self-contained HTML page, or the same figures as JSON. */
export async function auditReport(records: AuditRecord[], options: ReportOptions): Promise<string> {
  const now = options.now ?? new Date();
  const [{ documents }, knowledge] = await Promise.all([loadKnowledgeFolder(options.knowledgeDir), watchKnowledge(options.knowledgeDir, options.reviewAgeDays, now)]);
  const notes = documents.map(({ meta }) => ({ id: meta.id, title: meta.title }));
  const figures = auditFigures(records, notes, knowledge, { from: options.from, to: options.to });
  if (options.format === 'json') return `${JSON.stringify(figures, null, 2)}\n`;
  return reportHtml(figures, await reportCharts(figures), now);
}
