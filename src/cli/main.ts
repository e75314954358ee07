#!/usr/bin/env node
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { loadConfig, type Config } from '../config.ts';
import { createEngine, openStore } from '../compose.ts';
import { isAppError } from '../errors.ts';
import type { BuildProgress } from '../retrieval/knowledge-index.ts';
import type { Store } from '../storage/store.ts';
import { renderAnswerText } from './render-text.ts';

const RETRIEVERS = ['hybrid', 'lexical', 'dense'] as const;

function parseRetriever(value: string): (typeof RETRIEVERS)[number] {
  if (!(RETRIEVERS as readonly string[]).includes(value)) {
    throw new InvalidArgumentError(`choose one of ${RETRIEVERS.join(', ')}`);
  }
  return value as (typeof RETRIEVERS)[number];
}

/** A progress bar on stderr for builds; silent when stderr is not a terminal. */
function progressBar(): { onProgress: BuildProgress; stop: () => void } {
  if (!process.stderr.isTTY) return { onProgress: () => undefined, stop: () => undefined };
  const bar = new SingleBar(
    { format: 'Building index  {bar} {percentage}% | {stage}', stream: process.stderr, hideCursor: true },
    Presets.shades_classic,
  );
  let started = false;
  return {
    onProgress: (stage, done, total) => {
      if (!started) {
        bar.start(100, 0, { stage });
        started = true;
      }
      const weights = { loading: [0, 10], training: [10, 40], embedding: [40, 90], writing: [90, 100] } as const;
      const [from, to] = weights[stage];
      bar.update(Math.round(from + ((to - from) * done) / Math.max(1, total)), { stage });
    },
    stop: () => started && bar.stop(),
  };
}

const program = new Command()
  .name('canishare')
  .description('Can I share this, and on what basis? Answers from the law and guidance for police and health in England and Wales.')
  .showHelpAfterError()
  .exitOverride();

program
  .command('ask')
  .description('ask a question and print a cited answer')
  .argument('<question...>', 'the question, in quotes')
  .option('--json', 'print the answer as one JSON object (see CONTRACT.md) and nothing else on stdout')
  .option('--retriever <kind>', 'hybrid, lexical or dense (default: RETRIEVER or hybrid)', parseRetriever)
  .action(async (parts: string[], options: { json?: boolean; retriever?: (typeof RETRIEVERS)[number] }) => {
    const config = loadConfig();
    const progress = progressBar();
    const { engine, rebuiltBecause } = await createEngine(config, {
      onProgress: progress.onProgress,
      retriever: options.retriever,
    }).finally(progress.stop);
    if (rebuiltBecause) process.stderr.write(`Built the knowledge index (${rebuiltBecause}).\n`);
    const answer = await engine.ask(parts.join(' '), { platform: 'cli' });
    process.stdout.write(options.json ? `${JSON.stringify(answer)}\n` : `${renderAnswerText(answer)}\n`);
  });

program
  .command('index')
  .description('rebuild the knowledge index from the knowledge folder')
  .action(async () => {
    const config = loadConfig();
    const progress = progressBar();
    const started = performance.now();
    const { chunkCount } = await createEngine(config, { rebuild: true, onProgress: progress.onProgress }).finally(progress.stop);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(`Indexed ${chunkCount} passages from ${config.knowledgeDir} in ${seconds} s into ${config.indexDir}\n`);
  });

const knowledge = program.command('knowledge').description('the knowledge base: notes, decision cards and the facts read from questions');

knowledge
  .command('lint')
  .description('check every knowledge file: front matter, sources, decision cards, review dates')
  .option('--strict', 'treat warnings as errors')
  .action(async (options: { strict?: boolean }) => {
    const config = loadConfig();
    // Loaded only for the commands that need them, so `ask` starts quickly.
    const { lintKnowledge } = await import('../knowledge/lint.ts');
    const findings = await lintKnowledge(config.knowledgeDir, config.reviewAgeDays);
    for (const finding of findings) process.stdout.write(`${finding.level}: ${finding.path}: ${finding.message}\n`);
    const errors = findings.filter((f) => f.level === 'error' || options.strict).length;
    const warnings = findings.length - findings.filter((f) => f.level === 'error').length;
    process.stdout.write(`knowledge lint: ${errors} error(s), ${warnings} warning(s)\n`);
    if (errors > 0) process.exitCode = 1;
  });

knowledge
  .command('watch')
  .description('list notes past their review date and law awaiting commencement or only partly in force')
  .option('--strict', 'exit with an error when anything is listed')
  .action(async (options: { strict?: boolean }) => {
    const config = loadConfig();
    const { watchKnowledge } = await import('../knowledge/watch.ts');
    const items = await watchKnowledge(config.knowledgeDir, config.reviewAgeDays);
    for (const item of items) process.stdout.write(`warning: ${item.path}: ${item.detail} (${item.title})\n`);
    const due = items.filter((item) => item.reason === 'review_due').length;
    process.stdout.write(`knowledge watch: ${due} note(s) due for review, ${items.length - due} on law not yet fully in force\n`);
    if (options.strict && items.length > 0) process.exitCode = 1;
  });

