import { randomUUID } from 'node:crypto';
import express, { type Express } from 'express';
import type { AdapterDependencies, ChatAdapter } from '../chat-adapter.ts';
import type { BotAuthenticationOptions } from './bot-authentication.ts';
import { CanishareBot } from './bot.ts';
import { createCloudAdapter } from './cloud-adapter.ts';
import { rejectNonActivities, rejectUnreadableBodies } from './http-guards.ts';

/** Largest activity accepted: a question is limited far below this, and nothing larger is expected from Teams. */
const MAX_ACTIVITY_BYTES = '256kb';

/** Microsoft Teams (and any Bot Framework channel) on POST /api/messages. */
export function createTeamsAdapter(deps: AdapterDependencies, options: BotAuthenticationOptions = {}): ChatAdapter {
  const { logger } = deps;
  const adapter = createCloudAdapter(deps.config.teams, logger, options);
  const bot = new CanishareBot(deps.service, logger);
  return {
    name: 'teams',
    mount(app: Express) {
      app.post('/api/messages', express.json({ limit: MAX_ACTIVITY_BYTES }), rejectNonActivities, async (req, res) => {
        try {
          await adapter.process(req, res, (context) => bot.run(context));
        } catch (error) {
          // Turn errors are handled inside the turn; this is botbuilder itself failing on the request.
          const reference = randomUUID().slice(0, 8);
          logger.error({ code: 'TEAMS_REQUEST_FAILED', correlationId: reference, err: error }, 'could not process a Teams request');
          if (!res.headersSent) res.status(500).json({ error: `The activity could not be processed (reference ${reference}).` });
        }
      });
      app.use('/api/messages', rejectUnreadableBodies);
    },
  };
}
