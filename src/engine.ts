import type { Config } from './config.ts';
import type { AnswerInput, Answerer, Draft, Retriever } from './core/ports.ts';
import type { Answer, AskContext, ConversationTurn, Passage } from './core/types.ts';
import { AppError, isAppError } from './errors.ts';
import { composeAnswer, noGuidanceText, statusAnswer, type ComposeOptions } from './answering/compose-answer.ts';
import { withSupportedSentences } from './answering/verify-support.ts';
import { footer } from './answering/footer.ts';
import { asksToInventLaw, looksLikeInjection, withoutInjectedInstructions, type ScopeClassifier } from './answering/scope.ts';
import { redact, withoutPlaceholders } from './privacy/redact.ts';

export const MAX_QUESTION_CHARS = 4000;
const PASSAGES_RETRIEVED = 8;
const UNCERTAIN_SCOPE_MARGIN = 0.2;

/**
 * When retrieval found something that really addresses the question: a top
 * passage, or its document, contains enough of the question's weighted terms,
 * or a fair share of them and is close in meaning. Similarity alone is not
 * trusted: in a small corpus one shared word can make unrelated passages look close.
 */
export interface EvidenceThresholds {
  minCoverage: number;
  minDocumentCoverage: number;
  supportedCoverage: number;
  minSimilarity: number;
  /** Document coverage that suffices when the document names the scheme or statute the question names. */
  anchoredDocumentCoverage: number;
  /** How many of the top passages are considered. */
  depth: number;
}

export const DEFAULT_EVIDENCE_THRESHOLDS: EvidenceThresholds = {
  minCoverage: 0.35,
  minDocumentCoverage: 0.46,
  supportedCoverage: 0.3,
  minSimilarity: 0.6,
  anchoredDocumentCoverage: 0.2,
  depth: 3,
};

/** Lets a caller see intermediate results, such as the eval runner scoring retrieval. */
export interface AskObserver {
  /** The question as it is used from here on: personal data replaced by placeholders. */
  redacted?(question: string): void;
  retrieved?(passages: Passage[]): void;
}

export interface EngineParts {
  retriever: Retriever;
  answerer: Answerer;
  /** The offline answerer, used when `answerer` (a remote model) fails or its draft cannot be verified. */
  fallbackAnswerer?: Answerer;
  /** Rewrites a follow-up as a stand-alone question (a remote model); without it, earlier questions are searched alongside. */
  condense?: (history: ConversationTurn[], question: string) => Promise<string>;
  scope: ScopeClassifier;
  /** Lower-case words of the knowledge base: capitalised pairs of these are not names. */
  knownWords: ReadonlySet<string>;
  contacts: Config['contacts'];
  thresholds?: EvidenceThresholds;
  /** Warnings that apply to every answer, such as running on offline search because a remote model failed at start-up. */
  standingWarnings?: string[];
}

/**
 * The one entry point every front end uses: a question in, an Answer out.
 * Personal data is removed first, so nothing after this point ever sees it.
 */
export class Engine {
  private readonly thresholds: EvidenceThresholds;

  constructor(private readonly parts: EngineParts) {
    this.thresholds = parts.thresholds ?? DEFAULT_EVIDENCE_THRESHOLDS;
  }

  get retrieverKind(): Retriever['kind'] {
    return this.parts.retriever.kind;
  }

  async ask(rawQuestion: string, context: AskContext = {}, observer: AskObserver = {}): Promise<Answer> {
    const question = cleanQuestion(rawQuestion);
    const { text: redacted, redactions, removedValues } = redact(question, { knownWords: this.parts.knownWords });
    observer.redacted?.(redacted);
    const searchable = withoutInjectedInstructions(withoutPlaceholders(redacted));
    const warnings: string[] = [...(this.parts.standingWarnings ?? [])];
    if (redactions.length > 0) {
      warnings.push('Personal details were removed from your question before it was processed. Please do not post identifiers.');
    }
    const history = context.history?.map((turn) => turn.question);
    // A request to invent law is declined even when it comes with a real question.
    const verdict = asksToInventLaw(redacted) ? ({ kind: 'declined', injection: true } as const) : this.parts.scope.classify(searchable, history);
    if (verdict.injection || looksLikeInjection(redacted)) {
      warnings.push('Instructions inside the question were ignored: canishare answers only from its knowledge base.');
    }
    const base = { mode: this.parts.answerer.mode, redactions, footer: footer(this.parts.contacts), warnings };

    let answer: Answer;
    if (verdict.kind === 'outside_jurisdiction') {
      answer = statusAnswer('outside_jurisdiction', outsideJurisdictionText(verdict.place), base);
      answer.warnings.push(`The question mentions ${verdict.place}; canishare covers England and Wales only.`);
    } else if (verdict.kind === 'declined') {
      answer = statusAnswer('out_of_scope', DECLINED_TEXT, base);
    } else if (verdict.kind === 'out_of_scope') {
      answer = statusAnswer('out_of_scope', OUT_OF_SCOPE_TEXT, base);
    } else {
      const query = await this.standAlone(searchable, context.history ?? []);
      const passages = await this.parts.retriever.search(query.text, {
        k: PASSAGES_RETRIEVED,
        history: query.history,
        onWarning: (message) => warnings.push(message),
      });
      observer.retrieved?.(passages);
      // A question that names only an agency, or only an act of sharing, needs a closer match to count as in scope.
      if (!this.hasEvidence(passages, verdict.kind === 'uncertain' ? UNCERTAIN_SCOPE_MARGIN : 0)) {
        // A question that only touched the edges of the domain and found nothing was never really about sharing.
        answer =
          verdict.kind === 'uncertain'
            ? statusAnswer('out_of_scope', OUT_OF_SCOPE_TEXT, base)
            : statusAnswer('no_guidance', noGuidanceText(), base);
      } else {
        answer = await this.answerFrom({ question: searchable, passages, context, redactions }, base, warnings);
      }
    }
    return withoutValues(answer, removedValues);
  }

