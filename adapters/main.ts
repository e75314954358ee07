/**
 * npm start: the bot server. Serves Slack (when SLACK_BOT_TOKEN is set) and
 * Teams on PORT, plus /healthz.
 */
import type { Server } from 'node:http';
import { createLogger, createQuestionService, isAppError, loadConfig } from '../src/index.ts';
import type { ChatAdapter } from './chat-adapter.ts';
import { createHttpApp } from './server.ts';
import { createSlackAdapter } from './slack/slack-adapter.ts';
import { createTeamsAdapter } from './teams/teams-adapter.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const { service, store, rebuiltBecause } = await createQuestionService(config, logger);
  if (rebuiltBecause) logger.info({ reason: rebuiltBecause }, 'built the knowledge index');

  const deps = { service, config, logger };
  const adapters: ChatAdapter[] = [createTeamsAdapter(deps)];
  if (config.slack) adapters.push(createSlackAdapter(deps));
  else logger.info('Slack is off: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN) to turn it on');

  const app = createHttpApp(adapters);
  for (const adapter of adapters) await adapter.start?.();
  const server: Server = app.listen(config.port, () => logger.info({ port: config.port, adapters: adapters.map((a) => a.name) }, 'canishare is listening'));

  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    server.close();
    for (const adapter of adapters) await adapter.stop?.().catch(() => undefined);
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`canishare: ${isAppError(error) ? error.message : `could not start (${error instanceof Error ? error.message : String(error)})`}\n`);
  process.exit(1);
});
