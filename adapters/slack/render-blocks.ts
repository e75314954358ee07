import type { types } from '@slack/bolt';
import { VERDICT_LABELS, VERDICT_MARKS, redactionNotice, type Answer, type Citation, type ServiceReply, type Verdict } from '../../src/index.ts';
import { BLOCK_LIMITS, clip, packText } from './block-limits.ts';
import { escapeMrkdwn, markdownToMrkdwn, markdownToPlain, mrkdwnLink } from './mrkdwn.ts';

/** What chat.postMessage, chat.update and response_url take: blocks, and plain text for notifications. */
export interface SlackMessage {
  text: string;
  blocks: types.KnownBlock[];
}

export const FEEDBACK_ACTION_ID = 'canishare_feedback';
/** Buttons that ask one of the questions a vague question might have meant; each id ends with the button's position. */
export const SUGGESTION_ACTION_PREFIX = 'canishare_suggestion_';

/** Source lists longer than this many sections are cut first when an answer must shrink to fit. */
const MAX_SOURCE_SECTIONS = 5;
/** Notifications show a line or two; the answer itself is in the blocks. */
const NOTIFICATION_CHARS = 300;

/** What the reply must say about the Slack message itself, beyond the service's answer. */
export interface ReplyContext {
  /** The message came with files, which are never downloaded or read. */
  filesNotRead?: boolean;
}

export const FILES_NOT_READ = "📎 I didn't open the attached file: I answer from the words of your question only. If something in it matters, describe it, leaving out names and other identifiers.";

export function renderReply(reply: ServiceReply, about: ReplyContext = {}): SlackMessage {
  if (reply.kind === 'answer') return renderAnswer(reply.questionId, reply.answer, about);
  const message = renderText(reply.text);
  return about.filesNotRead ? { ...message, blocks: [context([FILES_NOT_READ]), ...message.blocks].slice(0, BLOCK_LIMITS.blocksPerMessage) } : message;
}

/**
 * An answer within Slack's limits however long it is: the answer in sections
 * of at most 3000 characters, its numbered sources as links, the standard
 * footer and 👍/👎 buttons, in at most 50 blocks. When the answer is too long
 * even for that, its end is left out and the message says so.
 */
export function renderAnswer(questionId: string, answer: Answer, about: ReplyContext = {}): SlackMessage {
  const { body, footer } = splitFooter(answer.answer);
  const notes = notesBlock(answer, about);
  const verdict = answer.verdict ? verdictBlock(answer.verdict) : null;
  const bodySections = sections(markdownToMrkdwn(body));
  const suggestions = suggestionBlocks(answer.suggestions);
  const sourceSections = answer.citations.length > 0 ? sections(['*Sources*', ...answer.citations.map(sourceLine)].join('\n')) : [];
  const closing = [...suggestions, ...(footer ? [context([markdownToMrkdwn(footer)])] : []), feedbackBlock(questionId)];

  const room = BLOCK_LIMITS.blocksPerMessage - closing.length - (notes ? 1 : 0) - (verdict ? 1 : 0);
  let shownBody = bodySections;
  let shownSources = sourceSections;
  let shortened: types.KnownBlock[] = [];
  if (bodySections.length + sourceSections.length > room) {
    shownSources = sourceSections.slice(0, MAX_SOURCE_SECTIONS);
    shownBody = bodySections.slice(0, room - shownSources.length - 1);
    shortened = [
      context(['_This answer is longer than Slack allows in one message, so its end was left out. The numbered sources hold the full text._']),
    ];
  }
  const firstLine = markdownToPlain(body.split('\n\n')[0] ?? body);
  return {
    text: clip(answer.verdict ? `${VERDICT_LABELS[answer.verdict]}: ${firstLine}` : firstLine, NOTIFICATION_CHARS),
    // The verdict comes before anything else, so it is the first thing read.
    blocks: [...(verdict ? [verdict] : []), ...(notes ? [notes] : []), ...shownBody, ...shortened, ...shownSources, ...closing],
  };
}

/** The verdict as a header: a mark and a short label ("May share, if…"), seen before anything else. */
function verdictBlock(verdict: Verdict): types.HeaderBlock {
  return { type: 'header', text: { type: 'plain_text', text: `${VERDICT_MARKS[verdict]} ${VERDICT_LABELS[verdict]}`, emoji: true } };
}

