/**
 * npm run bench: answer latency (warm p50/p95, CLI cold start), index build
 * time and peak memory, for canishare and a naive LangChain baseline with the
 * same embeddings, on the real corpus and synthetic corpora 10× and 100× its size.
 * Options: --scales 1,10,100   --rounds N
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../src/index.ts';
import { syntheticCorpus } from './corpus.ts';

const ROOT = projectRoot();
const QUESTIONS = path.join(ROOT, 'bench', 'questions.txt');
const { values } = parseArgs({ options: { scales: { type: 'string', default: '1,10,100' }, rounds: { type: 'string', default: '5' } } });
const scales = values.scales.split(',').map(Number);

interface Measurement {
  chunks: number;
  buildMs: number;
  times: number[];
  indexBytes: number | null;
  peakRssBytes: number;
  /** On the real corpus: retrieval quality on the eval set's answerable questions, and (ours only) the first line's verdict. */
  quality?: { items: number; hitAt5: number; mrr: number; firstLineVerdict?: number };
}

/** Runs node with `args` in a fresh process; `tsx` loads TypeScript, as the measurement scripts need. */
function run(args: string[], env: Record<string, string> = {}, options: { tsx: boolean } = { tsx: true }): Promise<{ stdout: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [...(options.tsx ? ['--import', 'tsx'] : []), ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve({ stdout, ms: performance.now() - started }) : reject(new Error(`${args.join(' ')} exited ${code}`))));
  });
}

async function measure(mode: 'ours' | 'baseline', knowledgeDir: string, indexDir: string, withQuality: boolean): Promise<Measurement> {
  const quality = withQuality ? [path.join(ROOT, 'evals', 'questions')] : [];
  const { stdout } = await run(['bench/measure.ts', mode, knowledgeDir, indexDir, QUESTIONS, values.rounds, ...quality]);
  return JSON.parse(stdout) as Measurement;
}

const percentile = (times: number[], p: number) => {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const ms = (n: number) => `${n < 10 ? n.toFixed(2) : n.toFixed(0)} ms`;
const mb = (n: number | null) => (n === null ? '—' : `${(n / 1048576).toFixed(0)} MB`);
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

const work = await mkdtemp(path.join(tmpdir(), 'canishare-bench-'));
const rows: string[][] = [];
let quality: { ours: NonNullable<Measurement['quality']>; baseline: NonNullable<Measurement['quality']> } | null = null;
const report: Record<string, unknown> = { date: new Date().toISOString(), node: process.version, scales: {} };
try {
  for (const scale of scales) {
    const knowledgeDir = scale === 1 ? path.join(ROOT, 'knowledge') : path.join(work, `knowledge-${scale}`);
    if (scale !== 1) await syntheticCorpus(path.join(ROOT, 'knowledge'), knowledgeDir, scale);
    process.stderr.write(`measuring ${scale}× …\n`);
    const ours = await measure('ours', knowledgeDir, path.join(work, `index-${scale}`), scale === 1);
    const baseline = await measure('baseline', knowledgeDir, path.join(work, `unused-${scale}`), scale === 1);
    if (ours.quality && baseline.quality) quality = { ours: ours.quality, baseline: baseline.quality };
    (report.scales as Record<string, unknown>)[`${scale}x`] = { ours: { ...ours, times: undefined }, baseline: { ...baseline, times: undefined },
      oursP50: percentile(ours.times, 50), oursP95: percentile(ours.times, 95), baselineP50: percentile(baseline.times, 50), baselineP95: percentile(baseline.times, 95) };
    rows.push([
      `${scale}×`,
      String(ours.chunks),
      `${ms(ours.buildMs)} / ${ms(baseline.buildMs)} (${ratio(ours.buildMs, baseline.buildMs)})`,
      `${ms(percentile(ours.times, 50))} / ${ms(percentile(baseline.times, 50))}`,
      `${ms(percentile(ours.times, 95))} / ${ms(percentile(baseline.times, 95))} (${ratio(percentile(ours.times, 95), percentile(baseline.times, 95))})`,
      `${mb(ours.peakRssBytes)} / ${mb(baseline.peakRssBytes)} (${ratio(ours.peakRssBytes, baseline.peakRssBytes)})`,
      mb(ours.indexBytes),
    ]);
  }

  // Cold start: a fresh CLI process, as `npm run ask` starts one (the built code when the build is current),
  // answering one question from an index already on disk (built by the first run).
  const coldArgs = ['src/cli/launch.mjs', 'src/cli/main', 'ask', '--json', 'Can I tell the police a patient attended A&E?'];
  const coldEnv = { INDEX_DIR: path.join(work, 'index-cold') };
  await run(coldArgs, coldEnv, { tsx: false });
  const cold: number[] = [];
  for (let i = 0; i < 7; i += 1) cold.push((await run(coldArgs, coldEnv, { tsx: false })).ms);
  report.coldStart = { p50: percentile(cold, 50), p95: percentile(cold, 95) };
  const header = ['corpus', 'passages', 'build: ours / baseline', 'warm p50: ours / baseline', 'warm p95: ours / baseline', 'peak RSS: ours / baseline', 'index on disk'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ');
  process.stdout.write(`${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('-|-')}\n${rows.map(line).join('\n')}\n`);
  process.stdout.write(`\nCLI cold start (fresh process, index on disk): p50 ${ms(percentile(cold, 50))}, p95 ${ms(percentile(cold, 95))}\n`);
  if (quality) {
    report.quality = quality;
    const { ours, baseline } = quality;
    const share = (n: number) => n.toFixed(2);
    process.stdout.write(
      [
        '',
        `Quality on the real corpus (${ours.items} answerable questions from evals/questions/; a card stands for the notes it cites):`,
        `  hit@5  ours ${share(ours.hitAt5)} / baseline ${share(baseline.hitAt5)} (${ratio(ours.hitAt5, baseline.hitAt5)})`,
        `  MRR    ours ${share(ours.mrr)} / baseline ${share(baseline.mrr)} (${ratio(ours.mrr, baseline.mrr)})`,
        `  first line states the expected verdict: ours ${share(ours.firstLineVerdict ?? 0)} (the baseline only retrieves; it gives no verdict)`,
        '',
      ].join('\n'),
    );
  }
  process.stdout.write('Baseline: LangChain RecursiveCharacterTextSplitter (1000/200) + MemoryVectorStore, same offline embeddings, no lexical ranker.\n');
  await mkdir(path.join(ROOT, 'bench', 'results'), { recursive: true });
  await writeFile(path.join(ROOT, 'bench', 'results', 'latest.json'), JSON.stringify(report, null, 2));
} finally {
  await rm(work, { recursive: true, force: true });
}
