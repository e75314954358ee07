/** Plain data shared by every part of canishare. No behaviour lives here. */

export const JURISDICTIONS = ['england', 'wales'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

export const AUDIENCES = ['police', 'health', 'both'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const DOCUMENT_KINDS = ['legislation', 'guidance', 'agreement', 'case-law'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Whether the law or guidance a note describes has effect now. */
export const LAW_STATUSES = ['in_force', 'partly_in_force', 'awaiting_commencement', 'superseded'] as const;
export type LawStatus = (typeof LAW_STATUSES)[number];

/** What we know about one source document, from its front matter or sidecar file. */
export interface DocumentMeta {
  id: string;
  title: string;
  kind: DocumentKind;
  publisher: string | null;
  sourceUrl: string | null;
  versionDate: string | null;
  lastReviewed: string | null;
  /** Null for documents that do not say (deployers' own files). */
  lawStatus: LawStatus | null;
  /** When and by which instrument the law came or comes into force, as written in the note ("5 February 2026, SI 2026/82"). */
  commencement: string | null;
  jurisdiction: Jurisdiction[];
  audience: Audience;
  /** Ids of other notes this one builds on. */
  related: string[];
  /** Extra search terms a frontline user might type. */
  tags: string[];
  /** Path relative to the knowledge folder, with forward slashes. */
  path: string;
}

/** One headed part of a document, before chunking. */
export interface DocumentSection {
  /** Headings from the top of the document down to this section; empty for the preamble. */
  headings: string[];
  text: string;
  /** 1-based page number, for paginated sources such as PDF. */
  page: number | null;
}

export interface KnowledgeDocument {
  meta: DocumentMeta;
  sections: DocumentSection[];
}

/** The unit of retrieval and citation. */
export interface Chunk {
  /** Stable across rebuilds while the document id and heading stay the same. */
  id: string;
  docId: string;
  title: string;
  /** Section path joined for display, or null for the document's opening text. */
  section: string | null;
  page: number | null;
  url: string | null;
  /** What is quoted and cited. */
  text: string;
  kind: DocumentKind;
  jurisdiction: Jurisdiction[];
  audience: Audience;
  lawStatus: LawStatus | null;
  commencement: string | null;
  tags: string[];
  /** Ids of the documents this chunk's document rests on. */
  related: string[];
}

/** A chunk returned by retrieval, with how strongly it matched. */
export interface Passage {
  chunk: Chunk;
  /** Fused score: higher is better; comparable only within one result list. */
  score: number;
  /** Share (0–1) of the question's weighted terms that appear in the chunk. */
  coverage: number;
  /** The same share over the chunk's whole document: a long question's terms may be spread across its sections. */
  documentCoverage: number;
  /** The document names a scheme, form or statute the question names (MARAC, DP7, FGM…): a strong sign it is on topic. */
  anchored: boolean;
  /** Cosine similarity (−1–1) between question and chunk embeddings, when dense retrieval ran. */
  similarity: number | null;
}

export type AnswerStatus = 'answered' | 'needs_detail' | 'no_guidance' | 'out_of_scope' | 'outside_jurisdiction';

/** The sharing decision an answer's first line states (CONTRACT.md). */
export const VERDICTS = ['must', 'should', 'may', 'need_not', 'must_not', 'depends'] as const;
export type Verdict = (typeof VERDICTS)[number];
export type AnswerMode = 'extractive' | 'llm';

export const REDACTION_TYPES = [
  'nhs_number',
  'date_of_birth',
  'postcode',
  'phone',
  'email',
  'name',
  'other',
] as const;
export type RedactionType = (typeof REDACTION_TYPES)[number];

export interface Redaction {
  type: RedactionType;
}

export interface Citation {
  n: number;
  id: string;
  title: string;
  section: string | null;
  url: string | null;
  excerpt: string;
}

/** The one object every front end renders (see CONTRACT.md). */
export interface Answer {
  status: AnswerStatus;
  /** The decision the first line states, for the situation asked about; null unless answered with a sharing decision. */
  verdict: Verdict | null;
  answer: string;
  citations: Citation[];
  mode: AnswerMode;
  redactions: Redaction[];
  warnings: string[];
  /** Full questions the person may mean; non-empty only with `needs_detail`. */
  suggestions: string[];
}

/** One earlier turn of a conversation, already redacted. */
export interface ConversationTurn {
  question: string;
}

/** Where a question came from, and what came before it. */
export interface AskContext {
  platform?: 'cli' | 'slack' | 'teams' | 'eval';
  /** Earlier questions in the same thread, oldest first, already redacted. */
  history?: ConversationTurn[];
}

export interface RetrievalFilters {
  jurisdiction?: Jurisdiction;
  audience?: Exclude<Audience, 'both'>;
  kinds?: DocumentKind[];
}