/** Each question the person may have meant, with a button that asks it in the thread. */
function suggestionBlocks(suggestions: string[]): types.SectionBlock[] {
  return suggestions.map((suggestion, i) => ({
    type: 'section',
    text: { type: 'mrkdwn', text: `• ${escapeMrkdwn(suggestion)}` },
    accessory: {
      type: 'button',
      action_id: `${SUGGESTION_ACTION_PREFIX}${i}`,
      text: { type: 'plain_text', text: 'Ask this', emoji: true },
      value: suggestion.slice(0, BLOCK_LIMITS.buttonValue),
    },
  }));
}

/** Help, a limit reached, or any other plain message from the service. */
export function renderText(text: string): SlackMessage {
  return { text: clip(text, NOTIFICATION_CHARS), blocks: sections(escapeMrkdwn(text)).slice(0, BLOCK_LIMITS.blocksPerMessage) };
}

/** Shown in the thread while the answer is worked out, when Slack's typing status is not available. */
export function renderWorking(): SlackMessage {
  return { text: 'Checking the guidance…', blocks: [context(['⏳ Checking the guidance…'])] };
}

/** The fixed reply when something failed on our side; the reference finds the log entry. */
export function renderFailure(reference: string): SlackMessage {
  const text =
    "Sorry, I couldn't answer that just now because of a problem on my side. Please try again in a few minutes. " +
    "If someone is at immediate risk of serious harm, don't wait: act now and call 999.";
  return { text, blocks: [section(text), context([`Reference: \`${reference}\``])] };
}

/** The answer as it was, with its 👍/👎 buttons replaced by thanks, so the person sees their click counted. */
export function withFeedbackThanks(blocks: types.KnownBlock[], rating: 'up' | 'down', stored: boolean): types.KnownBlock[] {
  return blocks.map((block) => (block.type === 'context_actions' ? context([feedbackThanks(rating, stored)]) : block));
}

export function feedbackThanks(rating: 'up' | 'down', stored: boolean): string {
  return stored
    ? `${rating === 'up' ? '👍' : '👎'} Thanks for your feedback.`
    : 'Thanks. This answer is no longer in the audit trail, so the rating could not be kept.';
}

/** The rating and question id a 👍/👎 button carries. */
export function parseFeedbackValue(value: string): { rating: 'up' | 'down'; questionId: string } | null {
  const match = /^(up|down):(.+)$/.exec(value);
  return match ? { rating: match[1] as 'up' | 'down', questionId: match[2]! } : null;
}

/** Every answer ends with the standard footer as its last paragraph (see CONTRACT.md); Slack shows it in small print. */
function splitFooter(markdown: string): { body: string; footer: string | null } {
  const at = markdown.trimEnd().lastIndexOf('\n\n');
  if (at < 0) return { body: markdown, footer: null };
  return { body: markdown.slice(0, at).trim(), footer: markdown.slice(at).trim() };
}

function notesBlock(answer: Answer, about: ReplyContext): types.ContextBlock | null {
  const removed = redactionNotice(answer.redactions);
  const lines = [
    ...(about.filesNotRead ? [FILES_NOT_READ] : []),
    ...(removed ? [`🔒 ${escapeMrkdwn(removed)}`] : []),
    ...answer.warnings.map((warning) => `⚠️ ${escapeMrkdwn(warning)}`),
  ];
  return lines.length > 0 ? context(lines.slice(0, BLOCK_LIMITS.contextElements)) : null;
}

function sourceLine(citation: Citation): string {
  const section = citation.section ? ` — ${escapeMrkdwn(citation.section)}` : '';
  return `*[${citation.n}]* ${mrkdwnLink(citation.url, citation.title)}${section}`;
}

function feedbackBlock(questionId: string): types.ContextActionsBlock {
  return {
    type: 'context_actions',
    elements: [
      {
        type: 'feedback_buttons',
        action_id: FEEDBACK_ACTION_ID,
        positive_button: {
          text: { type: 'plain_text', text: '👍', emoji: true },
          accessibility_label: 'This answer was useful',
          value: `up:${questionId}`,
        },
        negative_button: {
          text: { type: 'plain_text', text: '👎', emoji: true },
          accessibility_label: 'This answer was not useful',
          value: `down:${questionId}`,
        },
      },
    ],
  };
}

function sections(mrkdwn: string): types.SectionBlock[] {
  return packText(mrkdwn, BLOCK_LIMITS.sectionText).map(section);
}

function section(mrkdwn: string): types.SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: mrkdwn } };
}

function context(lines: string[]): types.ContextBlock {
  return {
    type: 'context',
    elements: lines.map((line) => ({ type: 'mrkdwn', text: clip(line, BLOCK_LIMITS.contextElementText) })),
  };
}