  /**
   * Drafts with the configured answerer and verifies the draft. A remote
   * model that fails, or whose draft does not survive verification, is
   * replaced by the offline answerer, with a warning: never less safe than
   * answering offline.
   */
  private async answerFrom(input: AnswerInput, base: ComposeOptions, warnings: string[]): Promise<Answer> {
    const { answerer, fallbackAnswerer } = this.parts;
    const offline = async (reason: string) => {
      if (!fallbackAnswerer) throw new AppError('MODEL_UNAVAILABLE', reason);
      warnings.push(reason);
      const draft = await fallbackAnswerer.draft(input);
      return composeAnswer(draft, input.passages, { ...base, mode: fallbackAnswerer.mode });
    };
    let draft: Draft;
    try {
      draft = await answerer.draft(input);
    } catch (error) {
      if (!isAppError(error) || error.code !== 'MODEL_UNAVAILABLE') throw error;
      return offline(`${error.message} This answer was written offline from the same sources.`);
    }
    const verified = withSupportedSentences(draft, input.passages);
    if (verified.dropped > 0) warnings.push(`${verified.dropped} sentence(s) that the cited sources do not support were left out.`);
    const answer = composeAnswer(verified.draft, input.passages, base);
    if (answer.status === 'answered' || !fallbackAnswerer) return answer;
    return offline("The model's answer could not be verified against the sources, so this answer was written offline.");
  }

  /** A follow-up made stand-alone by the model when there is one; otherwise earlier questions are searched alongside. */
  private async standAlone(question: string, history: ConversationTurn[]): Promise<{ text: string; history: string[] }> {
    const earlier = history.map((turn) => turn.question);
    if (!this.parts.condense || history.length === 0) return { text: question, history: earlier };
    try {
      return { text: await this.parts.condense(history, question), history: [] };
    } catch {
      return { text: question, history: earlier };
    }
  }

  private hasEvidence(passages: Passage[], margin: number): boolean {
    const { minCoverage, minDocumentCoverage, supportedCoverage, minSimilarity, anchoredDocumentCoverage, depth } = this.thresholds;
    return passages
      .slice(0, depth)
      .some(
        (p) =>
          p.coverage >= minCoverage + margin ||
          p.documentCoverage >= minDocumentCoverage + margin ||
          (p.anchored && p.documentCoverage >= anchoredDocumentCoverage + margin) ||
          (p.coverage >= supportedCoverage + margin && (p.similarity ?? 0) >= minSimilarity),
      );
  }
}

const OUT_OF_SCOPE_TEXT =
  'canishare answers questions about sharing information between police, health and social care in England and Wales. ' +
  "This question looks outside that, so I can't help with it here. Try asking, for example, whether you can tell the police that a patient attended A&E.";

const DECLINED_TEXT =
  "canishare only reports law and guidance that is in its knowledge base, with a source for each point; it won't invent, assume or draft law. " +
  'Ask what the law says about your situation instead, for example: "What legal basis lets a GP disclose records to the police?"';

function outsideJurisdictionText(place: string): string {
  return (
    `Your question mentions ${place}. canishare's guidance covers England and Wales only, and the law and guidance on information sharing in ${place} differ, ` +
    "so I won't answer from it. Please ask your organisation's Data Protection Officer or Caldicott Guardian, who can point you to the rules that apply there."
  );
}

/** Removes control characters and checks length; an empty question is a mistake to explain, not an error to crash on. */
export function cleanQuestion(raw: string): string {
  const cleaned = raw
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!cleaned) {
    throw new AppError(
      'INPUT_INVALID',
      'The question is empty. Ask something like: "Can I tell the police a patient attended A&E with a stab wound?"',
    );
  }
  if (cleaned.length > MAX_QUESTION_CHARS) {
    throw new AppError(
      'INPUT_INVALID',
      `The question is ${cleaned.length} characters long; the limit is ${MAX_QUESTION_CHARS}. Shorten it to the facts that matter for the sharing decision.`,
    );
  }
  return cleaned;
}

/** A last guard: no value removed from the question may appear anywhere in the answer. */
function withoutValues(answer: Answer, values: string[]): Answer {
  const risky = values.filter((value) => value.trim().length >= 3);
  if (risky.length === 0) return answer;
  const scrub = (text: string) => risky.reduce((out, value) => out.split(value).join('[redacted]'), text);
  return {
    ...answer,
    answer: scrub(answer.answer),
    warnings: answer.warnings.map(scrub),
    citations: answer.citations.map((c) => ({ ...c, title: scrub(c.title), excerpt: scrub(c.excerpt), section: c.section && scrub(c.section) })),
  };
}
