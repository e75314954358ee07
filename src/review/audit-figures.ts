import type { AnswerStatus, Verdict } from '../core/types.ts';
import type { WatchItem } from '../knowledge/watch.ts';
import type { AuditRecord, FeedbackComment } from '../storage/store.ts';
import { questionThemes, type QuestionTheme } from './question-themes.ts';

/** A knowledge note as the report names it. */
export interface NoteRef {
  id: string;
  title: string;
}

/** Everything the review report shows, as plain data (`npm run audit -- report --format json`). */
export interface AuditFigures {
  period: { from: string | null; to: string | null };
  questions: number;
  byStatus: Partial<Record<AnswerStatus, number>>;
  byPlatform: Record<string, number>;
  /** One row per day, platform and status that had questions. */
  perDay: { day: string; platform: string; status: AnswerStatus; count: number }[];
  verdicts: Partial<Record<Verdict, number>>;
  ratings: { up: number; down: number; downShare: number | null };
  /** Answers rated 👎, newest first, with what they cited and any comment. */
  downRated: { askedAt: string; platform: string; question: string; status: AnswerStatus; verdict: Verdict | null; cited: string[]; comment: FeedbackComment | null }[];
  /** Questions canishare could not answer, grouped by what they share. */
  unanswered: { noGuidance: QuestionTheme[]; needsDetail: QuestionTheme[] };
  citations: { most: (NoteRef & { count: number })[]; least: (NoteRef & { count: number })[]; never: NoteRef[] };
  latencyMs: { p50: number | null; p95: number | null };
  /** Notes past their review date or describing law not yet (fully) in force. */
  knowledge: WatchItem[];
}

const TOP = 10;

/** The figures for a set of audit records; `notes` names every note in the knowledge base, so the never-cited ones show. */
export function auditFigures(records: AuditRecord[], notes: NoteRef[], knowledge: WatchItem[], period: { from?: Date; to?: Date }): AuditFigures {
  const count = <K extends string>(keys: K[]) => keys.reduce<Partial<Record<K, number>>>((acc, key) => ({ ...acc, [key]: (acc[key] ?? 0) + 1 }), {});
  const perDay = new Map<string, AuditFigures['perDay'][number]>();
  for (const r of records) {
    const day = r.askedAt.toISOString().slice(0, 10);
    const key = `${day}|${r.platform}|${r.status}`;
    const row = perDay.get(key) ?? { day, platform: r.platform, status: r.status, count: 0 };
    row.count += 1;
    perDay.set(key, row);
  }
  const up = records.filter((r) => r.rating === 'up').length;
  const down = records.filter((r) => r.rating === 'down').length;

  const titles = new Map(notes.map((note) => [note.id, note.title]));
  const cites = new Map<string, number>(notes.map((note) => [note.id, 0]));
  for (const r of records) for (const doc of new Set(r.citedIds.map(documentOf))) cites.set(doc, (cites.get(doc) ?? 0) + 1);
  const cited = [...cites].filter(([, n]) => n > 0).map(([id, n]) => ({ id, title: titles.get(id) ?? id, count: n }));
  const byCount = (a: { count: number; id: string }, b: { count: number; id: string }) => b.count - a.count || a.id.localeCompare(b.id);

  const latencies = records.map((r) => r.latencyMs).sort((a, b) => a - b);
  return {
    period: { from: period.from?.toISOString() ?? null, to: period.to?.toISOString() ?? null },
    questions: records.length,
    byStatus: count(records.map((r) => r.status)),
    byPlatform: count(records.map((r) => r.platform)) as Record<string, number>,
    perDay: [...perDay.values()].sort((a, b) => a.day.localeCompare(b.day) || a.platform.localeCompare(b.platform) || a.status.localeCompare(b.status)),
    verdicts: count(records.flatMap((r) => (r.verdict ? [r.verdict] : []))),
    ratings: { up, down, downShare: up + down > 0 ? down / (up + down) : null },
    downRated: records
      .filter((r) => r.rating === 'down')
      .reverse()
      .map((r) => ({
        askedAt: r.askedAt.toISOString(),
        platform: r.platform,
        question: r.question,
        status: r.status,
        verdict: r.verdict,
        cited: [...new Set(r.citedIds.map(documentOf))],
        comment: r.comment,
      })),
    unanswered: {
      noGuidance: questionThemes(records.filter((r) => r.status === 'no_guidance').map((r) => r.question)),
      needsDetail: questionThemes(records.filter((r) => r.status === 'needs_detail').map((r) => r.question)),
    },
    citations: {
      most: [...cited].sort(byCount).slice(0, TOP),
      least: [...cited].sort((a, b) => -byCount(a, b)).slice(0, TOP),
      never: [...cites].filter(([, n]) => n === 0).map(([id]) => ({ id, title: titles.get(id) ?? id })).sort((a, b) => a.id.localeCompare(b.id)),
    },
    latencyMs: { p50: percentile(latencies, 50), p95: percentile(latencies, 95) },
    knowledge,
  };
}

const documentOf = (chunkId: string) => chunkId.split('#')[0]!;

function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
