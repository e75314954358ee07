/**
 * One measurement in its own process, so peak memory belongs to it alone.
 * Usage: measure.ts ours|baseline KNOWLEDGE_DIR INDEX_DIR QUESTIONS_FILE ROUNDS
 * Prints one JSON object.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { Embeddings } from '@langchain/core/embeddings';
import { Document } from '@langchain/core/documents';
import { RecursiveCharacterTextSplitter } from '@langchain/textsplitters';
import { MemoryVectorStore } from '@langchain/classic/vectorstores/memory';
import { CorpusEmbedder, createEngine, FolderKnowledgeSource, loadConfig } from '../src/index.ts';

const [mode, knowledgeDir, indexDir, questionsFile, roundsText] = process.argv.slice(2);
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

let result: Record<string, unknown>;
if (mode === 'ours') {
  const config = loadConfig({ KNOWLEDGE_DIR: knowledgeDir, INDEX_DIR: indexDir });
  const started = performance.now();
  const { engine, chunkCount } = await createEngine(config, { rebuild: true });
  const buildMs = performance.now() - started;
  const times = await timeQuestions((q) => engine.ask(q));
  result = { chunks: chunkCount, buildMs, times, indexBytes: await folderBytes(indexDir) };
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
}
result.peakRssBytes = process.resourceUsage().maxRSS * 1024;
process.stdout.write(`${JSON.stringify(result)}\n`);
