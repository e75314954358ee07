import type { Config } from './config.ts';
import type { AnswerInput, Answerer, Draft, DraftSentence, Retriever } from './core/ports.ts';
import type { Answer, AskContext, Chunk, ConversationTurn, Passage } from './core/types.ts';
import { AppError, isAppError } from './errors.ts';
import { composeAnswer, noGuidanceText, statusAnswer, type ComposeOptions } from './answering/compose-answer.ts';
import { draftDecision } from './answering/decision-draft.ts';
import { withSupportedSentences } from './answering/verify-support.ts';
import { verdictOfSentence } from './answering/verdict-wording.ts';
import { footer } from './answering/footer.ts';
import { lawStatusWarnings } from './answering/law-status.ts';
import { asksToInventLaw, looksLikeInjection, withoutInjectedInstructions, type ScopeClassifier } from './answering/scope.ts';
import type { Decider, Outcome } from './deciding/decider.ts';
import type { Decision } from './deciding/resolve-decision.ts';
import { displayName } from './deciding/named-instruments.ts';
import { redact, withoutPlaceholders } from './privacy/redact.ts';

export const MAX_QUESTION_CHARS = 4000;
const PASSAGES_RETRIEVED = 8;
/** Passages a remote model sees besides the decision's own: context, never a licence to change the verdict. */
const EXTRA_PASSAGES_FOR_MODEL = 3;
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
  /** How the question was answered, the decision card that answered, and the documents it rests on; null card for explanations and status answers. */
  decided?(decision: { route: Outcome['kind']; cardId: string | null; basis: string[] }): void;
}

export interface EngineParts {
  retriever: Retriever;
  /** Explains the law with no model, from one note. */
  explainer: Answerer;
  /** A remote chat model, held to the decision's verdict and verified; without it, answers are written offline. */
  model?: Answerer;
  /** Rewrites a follow-up as a stand-alone question (a remote model); without it, earlier questions are searched alongside. */
  condense?: (history: ConversationTurn[], question: string) => Promise<string>;
  decider: Decider;
  scope: ScopeClassifier;
  /** Every citable passage by id, so a decision can cite the note sections it rests on. */
  chunks: ReadonlyMap<string, Chunk>;
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
 * Then: understand the question, decide which situation it describes and
 * what the guidance says for its facts, and compose the answer, verdict first.
 */
export class Engine {
  private readonly thresholds: EvidenceThresholds;

  constructor(private readonly parts: EngineParts) {
    this.thresholds = parts.thresholds ?? DEFAULT_EVIDENCE_THRESHOLDS;
  }

  get retrieverKind(): Retriever['kind'] {
    return this.parts.retriever.kind;
  }

  /** Text a person typed beside a question (a comment on an answer, say), with its personal data replaced as a question's would be. */
  redactText(text: string): string {
    return text.trim() ? redact(cleanQuestion(text), { knownWords: this.parts.knownWords }).text : '';
  }

  async ask(rawQuestion: string, context: AskContext = {}, observer: AskObserver = {}): Promise<Answer> {
    const question = cleanQuestion(rawQuestion);
    const { text: redacted, redactions, removedValues } = redact(question, { knownWords: this.parts.knownWords });
    observer.redacted?.(redacted);
    const searchable = withoutInjectedInstructions(withoutPlaceholders(redacted));
    const warnings: string[] = [...(this.parts.standingWarnings ?? [])];
    const history = context.history?.map((turn) => turn.question) ?? [];
    // A request to invent law is declined even when it comes with a real question.
    const scope = asksToInventLaw(redacted) ? ({ kind: 'declined', injection: true } as const) : this.parts.scope.classify(searchable, history);
    if (scope.injection || looksLikeInjection(redacted)) {
      warnings.push('Instructions inside the question were ignored: canishare answers only from its knowledge base.');
    }
    const mode = this.parts.model?.mode ?? this.parts.explainer.mode;
    const base = { mode, redactions, footer: footer(this.parts.contacts), warnings };

    let answer: Answer;
    if (scope.kind === 'outside_jurisdiction') {
      answer = statusAnswer('outside_jurisdiction', outsideJurisdictionText(scope.place), base);
      answer.warnings.push(`The question mentions ${scope.place}; canishare covers England and Wales only.`);
    } else if (scope.kind === 'declined') {
      answer = statusAnswer('out_of_scope', DECLINED_TEXT, base);
    } else {
      const query = await this.standAlone(searchable, context.history ?? []);
      const passages = await this.parts.retriever.search(query.text, {
        k: PASSAGES_RETRIEVED,
        history: query.history,
        onWarning: (message) => warnings.push(message),
      });
      observer.retrieved?.(passages);
      const facts = this.parts.decider.readFacts(query.text, query.history);
      const margin = scope.kind === 'in_scope' ? 0 : UNCERTAIN_SCOPE_MARGIN;
      const outcome = await this.parts.decider.decide(
        // A follow-up in a thread that has touched sharing between agencies stays in that conversation's domain.
        { question: query.text, history: query.history, passages, scope: history.length > 0 && scope.kind === 'uncertain' ? 'in_scope' : scope.kind, evidence: this.hasEvidence(passages, margin) },
        facts,
      );
      const forPolice = facts.asker === 'police';
      answer = await this.answerFor(outcome, { question: searchable, passages, context, redactions }, base, warnings, forPolice, observer);
    }
    if (!answer.warnings.length) answer.warnings = warnings.filter((w) => !answer.warnings.includes(w));
    return withoutValues(answer, removedValues);
  }

