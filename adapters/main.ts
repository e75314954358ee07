/**
 * npm start: the bot server. Serves Slack (when SLACK_BOT_TOKEN is set) and
 * Teams on PORT, plus /healthz and /readyz.
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

  let ready = true;
  const app = createHttpApp(adapters, () => ({ ready, store: store.health() }));
  for (const adapter of adapters) await adapter.start?.();
  const server: Server = app.listen(config.port, () => logger.info({ port: config.port, adapters: adapters.map((a) => a.name) }, 'canishare is listening'));

  // What an orchestrator sends on every deploy: stop taking work, finish what is in hand, write what is queued, exit 0.
  const shutdown = async (signal: string) => {
    ready = false;
    const grace = config.shutdownGraceMs;
    logger.info({ signal, graceMs: grace }, 'shutting down: no new questions; finishing those in progress');
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const started = Date.now();
    // Requests already received (a Teams message is answered within its request) finish before the server closes.
    await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, grace).unref())]);
    const unfinished = await service.settle(Math.max(0, grace - (Date.now() - started)));
    if (unfinished > 0) logger.warn({ unfinished }, 'questions still in progress when the grace period ended');
    for (const adapter of adapters) await adapter.stop?.().catch(() => undefined);
    const unwritten = await store.flush(grace);
    await store.close().catch((error: unknown) => logger.warn({ reason: error instanceof Error ? error.message : String(error) }, 'closing the store failed'));
    logger.info({ unwritten }, 'stopped');
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`canishare: ${isAppError(error) ? error.message : `could not start (${error instanceof Error ? error.message : String(error)})`}\n`);
  process.exit(1);
});
