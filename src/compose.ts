import type { Config } from './config.ts';
import type { Retriever } from './core/ports.ts';
import type { Answer } from './core/types.ts';
import { ModelAnswerer } from './answering/model-answerer.ts';
import { ExtractiveAnswerer } from './answering/extractive-answerer.ts';
import { ScopeClassifier } from './answering/scope.ts';
import { Engine } from './engine.ts';
import { Decider } from './deciding/decider.ts';
import { DecisionMatcher } from './deciding/decision-matcher.ts';
import { FactReader } from './understanding/read-facts.ts';
import { factRoles } from './understanding/fact-vocabulary.ts';
import path from 'node:path';
import { AppError, isAppError } from './errors.ts';
import type { Logger } from './logger.ts';
import { embeddedAuditKey } from './privacy/pseudonymise.ts';
import { QuestionService } from './question-service.ts';
import { pgliteClient, postgresClient } from './storage/sql-clients.ts';
import { ResilientStore } from './storage/resilient-store.ts';
import { SqlStore } from './storage/sql-store.ts';
import type { Store } from './storage/store.ts';
import { openKnowledgeIndex, type BuildProgress, type EmbeddingChoice, type OpenedIndex } from './retrieval/knowledge-index.ts';
import { KnowledgeRetriever } from './retrieval/knowledge-retriever.ts';
import { QueryNormaliser } from './retrieval/query-normaliser.ts';
import { words } from './retrieval/text.ts';

export interface CreateEngineOptions {
  rebuild?: boolean;
  onProgress?: BuildProgress;
  /** Overrides RETRIEVER, for comparing retrievers side by side. */
  retriever?: Retriever['kind'];
  /** Overrides the answer mode: 'llm' needs CHAT_MODEL; the default is 'llm' when CHAT_MODEL is set. */
  answerMode?: Answer['mode'];
}

export interface CreatedEngine {
  engine: Engine;
  /** Why the index was rebuilt on the way, or null if the one on disk was current. */
  rebuiltBecause: string | null;
  chunkCount: number;
}

/** The shared store: PostgreSQL when DATABASE_URL is set, otherwise the embedded database under DATA_DIR. */
export async function openStore(config: Config, logger?: Logger): Promise<Store> {
  const { databaseUrl, dataDir } = config.storage;
  const onProblem = (reason: string) => logger?.warn({ reason }, 'database connection problem; it will be replaced on the next query');
  try {
    return await SqlStore.open(databaseUrl ? await postgresClient(databaseUrl, onProblem) : await pgliteClient(path.join(dataDir, 'db')));
  } catch (error) {
    if (isAppError(error)) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError(
      'STORAGE_UNAVAILABLE',
      databaseUrl
        ? `Could not open the PostgreSQL database at DATABASE_URL (${reason}). Check the server is running and the URL, user and password are right.`
        : `Could not open the embedded database in ${dataDir} (${reason}). Check the folder is writable, or set DATA_DIR.`,
      { cause: error },
    );
  }
}

/** The key that pseudonymises user ids: AUDIT_KEY, or for the embedded store one kept beside its data. */
export async function auditKey(config: Config): Promise<string> {
  return config.storage.auditKey ?? (await embeddedAuditKey(config.storage.dataDir));
}

/** Everything a chat front end needs: the engine behind input limits, rate limits and the audit trail. */
export async function createQuestionService(
  config: Config,
  logger: Logger,
): Promise<{ service: QuestionService; store: ResilientStore; rebuiltBecause: string | null }> {
  const [{ engine, rebuiltBecause }, opened, key] = await Promise.all([createEngine(config), openStore(config, logger), auditKey(config)]);
  // Answering never waits on the database: a slow or missing store is worked around and caught up later.
  const store = new ResilientStore(opened, { logger, timeoutMs: config.storage.timeoutMs, queueCapacity: config.storage.queueCapacity });
  const service = new QuestionService({ engine, store, auditKey: key, rateLimit: config.rateLimit, logger });
  return { service, store, rebuiltBecause };
}

