import express, { type Express } from 'express';
import type { ChatAdapter } from './chat-adapter.ts';

/** One HTTP server for every adapter, so a deployment opens one port. `/healthz` answers while the process is up. */
export function createHttpApp(adapters: ChatAdapter[]): Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', adapters: adapters.map((a) => a.name) });
  });
  for (const adapter of adapters) adapter.mount(app);
  return app;
}