  private async answerFor(
    outcome: Outcome,
    input: AnswerInput,
    base: ComposeOptions,
    warnings: string[],
    forPolice: boolean,
    observer: AskObserver,
  ): Promise<Answer> {
    switch (outcome.kind) {
      case 'vague':
        observer.decided?.({ route: outcome.kind, cardId: null, basis: [] });
        return statusAnswer('needs_detail', NEEDS_DETAIL_TEXT, base, warnings, outcome.suggestions);
      case 'no_guidance':
        observer.decided?.({ route: outcome.kind, cardId: null, basis: [] });
        return statusAnswer('no_guidance', noGuidanceText(), base);
      case 'out_of_scope':
        observer.decided?.({ route: outcome.kind, cardId: null, basis: [] });
        return statusAnswer('out_of_scope', OUT_OF_SCOPE_TEXT, base);
      case 'explain': {
        observer.decided?.({ route: outcome.kind, cardId: null, basis: [] });
        return this.explain(input, base, warnings, premiseSentences(outcome.unknownInstruments));
      }
      case 'decision':
      case 'framework': {
        const before = premiseSentences(outcome.unknownInstruments);
        const after: DraftSentence[] = outcome.kind === 'framework' ? [{ text: NO_SPECIFIC_GUIDANCE, sources: [], framing: true }] : [];
        const { passages, draft } = this.draftFor(outcome.decision, { forPolice, before, after });
        observer.decided?.({ route: outcome.kind, cardId: outcome.decision.card.id, basis: [...new Set(passages.map((p) => p.chunk.docId))] });
        const answer = await this.answerDecision({ ...input, passages: this.withContext(passages, input.passages), decided: draft }, draft, passages, base, warnings);
        answer.warnings.push(...lawStatusWarnings(answer.citations.map((c) => this.parts.chunks.get(c.id)).filter((c): c is Chunk => Boolean(c))));
        return answer;
      }
    }
  }

  /** The decision's answer, drafted from its card, with the passages it cites. */
  private draftFor(decision: Decision, options: Parameters<typeof draftDecision>[2]): { passages: Passage[]; draft: Draft } {
    const passages: Passage[] = [];
    const index = new Map<string, number>();
    const sourceOf = (chunkId: string): number => {
      let position = index.get(chunkId);
      if (position === undefined) {
        const chunk = this.parts.chunks.get(chunkId);
        if (!chunk) return -1;
        position = passages.length;
        index.set(chunkId, position);
        passages.push({ chunk, score: 1, coverage: 1, documentCoverage: 1, anchored: false, similarity: null });
      }
      return position;
    };
    return { passages, draft: draftDecision(decision, sourceOf, options) };
  }

  /** A model sees the decision's passages first, then a few retrieved ones for context. */
  private withContext(decisionPassages: Passage[], retrieved: Passage[]): Passage[] {
    const ids = new Set(decisionPassages.map((p) => p.chunk.id));
    return [...decisionPassages, ...retrieved.filter((p) => !ids.has(p.chunk.id)).slice(0, EXTRA_PASSAGES_FOR_MODEL)];
  }

