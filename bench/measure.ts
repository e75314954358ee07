/**
 * One measurement in its own process, so peak memory belongs to it alone.
 * Usage: measure.ts ours|baseline KNOWLEDGE_DIR INDEX_DIR QUESTIONS_FILE ROUNDS [EVAL_QUESTIONS]
 * With EVAL_QUESTIONS (a folder of eval items) it also measures answer quality
 * on their answerable items. Prints one JSON object.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { Embeddings } from '@langchain/core/embeddings';
import { Document } from '@langchain/core/documents';
import { RecursiveCharacterTextSplitter } from '@langchain/textsplitters';
import { MemoryVectorStore } from '@langchain/classic/vectorstores/memory';
import { CorpusEmbedder, createEngine, FolderKnowledgeSource, loadConfig, loadDecisionCards, verdictOfFirstLine, type Passage } from '../src/index.ts';
import { loadQuestionSet, type EvalItem } from '../evals/question-set.ts';

const [mode, knowledgeDir, indexDir, questionsFile, roundsText, evalQuestions] = process.argv.slice(2);
if (!mode || !knowledgeDir || !indexDir || !questionsFile) throw new Error('usage: measure.ts ours|baseline KNOWLEDGE_DIR INDEX_DIR QUESTIONS_FILE [ROUNDS]');
const rounds = Number(roundsText ?? 5);
const questions = (await readFile(questionsFile, 'utf8')).split('\n').filter(Boolean);

/** Our offline embedder behind LangChain's interface, so the baseline uses the same embeddings. */
class SameEmbeddings extends Embeddings {
  constructor(private readonly embedder: CorpusEmbedder) {
    super({});
  }
  embedDocuments(texts: string[]) {
    return this.embedder.embedDocuments(texts);
  }
  embedQuery(text: string) {
    return this.embedder.embedQuery(text);
  }
}

async function folderBytes(folder: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(folder, { recursive: true })) {
    const info = await stat(path.join(folder, entry));
    if (info.isFile()) total += info.size;
  }
  return total;
}

async function timeQuestions(ask: (q: string) => Promise<unknown>): Promise<number[]> {
  for (const q of questions) await ask(q); // warm-up
  const times: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const q of questions) {
      const started = performance.now();
      await ask(q);
      times.push(performance.now() - started);
    }
  }
  return times;
}

/** Answerable eval items with the notes each should find; a card an item expects stands for the notes it cites. */
async function qualityItems(): Promise<{ item: EvalItem; notes: Set<string> }[]> {
  if (!evalQuestions) return [];
  const [documents, { cards }] = await Promise.all([new FolderKnowledgeSource(knowledgeDir!).load(), loadDecisionCards(knowledgeDir!)]);
  const basis = new Map(cards.map((card) => [card.id, [card.answer, ...card.exceptions, ...card.points].flatMap((part) => part.restsOn.map((id) => id.split('#')[0]!))]));
  const items = await loadQuestionSet(evalQuestions, new Set([...documents.map((d) => d.meta.id), ...cards.map((c) => c.id)]));
  return items
    .filter((item) => item.category === 'answerable' && item.expected_ids.length > 0)
    .map((item) => ({ item, notes: new Set(item.expected_ids.flatMap((id) => basis.get(id) ?? [id])) }));
}

/** hit@5 and MRR over ranked lists of note ids (an entry may hold several notes, as a decided card does). */
function retrievalQuality(judged: { notes: Set<string>; ranked: string[][] }[]) {
  let hits = 0;
  let reciprocal = 0;
  for (const { notes, ranked } of judged) {
    const first = ranked.findIndex((ids) => ids.some((id) => notes.has(id)));
    if (first >= 0 && first < 5) hits += 1;
    if (first >= 0) reciprocal += 1 / (first + 1);
  }
  return { items: judged.length, hitAt5: hits / judged.length, mrr: reciprocal / judged.length };
}

let result: Record<string, unknown>;
if (mode === 'ours') {
  const config = loadConfig({ KNOWLEDGE_DIR: knowledgeDir, INDEX_DIR: indexDir });
  const started = performance.now();
  const { engine, chunkCount } = await createEngine(config, { rebuild: true });
  const buildMs = performance.now() - started;
  const times = await timeQuestions((q) => engine.ask(q));
  result = { chunks: chunkCount, buildMs, times, indexBytes: await folderBytes(indexDir) };
  const judged = [];
  let verdicts = 0;
  let verdictsRight = 0;
  for (const { item, notes } of await qualityItems()) {
    let passages: Passage[] = [];
    let card: string[] = [];
    const answer = await engine.ask(item.question, { history: (item.history ?? []).map((question) => ({ question })) }, {
      retrieved: (found) => (passages = found),
      decided: ({ cardId, basis }) => (card = cardId ? basis : []),
    });
    judged.push({ notes, ranked: [...(card.length > 0 ? [card] : []), ...passages.map((p) => [p.chunk.docId])] });
    if (item.expected_verdicts.length > 0) {
      verdicts += 1;
      const stated = answer.status === 'answered' && answer.verdict !== null ? verdictOfFirstLine(answer.answer) : null;
      if (answer.status === item.expected_status && (item.expected_verdicts as string[]).includes(stated ?? 'none')) verdictsRight += 1;
    }
  }
  if (judged.length > 0) result.quality = { ...retrievalQuality(judged), firstLineVerdict: verdictsRight / verdicts };
} else {
  const started = performance.now();
  const documents = await new FolderKnowledgeSource(knowledgeDir).load();
  const splitter = new RecursiveCharacterTextSplitter({ chunkSize: 1000, chunkOverlap: 200 });
  const chunks = await splitter.splitDocuments(
    documents.map((doc) => new Document({ pageContent: doc.sections.map((s) => s.text).join('\n\n'), metadata: { id: doc.meta.id } })),
  );
  const embedder = await CorpusEmbedder.train(chunks.map((c) => c.pageContent));
  const store = await MemoryVectorStore.fromDocuments(chunks, new SameEmbeddings(embedder));
  const buildMs = performance.now() - started;
  const times = await timeQuestions((q) => store.similaritySearch(q, 5));
  result = { chunks: chunks.length, buildMs, times, indexBytes: null };
  const judged = [];
  for (const { item, notes } of await qualityItems()) {
    const found = await store.similaritySearch([...(item.history ?? []), item.question].join(' '), 5);
    judged.push({ notes, ranked: found.map((doc) => [String(doc.metadata.id)]) });
  }
  if (judged.length > 0) result.quality = retrievalQuality(judged);
}
result.peakRssBytes = process.resourceUsage().maxRSS * 1024;
process.stdout.write(`${JSON.stringify(result)}\n`);
