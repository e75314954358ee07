import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Embedder } from '../core/ports.ts';
import type { Chunk } from '../core/types.ts';
import { AppError } from '../errors.ts';
import { hashKnowledgeFiles, listKnowledgeFiles } from '../knowledge/files.ts';
import { CorpusEmbedder, type CorpusEmbedderModel } from './corpus-embedder.ts';
import { readChecked, sha256, writeChecked, writeFolderAtomically } from './index-files.ts';
import { LexicalRanker } from './lexical-ranker.ts';
import { OpenAIEmbedder, type OpenAIEmbedderSettings } from './openai-embedder.ts';
import { terms, words } from './text.ts';
import { VectorIndex } from './vector-index.ts';
import { QueryNormaliser } from './query-normaliser.ts';
import { loadGlossary, type Glossary } from '../knowledge/glossary.ts';
import { loadScopeVocabulary, type ScopeVocabulary } from '../answering/scope.ts';
import { askedAs, buildDecisionSet, type DecisionSet } from '../deciding/decision-set.ts';
import type { DecisionCard } from '../deciding/decision-card.ts';
import { acronymInstruments, namedInstruments } from '../deciding/named-instruments.ts';
import { loadFactVocabulary, type FactVocabulary } from '../understanding/fact-vocabulary.ts';

const FORMAT_VERSION = 5;
const EMBED_BATCH = 64;

/** Which embeddings the index is built with. */
export type EmbeddingChoice = { kind: 'corpus' } | { kind: 'openai'; settings: OpenAIEmbedderSettings };

/** Everything retrieval needs, loaded from (or just written to) the index folder. */
export interface KnowledgeIndex {
  chunks: Chunk[];
  lexical: LexicalRanker;
  vectors: VectorIndex;
  embedder: Embedder;
  /** Every word the knowledge base uses, for correcting misspelt questions. */
  vocabulary: string[];
  /** Stemmed term → number of chunks containing it, for weighting question terms. */
  documentFrequency: Record<string, number>;
  decisions: DecisionSet;
  facts: FactVocabulary;
  /** Names of the Acts, schemes and protocols the knowledge base mentions (see namedInstruments). */
  instruments: string[];
  /** knowledge/glossary.yml and knowledge/scope.yml as read when the index was built, so answering parses no YAML. */
  glossary: Glossary;
  scope: ScopeVocabulary;
}

interface Manifest {
  formatVersion: number;
  embedder: string;
  dimensions: number;
  chunkCount: number;
  builtAt: string;
  knowledge: Record<string, string>;
  files: Record<string, string>;
}

export type BuildProgress = (stage: 'loading' | 'training' | 'embedding' | 'writing', done: number, total: number) => void;

export interface OpenIndexOptions {
  knowledgeDir: string;
  indexDir: string;
  embedding: EmbeddingChoice;
  /** Rebuild even if the index on disk is current. */
  rebuild?: boolean;
  onProgress?: BuildProgress;
}

export interface OpenedIndex {
  index: KnowledgeIndex;
  /** Why the index was rebuilt, or null if the one on disk was used. */
  rebuiltBecause: string | null;
}

/**
 * Opens the index for the current knowledge folder and embedding settings,
 * building it first if it is missing, stale or damaged.
 */
export async function openKnowledgeIndex(options: OpenIndexOptions): Promise<OpenedIndex> {
  const knowledge = await hashKnowledgeFiles(await listKnowledgeFiles(options.knowledgeDir));
  const fingerprint = embeddingFingerprint(options.embedding);
  if (!options.rebuild) {
    const existing = await tryLoad(options.indexDir, knowledge, fingerprint, options.embedding);
    if ('index' in existing) return { index: existing.index, rebuiltBecause: null };
    const index = await buildKnowledgeIndex(options, knowledge);
    return { index, rebuiltBecause: existing.reason };
  }
  return { index: await buildKnowledgeIndex(options, knowledge), rebuiltBecause: 'a rebuild was requested' };
}

function embeddingFingerprint(choice: EmbeddingChoice): string {
  return choice.kind === 'corpus' ? CorpusEmbedder.fingerprint : new OpenAIEmbedder(choice.settings).fingerprint;
}

/** Text embedded for a chunk: its title and heading give context the text alone may lack. */
export function embeddingText(chunk: Chunk): string {
  return [chunk.title, chunk.section ?? '', chunk.tags.join(', '), chunk.text].filter(Boolean).join('\n');
}