knowledge
  .command('sections')
  .description('list the citable sections of notes, as decision cards name them in rests_on')
  .argument('[note-id...]', 'only these notes')
  .action(async (ids: string[]) => {
    const config = loadConfig();
    const [{ FolderKnowledgeSource }, { chunkDocuments }] = await Promise.all([import('../knowledge/file-source.ts'), import('../knowledge/chunker.ts')]);
    const chunks = chunkDocuments(await new FolderKnowledgeSource(config.knowledgeDir).load());
    const wanted = new Set(ids);
    for (const chunk of chunks) {
      if (wanted.size > 0 && !wanted.has(chunk.docId)) continue;
      process.stdout.write(`${chunk.id}\t${chunk.section ?? '(opening text)'}\n`);
    }
  });

/** Writes a file whole or not at all: a report or drafts are never left half-written. */
async function writeFileAtomically(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, file);
}

function parseDay(value: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) throw new InvalidArgumentError('write the date as YYYY-MM-DD');
  return new Date(`${value}T00:00:00Z`);
}

const audit = program.command('audit').description('the audit trail: what was asked and answered (no personal data)');

/** Runs `work` with the configured store open, and closes it however `work` ends. */
async function withStore(work: (store: Store, config: Config) => Promise<void>): Promise<void> {
  const config = loadConfig();
  const store = await openStore(config);
  try {
    await work(store, config);
  } finally {
    await store.close();
  }
}

/** An option parser that accepts one of `allowed`. */
const oneOf =
  <T extends string>(...allowed: T[]) =>
  (value: string): T => {
    if (!(allowed as string[]).includes(value)) throw new InvalidArgumentError(`choose ${allowed.join(' or ')}`);
    return value as T;
  };

/** A subcommand of `audit` that reads the records of a period, given by --from and --to. */
const periodCommand = (name: string) =>
  audit
    .command(name)
    .option('--from <date>', 'first day to include (YYYY-MM-DD)', parseDay)
    .option('--to <date>', 'first day not to include (YYYY-MM-DD)', parseDay);

periodCommand('export')
  .description('print audit records as CSV or JSON Lines')
  .option('--format <format>', 'csv or json', oneOf('csv', 'json'), 'csv')
  .action((options: { format: 'csv' | 'json'; from?: Date; to?: Date }) =>
    withStore(async (store) => {
      const { formatAudit } = await import('./audit-export.ts');
      process.stdout.write(formatAudit(await store.exportAudit({ from: options.from, to: options.to }), options.format));
    }),
  );

periodCommand('report')
  .description('write the review report: usage, 👎 answers and comments, unanswered questions by theme, citations, knowledge needing review')
  .option('--format <format>', 'html (one self-contained page) or json (the same figures)', oneOf('html', 'json'), 'html')
  .option('--out <file>', 'write to this file instead of printing it')
  .action((options: { format: 'html' | 'json'; from?: Date; to?: Date; out?: string }) =>
    withStore(async (store, config) => {
      const { auditReport } = await import('../review/audit-report.ts');
      const records = await store.exportAudit({ from: options.from, to: options.to });
      const report = await auditReport(records, { ...options, knowledgeDir: config.knowledgeDir, reviewAgeDays: config.reviewAgeDays });
      if (!options.out) process.stdout.write(report);
      else {
        await writeFileAtomically(options.out, report);
        process.stderr.write(`Wrote the review report for ${records.length} question(s) to ${options.out}.\n`);
      }
    }),
  );

periodCommand('to-evals')
  .description('write the period\'s 👎 and no-guidance questions as draft eval items for a reviewer to complete')
  .option('--out <file>', 'where to write the drafts (never into evals/questions/)')
  .action((options: { from?: Date; to?: Date; out?: string }) =>
    withStore(async (store) => {
      const { evalDrafts } = await import('../review/eval-drafts.ts');
      const today = new Date();
      const out = options.out ?? path.join('evals', 'drafts', `${today.toISOString().slice(0, 10)}.jsonl`);
      const drafts = evalDrafts(await store.exportAudit({ from: options.from, to: options.to }), today);
      await writeFileAtomically(out, drafts);
      const count = drafts ? drafts.trimEnd().split('\n').length : 0;
      process.stderr.write(`Wrote ${count} draft eval item(s) to ${out}. Complete each from the law, then move it into evals/questions/.\n`);
    }),
  );

audit
  .command('purge')
  .description('delete audit records older than AUDIT_RETENTION_DAYS')
  .action(() =>
    withStore(async (store, config) => {
      const now = new Date();
      const before = new Date(now.getTime() - config.storage.retentionDays * 86_400_000);
      const deleted = await store.purge(before, now);
      process.stdout.write(`Deleted ${deleted} audit record(s) from before ${before.toISOString().slice(0, 10)} (AUDIT_RETENTION_DAYS=${config.storage.retentionDays}).\n`);
    }),
  );

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode;
  } else if (isAppError(error)) {
    process.stderr.write(`canishare: ${error.message}\n`);
    process.exitCode = 1;
  } else {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`canishare: something unexpected went wrong (${message}). Please report this with the command you ran.\n`);
    process.exitCode = 1;
  }
}
