/**
 * npm run eval — scores the engine on the question set and prints a table.
 *   --json              one JSON object on stdout (metrics per configuration, category and split)
 *   --compare           run every retriever kind (hybrid, lexical, dense) side by side
 *   --retriever KIND    run one retriever kind (default hybrid)
 *   --mode MODE         extractive or llm (llm needs CHAT_MODEL); --compare runs both when a model is configured
 *   --split dev|heldout|all   which items to run (default all)
 *   --questions PATH    another question set (a JSON Lines file or a folder of them)
 *   --grade-with-model  also ask the chat model whether each cited passage supports its sentence (needs CHAT_MODEL)
 *   --no-gate           report only; do not fail below evals/thresholds.json
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SingleBar, Presets } from 'cli-progress';
import { Command, InvalidArgumentError } from 'commander';
import { AppError, createSupportGrader, FolderKnowledgeSource, isAppError, loadConfig, loadDecisionCards, projectRoot } from '../src/index.ts';
import { gateFailures, loadThresholds } from './gate.ts';
import { loadQuestionSet } from './question-set.ts';
import { markdownReport, terminalReport } from './report.ts';
import { configurationName, runEvaluation, type Configuration, type SupportGrader } from './runner.ts';

const HERE = path.join(projectRoot(), 'evals');
const RETRIEVERS = ['hybrid', 'lexical', 'dense'] as const;

const program = new Command()
  .name('npm run eval --')
  .option('--json', 'print one JSON object on stdout')
  .option('--compare', 'compare every retriever kind in one run')
  .option('--retriever <kind>', 'hybrid, lexical or dense', (value) => {
    if (!(RETRIEVERS as readonly string[]).includes(value)) throw new InvalidArgumentError(`choose one of ${RETRIEVERS.join(', ')}`);
    return value as (typeof RETRIEVERS)[number];
  })
  .option('--mode <mode>', 'extractive or llm', (value) => {
    if (value !== 'extractive' && value !== 'llm') throw new InvalidArgumentError('choose extractive or llm');
    return value;
  })
  .option('--split <split>', 'dev, heldout or all', 'all')
  .option('--questions <path>', 'question set: a JSON Lines file, or a folder of them', path.join(HERE, 'questions'))
  .option('--thresholds <file>', 'minimum figures for the gate', path.join(HERE, 'thresholds.json'))
  .option('--grade-with-model', 'model-graded faithfulness (needs CHAT_MODEL)')
  .option('--no-gate', 'do not fail below the thresholds')
  .parse();

const options = program.opts<{
  json?: boolean;
  compare?: boolean;
  retriever?: (typeof RETRIEVERS)[number];
  mode?: 'extractive' | 'llm';
  split: string;
  questions: string;
  thresholds: string;
  gate: boolean;
  gradeWithModel?: boolean;
}>();

try {
  const config = loadConfig();
  const [documents, { cards }] = await Promise.all([new FolderKnowledgeSource(config.knowledgeDir).load(), loadDecisionCards(config.knowledgeDir)]);
  // An item may expect a note, or the decision card that answers it.
  const all = await loadQuestionSet(options.questions, new Set([...documents.map((d) => d.meta.id), ...cards.map((c) => c.id)]));
  const items = options.split === 'all' ? all : all.filter((item) => item.split === options.split);
  const kinds = options.compare ? [...RETRIEVERS] : [options.retriever ?? 'hybrid'];
  const modelConfigured = Boolean(config.remote.apiKey && config.remote.chatModel);
  const modes: Configuration['mode'][] = options.mode ? [options.mode] : options.compare && modelConfigured ? ['extractive', 'llm'] : ['extractive'];
  const configurations: Configuration[] = modes.flatMap((mode) =>
    kinds.map((retriever) => ({ retriever, mode })).filter((c) => c.mode === 'extractive' || c.retriever === 'hybrid' || !options.compare),
  );

  const bar = process.stderr.isTTY && !options.json ? new SingleBar({ format: 'Evaluating {bar} {value}/{total} | {label}', stream: process.stderr }, Presets.shades_classic) : null;
  bar?.start(items.length * configurations.length, 0, { label: '' });
  let grader: SupportGrader | undefined;
  if (options.gradeWithModel) {
    const { apiKey, chatModel, baseUrl, timeoutMs } = config.remote;
    if (!apiKey || !chatModel) throw new AppError('CONFIG_INVALID', '--grade-with-model needs a chat model: set OPENAI_API_KEY and CHAT_MODEL.');
    grader = createSupportGrader({ apiKey, model: chatModel, baseUrl, timeoutMs });
  }
  const results = await runEvaluation(config, items, configurations, (done, _total, label) => bar?.update(done, { label }), grader);
  bar?.stop();

  const thresholds = await loadThresholds(options.thresholds);
  const gated = options.gate && results.some((r) => configurationName(r.configuration) === thresholds.configuration);
  const failures = gated ? gateFailures(thresholds, results) : [];
  const generatedAt = new Date();
  const resultsDir = path.join(HERE, 'results');
  await mkdir(resultsDir, { recursive: true });
  const report = markdownReport(results, failures, generatedAt);
  const reportFile = path.join(resultsDir, `report-${generatedAt.toISOString().replace(/[:.]/g, '-')}.md`);
  await writeFile(reportFile, report);
  await writeFile(path.join(resultsDir, 'latest.md'), report);

  if (options.json) {
    const summary = results.map((r) => ({
      configuration: configurationName(r.configuration),
      overall: r.overall,
      byCategory: r.byCategory,
      bySplit: r.bySplit,
    }));
    process.stdout.write(`${JSON.stringify({ items: items.length, split: options.split, results: summary, gate: { applied: gated, passed: failures.length === 0, failures }, report: reportFile })}\n`);
  } else {
    process.stdout.write(`${terminalReport(results)}\n\nReport with every failure: ${path.relative(process.cwd(), reportFile)}\n`);
    if (!gated) process.stdout.write(`Quality gate: not applied (it covers ${thresholds.configuration}).\n`);
    else process.stdout.write(failures.length === 0 ? 'Quality gate: passed.\n' : `Quality gate: FAILED\n${failures.map((f) => `  - ${f}`).join('\n')}\n`);
  }
  if (failures.length > 0) process.exitCode = 1;
} catch (error) {
  process.stderr.write(`npm run eval: ${isAppError(error) ? error.message : error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
