/** What adapters/, evals/ and bench/ may import. Nothing deeper. */
export { loadConfig, type Config } from './config.ts';
export { createEngine, createQuestionService, openStore, type CreatedEngine, type CreateEngineOptions } from './compose.ts';
export { QuestionService, HELP_TEXT, EXAMPLE_QUESTIONS, type IncomingQuestion, type ServiceReply } from './question-service.ts';
export type { Store, AuditRecord, Rating } from './storage/store.ts';
export { Engine, MAX_QUESTION_CHARS } from './engine.ts';
export { AppError, isAppError, type ErrorCode } from './errors.ts';
export { createLogger, type Logger } from './logger.ts';
export type * from './core/types.ts';
export { VERDICTS } from './core/types.ts';
export { contractProblems } from './answering/answer-contract.ts';
export { VERDICT_LABELS, verdictOfFirstLine, firstLineOf } from './answering/verdict-wording.ts';
export { FolderKnowledgeSource } from './knowledge/file-source.ts';
export { CorpusEmbedder } from './retrieval/corpus-embedder.ts';
export { embeddingText } from './retrieval/knowledge-index.ts';
export type { Embedder, Retriever, Answerer, KnowledgeSource } from './core/ports.ts';
export { lexicalSupport, SUPPORTED_SHARE } from './answering/lexical-support.ts';
export type { AskObserver } from './engine.ts';
export { createSupportGrader } from './answering/support-grader.ts';