/** The embeddings the configuration asks for: a remote model only when both a key and a model are set. */
export function embeddingChoice(config: Config): EmbeddingChoice {
  const { apiKey, embeddingsModel, baseUrl, timeoutMs } = config.remote;
  if (apiKey && embeddingsModel) {
    return { kind: 'openai', settings: { apiKey, model: embeddingsModel, baseUrl, timeoutMs } };
  }
  return { kind: 'corpus' };
}

/** The remote chat model, when configured and not overridden to extractive. */
function chatModel(config: Config, mode: Answer['mode'] | undefined): ModelAnswerer | null {
  const { apiKey, chatModel: model, baseUrl, timeoutMs, maxTokens } = config.remote;
  if (mode === 'extractive') return null;
  if (!apiKey || !model) {
    if (mode === 'llm') {
      throw new AppError('CONFIG_INVALID', 'Answer mode "llm" needs a chat model: set OPENAI_API_KEY and CHAT_MODEL (and OPENAI_BASE_URL for a non-OpenAI endpoint).');
    }
    return null;
  }
  return new ModelAnswerer({ apiKey, model, baseUrl, timeoutMs, maxTokens });
}

/** Each kind of embeddings keeps its own index, so falling back to offline search never discards the remote one. */
function indexDirFor(config: Config, choice: EmbeddingChoice): string {
  return path.join(config.indexDir, choice.kind === 'corpus' ? 'offline' : 'remote');
}

/**
 * Opens the index for the configured embeddings. If a remote embeddings model
 * is configured but cannot build the index, canishare still answers, from an
 * offline index, and says so on every answer.
 */
async function openIndexWithFallback(
  config: Config,
  options: CreateEngineOptions,
): Promise<{ opened: OpenedIndex; standingWarnings: string[] }> {
  const choice = embeddingChoice(config);
  const open = (embedding: EmbeddingChoice) =>
    openKnowledgeIndex({
      knowledgeDir: config.knowledgeDir,
      indexDir: indexDirFor(config, embedding),
      embedding,
      rebuild: options.rebuild,
      onProgress: options.onProgress,
    });
  try {
    return { opened: await open(choice), standingWarnings: [] };
  } catch (error) {
    if (choice.kind === 'corpus' || !isAppError(error) || error.code !== 'EMBEDDINGS_FAILED') throw error;
    const opened = await open({ kind: 'corpus' });
    return {
      opened,
      standingWarnings: [`The remote embeddings model "${choice.settings.model}" did not answer, so answers use offline search.`],
    };
  }
}

/** The only place that picks concrete classes from configuration. */
export async function createEngine(config: Config, options: CreateEngineOptions = {}): Promise<CreatedEngine> {
  const { opened, standingWarnings } = await openIndexWithFallback(config, options);
  const { index } = opened;
  const { glossary, scope: scopeVocabulary } = index;
  const normaliser = new QueryNormaliser(glossary, index.vocabulary, scopeVocabulary.domain);
  const knownWords = new Set([
    ...index.vocabulary,
    ...Object.values(glossary.acronyms).flatMap(words),
    ...glossary.synonyms.flat().flatMap(words),
  ]);
  const model = chatModel(config, options.answerMode);
  const scope = new ScopeClassifier(scopeVocabulary, (text) => normaliser.correctedWords(text));
  const decider = new Decider({
    matcher: new DecisionMatcher(index.decisions, factRoles(index.facts)),
    reader: new FactReader(index.facts, (text) => normaliser.correctedWords(text)),
    facts: index.facts,
    normaliser,
    embedder: index.embedder,
    scope,
    instruments: new Set(index.instruments),
  });
  const engine = new Engine({
    retriever: new KnowledgeRetriever(index, normaliser, options.retriever ?? config.retriever),
    explainer: new ExtractiveAnswerer(normaliser, index.documentFrequency, index.chunks.length),
    model: model ?? undefined,
    condense: model ? (history, question) => model.condense(history, question) : undefined,
    decider,
    scope,
    chunks: new Map(index.chunks.map((chunk) => [chunk.id, chunk])),
    knownWords,
    contacts: config.contacts,
    standingWarnings,
  });
  return { engine, rebuiltBecause: opened.rebuiltBecause, chunkCount: index.chunks.length };
}
