import type { Answer, AskContext, KnowledgeDocument, Passage, Redaction, RetrievalFilters, Verdict } from './types.ts';

/** Loads documents from wherever a deployment keeps them. */
export interface KnowledgeSource {
  /** All documents, validated. Throws an AppError naming each bad file. */
  load(): Promise<KnowledgeDocument[]>;
}

/** Turns text into vectors for dense retrieval. */
export interface Embedder {
  /** Identifies the model and its settings; the index is rebuilt when it changes. */
  readonly fingerprint: string;
  readonly dimensions: number;
  embedDocuments(texts: string[]): Promise<number[][]>;
  embedQuery(text: string): Promise<number[]>;
}

export interface SearchOptions {
  k: number;
  filters?: RetrievalFilters;
  /** Earlier questions in the same conversation, to give a follow-up its topic. */
  history?: string[];
  /** Told when the search had to do with less than it was asked to (for example, no remote embeddings). */
  onWarning?: (message: string) => void;
}

/** Finds the passages most likely to answer a question, best first. */
export interface Retriever {
  readonly kind: 'hybrid' | 'lexical' | 'dense';
  search(query: string, options: SearchOptions): Promise<Passage[]>;
}

/** What an answerer is given besides the passages. */
export interface AnswerInput {
  /** The question with personal data already replaced by placeholders. */
  question: string;
  passages: Passage[];
  context: AskContext;
  redactions: Redaction[];
  /**
   * The decision the knowledge base gives for this situation, already drafted
   * from its card with sources in `passages`. A model must reach the same verdict.
   */
  decided?: Draft;
}

/** One sentence of a draft answer and the passages (0-based positions in `AnswerInput.passages`) it rests on. */
export interface DraftSentence {
  text: string;
  sources: number[];
  /**
   * Says something about the answer rather than the law ("It depends on how the
   * injury happened."), so it stands without a source. Only answers built from
   * decision cards set it; a model's sentences always need sources.
   */
  framing?: boolean;
}

/** What an answerer proposes; citations are verified and numbered afterwards, the same way for every answerer. */
export interface Draft {
  /** The decision the opening states, for the situation asked about; null when the answer explains the law. */
  verdict: Verdict | null;
  /** The first paragraph: the verdict for this situation (after correcting a false premise), shown first. */
  opening: DraftSentence[];
  points: DraftSentence[];
  warnings: string[];
}

/** Writes a draft answer from retrieved passages only. */
export interface Answerer {
  readonly mode: Answer['mode'];
  draft(input: AnswerInput): Promise<Draft>;
}
