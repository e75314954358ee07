import type { types, ViewOutput } from '@slack/bolt';
import { COMMENT_REASONS, type CommentReason } from '../../src/index.ts';

/** The form a 👎 opens; its submission names the question in `private_metadata`. */
export const COMMENT_VIEW_ID = 'canishare_feedback_comment';

const REASON_LABELS: Record<CommentReason, string> = {
  wrong_answer: 'The answer was wrong',
  missing_law: 'It missed a law or guidance that applies',
  not_my_situation: 'It answered a different situation',
  other: 'Something else',
};

const REASON_BLOCK = 'reason';
const TEXT_BLOCK = 'text';
const MAX_TEXT = 1000;

export function commentView(questionId: string): types.ModalView {
  return {
    type: 'modal',
    callback_id: COMMENT_VIEW_ID,
    private_metadata: questionId,
    title: { type: 'plain_text', text: 'What was wrong?' },
    submit: { type: 'plain_text', text: 'Send' },
    close: { type: 'plain_text', text: 'Skip' },
    blocks: [
      {
        type: 'input',
        block_id: REASON_BLOCK,
        optional: true,
        label: { type: 'plain_text', text: 'What went wrong' },
        element: {
          type: 'radio_buttons',
          action_id: REASON_BLOCK,
          options: COMMENT_REASONS.map((reason) => ({ text: { type: 'plain_text', text: REASON_LABELS[reason] }, value: reason })),
        },
      },
      {
        type: 'input',
        block_id: TEXT_BLOCK,
        optional: true,
        label: { type: 'plain_text', text: 'Tell us more' },
        hint: { type: 'plain_text', text: 'Your information governance lead reads this to improve the answers. Leave out names and other identifiers.' },
        element: { type: 'plain_text_input', action_id: TEXT_BLOCK, multiline: true, max_length: MAX_TEXT },
      },
    ],
  };
}

/** What the person chose and wrote; unknown or missing values count as not given. */
export function readComment(view: ViewOutput): { reason: CommentReason | null; text: string } {
  const chosen = view.state.values[REASON_BLOCK]?.[REASON_BLOCK]?.selected_option?.value;
  const reason = (COMMENT_REASONS as readonly string[]).includes(chosen ?? '') ? (chosen as CommentReason) : null;
  return { reason, text: view.state.values[TEXT_BLOCK]?.[TEXT_BLOCK]?.value ?? '' };
}