async function buildKnowledgeIndex(options: OpenIndexOptions, knowledge: Record<string, string>): Promise<KnowledgeIndex> {
  const progress = options.onProgress ?? (() => undefined);
  progress('loading', 0, 1);
  // Loaders pull in parsers for Markdown, PDF, DOCX and HTML; answering from a built index needs none of them.
  const [{ FolderKnowledgeSource }, { chunkDocuments }] = await Promise.all([
    import('../knowledge/file-source.ts'),
    import('../knowledge/chunker.ts'),
  ]);
  const [documents, cards, facts, glossary, scope] = await Promise.all([
    new FolderKnowledgeSource(options.knowledgeDir).load(),
    loadCheckedDecisionCards(options.knowledgeDir),
    loadFactVocabulary(options.knowledgeDir),
    loadGlossary(options.knowledgeDir),
    loadScopeVocabulary(options.knowledgeDir),
  ]);
  const chunks = chunkDocuments(documents);
  checkCitedSections(cards, chunks);
  progress('loading', 1, 1);
  const texts = chunks.map(embeddingText);
  // Cards' phrasings teach the offline embeddings how people describe situations ("nicked" near "arrested").
  const cardTexts = cards.map((card) => askedAs(card).join('\n'));

  let embedder: Embedder;
  let corpusModel: CorpusEmbedderModel | null = null;
  if (options.embedding.kind === 'corpus') {
    progress('training', 0, 1);
    const trained = await CorpusEmbedder.train([...texts, ...cardTexts]);
    corpusModel = trained.toModel();
    embedder = trained;
    progress('training', 1, 1);
  } else {
    embedder = new OpenAIEmbedder(options.embedding.settings);
  }

  const vectors: number[][] = [];
  for (let start = 0; start < texts.length; start += EMBED_BATCH) {
    progress('embedding', start, texts.length);
    vectors.push(...(await embedder.embedDocuments(texts.slice(start, start + EMBED_BATCH))));
  }
  progress('embedding', texts.length, texts.length);
  const dimensions = vectors[0]?.length ?? embedder.dimensions;
  if (!dimensions) {
    throw new AppError('INDEX_BUILD_FAILED', 'The embeddings model returned no vectors, so no index could be built.');
  }
  const vectorIndex = VectorIndex.build(vectors, dimensions);
  const lexical = LexicalRanker.build(chunks);
  // Words people use in phrasings and fact phrases are real words, not misspellings to correct.
  const factPhrases = [
    ...Object.values(facts.agencies).flatMap((agency) => agency.phrases),
    ...Object.values(facts.facts).flatMap((fact) => Object.values(fact.values).flat()),
  ];
  const vocabulary = [...new Set([...texts, ...cardTexts, ...factPhrases].flatMap((text) => words(text)))].sort();
  const documentFrequency: Record<string, number> = {};
  for (const chunk of chunks) for (const term of new Set(terms(embeddingText(chunk)))) documentFrequency[term] = (documentFrequency[term] ?? 0) + 1;
  const normaliser = new QueryNormaliser(glossary, vocabulary, scope.domain);
  const named = namedInstruments(chunks.flatMap((chunk) => [chunk.title, chunk.text]));
  const instruments = [...new Set([...named, ...acronymInstruments(glossary.acronyms, named)])].sort();
  const decisions = await buildDecisionSet(cards, normaliser, embedder);

  progress('writing', 0, 1);
  await writeFolderAtomically(options.indexDir, async (folder) => {
    const files: Record<string, string> = {};
    files['chunks.json'] = await writeChecked(folder, 'chunks.json', JSON.stringify(chunks));
    files['lexical.json'] = await writeChecked(folder, 'lexical.json', lexical.toJSON());
    files['vocabulary.json'] = await writeChecked(folder, 'vocabulary.json', JSON.stringify({ vocabulary, documentFrequency, instruments, glossary, scope }));
    const { vectors: phrasingVectors, ...decisionData } = decisions;
    files['decisions.json'] = await writeChecked(folder, 'decisions.json', JSON.stringify({ ...decisionData, facts }));
    files['decisions.bin'] = await writeChecked(folder, 'decisions.bin', new Uint8Array(phrasingVectors.buffer, phrasingVectors.byteOffset, phrasingVectors.byteLength));
    vectorIndex.write(path.join(folder, 'vectors.hnsw'));
    files['vectors.hnsw'] = sha256(await readFile(path.join(folder, 'vectors.hnsw')));
    if (corpusModel) {
      const { projection, ...rest } = corpusModel;
      files['embedder.json'] = await writeChecked(folder, 'embedder.json', JSON.stringify(rest));
      files['embedder.bin'] = await writeChecked(folder, 'embedder.bin', new Uint8Array(projection.buffer, projection.byteOffset, projection.byteLength));
    }
    const manifest: Manifest = {
      formatVersion: FORMAT_VERSION,
      embedder: embedder.fingerprint,
      dimensions,
      chunkCount: chunks.length,
      builtAt: new Date().toISOString(),
      knowledge,
      files,
    };
    await writeChecked(folder, 'manifest.json', JSON.stringify(manifest, null, 2));
  });
  progress('writing', 1, 1);
  return { chunks, lexical, vectors: vectorIndex, embedder, vocabulary, documentFrequency, decisions, facts, instruments, glossary, scope };
}