  /**
   * Offline, the decision's own draft. With a remote model, the model writes
   * the answer, held to the decision: a draft whose first line reaches a
   * different verdict, that fails, or that does not survive verification is
   * replaced by the offline draft, with a warning.
   */
  private async answerDecision(input: AnswerInput, offline: Draft, offlinePassages: Passage[], base: ComposeOptions, warnings: string[]): Promise<Answer> {
    const { model } = this.parts;
    const fallback = (reason: string) => {
      warnings.push(reason);
      return composeAnswer(offline, offlinePassages, { ...base, mode: this.parts.explainer.mode });
    };
    if (!model) return composeAnswer(offline, offlinePassages, base);
    let draft: Draft;
    try {
      draft = await model.draft(input);
    } catch (error) {
      if (!isAppError(error) || error.code !== 'MODEL_UNAVAILABLE') throw error;
      return fallback(`${error.message} This answer was written offline from the same sources.`);
    }
    const verified = withSupportedSentences(draft, input.passages);
    if (verified.dropped > 0) warnings.push(`${verified.dropped} sentence(s) that the cited sources do not support were left out.`);
    // What the reader sees first: the opening, or the first point if the opening did not survive.
    const lead = verified.draft.opening[0] ?? verified.draft.points[0];
    const stated = verdictOfSentence(lead?.text ?? '');
    if (stated !== offline.verdict) {
      return fallback(
        `The model's answer opened with ${stated ? `"${stated.replace('_', ' ')}"` : 'no clear decision'} where the guidance for this situation says "${offline.verdict?.replace('_', ' ')}", so this answer was written offline.`,
      );
    }
    const answer = composeAnswer(verified.draft, input.passages, base);
    if (answer.status === 'answered') return answer;
    return fallback("The model's answer could not be verified against the sources, so this answer was written offline.");
  }

  /** What the law says, from one note: by the model when there is one, checked like any draft; otherwise quoted. */
  private async explain(input: AnswerInput, base: ComposeOptions, warnings: string[], before: DraftSentence[]): Promise<Answer> {
    const { model, explainer } = this.parts;
    const offline = async () => {
      const draft = await explainer.draft(input);
      return composeAnswer({ ...draft, opening: [...before, ...draft.opening] }, input.passages, { ...base, mode: explainer.mode });
    };
    if (!model) return offline();
    try {
      const verified = withSupportedSentences(await model.draft(input), input.passages);
      if (verified.dropped > 0) warnings.push(`${verified.dropped} sentence(s) that the cited sources do not support were left out.`);
      const answer = composeAnswer({ ...verified.draft, verdict: null, opening: [...before, ...verified.draft.opening] }, input.passages, base);
      if (answer.status === 'answered') return answer;
      warnings.push("The model's answer could not be verified against the sources, so this answer was written offline.");
    } catch (error) {
      if (!isAppError(error) || error.code !== 'MODEL_UNAVAILABLE') throw error;
      warnings.push(`${error.message} This answer was written offline from the same sources.`);
    }
    return offline();
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

/** The correction that opens an answer to a question resting on law canishare does not know. */
function premiseSentences(unknown: string[]): DraftSentence[] {
  if (unknown.length === 0) return [];
  const names = unknown.map((key) => `"${displayName(key)}"`);
  const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return [{ text: `The ${list} ${names.length === 1 ? 'was' : 'were'} not found in the law and guidance canishare knows, so this answer does not rely on ${names.length === 1 ? 'it' : 'them'}.`, sources: [], framing: true }];
}

const NO_SPECIFIC_GUIDANCE = "canishare has no specific guidance for this exact situation, so this is the general framework that applies to any disclosure.";

const NEEDS_DETAIL_TEXT =
  'I need a little more detail to answer that: who is asking whom, about which person (for example a patient, victim or suspect, adult or child), and what has happened. ' +
  'Did you mean one of these?';

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
    suggestions: answer.suggestions.map(scrub),
    citations: answer.citations.map((c) => ({ ...c, title: scrub(c.title), excerpt: scrub(c.excerpt), section: c.section && scrub(c.section) })),
  };
}
