import type { App, types } from '@slack/bolt';
import { EXAMPLE_QUESTIONS, type Config, type Logger } from '../../src/index.ts';
import { errorReason } from './error-reason.ts';
import { escapeMrkdwn } from './mrkdwn.ts';
import { SLASH_COMMAND } from './command-handler.ts';

/** The App Home tab: what canishare covers, how to ask, and what happens to what you type. */
export function homeView(contacts: Config['contacts']): types.HomeView {
  const dpo = contacts.dpoName ? `Data Protection Officer (${contacts.dpoName})` : 'Data Protection Officer';
  const guardian = contacts.caldicottGuardianName ? `Caldicott Guardian (${contacts.caldicottGuardianName})` : 'Caldicott Guardian';
  return {
    type: 'home',
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: 'canishare: can I share this, and on what basis?' } },
      section(
        'I answer questions from police officers and health and social care professionals in *England and Wales* about sharing information with each other. ' +
          'Answers come from a knowledge base of the law, professional guidance and the 2018 Policing, Health and Social Care consensus, with a numbered source for every point. ' +
          'When the knowledge base has no answer, I say so rather than guess.',
      ),
      section(
        '*Not covered:* Scotland and Northern Ireland, whose law and guidance differ, and questions that are not about sharing information between police, health and care.',
      ),
      section(
        [
          '*How to ask*',
          '• Mention me in a channel: I answer in a thread under your message.',
          '• Send me a direct message.',
          `• Type \`${SLASH_COMMAND}\` followed by your question.`,
          'Reply in the same thread to ask a follow-up; there is no need to mention me again.',
        ].join('\n'),
      ),
      section(['*For example*', ...EXAMPLE_QUESTIONS.map((q) => `• ${escapeMrkdwn(q)}`)].join('\n')),
      section(
        '*Privacy:* please leave out names, NHS numbers, dates of birth, addresses and other identifiers, and describe the situation instead. ' +
          'I remove any I spot before anything is searched or stored, and I never repeat them back.',
      ),
      { type: 'divider' },
      {
        type: 'context',
        elements: [
          {
            type: 'mrkdwn',
            text: escapeMrkdwn(
              `This is guidance, not legal advice. If you are unsure, ask your ${dpo} or ${guardian}. If someone is at immediate risk of serious harm, act now: call 999.`,
            ),
          },
        ],
      },
    ],
  };
}

export function registerHomeTab(app: App, contacts: Config['contacts'], logger: Logger): void {
  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    try {
      await client.views.publish({ user_id: event.user, view: homeView(contacts) });
    } catch (error) {
      logger.warn({ reason: errorReason(error) }, 'could not publish the Slack App Home tab');
    }
  });
}

function section(mrkdwn: string): types.SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: mrkdwn } };
}