/** Decision cards, or an error naming each bad card: answering from a broken card is worse than not starting. */
async function loadCheckedDecisionCards(knowledgeDir: string): Promise<DecisionCard[]> {
  const { loadDecisionCards } = await import('../deciding/load-decision-cards.ts');
  const { cards, problems } = await loadDecisionCards(knowledgeDir);
  if (problems.length > 0) {
    const list = problems.map((p) => `- ${p.path}: ${p.field ? `field "${p.field}" ` : ''}${p.message}`).join('\n');
    throw new AppError('KNOWLEDGE_INVALID', `Some decision cards are not valid:\n${list}\nFix them (knowledge/README.md describes the format; npm run knowledge:lint checks them) and run again.`);
  }
  return cards;
}

function checkCitedSections(cards: DecisionCard[], chunks: Chunk[]): void {
  const ids = new Set(chunks.map((chunk) => chunk.id));
  const missing = cards.flatMap((card) =>
    [card.answer, ...card.exceptions, ...card.points].flatMap((part) => part.restsOn.filter((id) => !ids.has(id)).map((id) => `- ${card.path}: cites "${id}", which is not a note section`)),
  );
  if (missing.length > 0) {
    throw new AppError('KNOWLEDGE_INVALID', `Some decision cards cite sections that do not exist:\n${[...new Set(missing)].join('\n')}\nRun npm run knowledge:lint for the sections each note has.`);
  }
}

async function tryLoad(
  indexDir: string,
  knowledge: Record<string, string>,
  fingerprint: string,
  choice: EmbeddingChoice,
): Promise<{ index: KnowledgeIndex } | { reason: string }> {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await readFile(path.join(indexDir, 'manifest.json'), 'utf8')) as Manifest;
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    return { reason: missing ? 'no index had been built yet' : 'the index manifest was unreadable' };
  }
  if (manifest.formatVersion !== FORMAT_VERSION) return { reason: 'the index was built by another version' };
  if (manifest.embedder !== fingerprint) return { reason: 'the embedding settings changed' };
  if (JSON.stringify(manifest.knowledge) !== JSON.stringify(knowledge)) return { reason: 'the knowledge files changed' };

  const read = (name: string) => readChecked(indexDir, name, manifest.files[name]);
  const [chunksData, lexicalData, vocabularyData, vectorsData, decisionsData, decisionVectorsData] = await Promise.all([
    read('chunks.json'),
    read('lexical.json'),
    read('vocabulary.json'),
    read('vectors.hnsw'),
    read('decisions.json'),
    read('decisions.bin'),
  ]);
  if (!chunksData || !lexicalData || !vocabularyData || !vectorsData || !decisionsData || !decisionVectorsData) {
    return { reason: 'the index on disk was damaged (a checksum did not match)' };
  }
  let embedder: Embedder;
  if (choice.kind === 'corpus') {
    const [modelData, projectionData] = await Promise.all([read('embedder.json'), read('embedder.bin')]);
    if (!modelData || !projectionData) return { reason: 'the index on disk was damaged (a checksum did not match)' };
    const model = JSON.parse(modelData.toString('utf8')) as Omit<CorpusEmbedderModel, 'projection'>;
    const copy = new Uint8Array(projectionData);
    embedder = CorpusEmbedder.fromModel({ ...model, projection: new Float32Array(copy.buffer, 0, copy.byteLength / 4) });
  } else {
    const remote = new OpenAIEmbedder(choice.settings);
    remote.dimensions = manifest.dimensions;
    embedder = remote;
  }
  // Only now, with its checksum verified, is the hnswlib file handed to native code.
  const vectors = VectorIndex.read(path.join(indexDir, 'vectors.hnsw'), manifest.dimensions);
  const { facts, ...decisionData } = JSON.parse(decisionsData.toString('utf8')) as Omit<DecisionSet, 'vectors'> & { facts: FactVocabulary };
  const decisionVectors = new Uint8Array(decisionVectorsData);
  return {
    index: {
      chunks: JSON.parse(chunksData.toString('utf8')) as Chunk[],
      lexical: LexicalRanker.fromJSON(lexicalData.toString('utf8')),
      vectors,
      embedder,
      ...(JSON.parse(vocabularyData.toString('utf8')) as Pick<KnowledgeIndex, 'vocabulary' | 'documentFrequency' | 'instruments' | 'glossary' | 'scope'>),
      decisions: { ...decisionData, vectors: new Float32Array(decisionVectors.buffer, 0, decisionVectors.byteLength / 4) },
      facts,
    },
  };
}
