import express, { type Express } from 'express';
import type { StoreHealth } from '../src/index.ts';
import type { ChatAdapter } from './chat-adapter.ts';

/** What the process says about itself to an orchestrator or the person on call. */
export interface ServiceHealth {
  /** False once shutdown has begun: send no new traffic here. */
  ready: boolean;
  store: StoreHealth;
}

/**
 * One HTTP server for every adapter, so a deployment opens one port.
 * `/healthz` answers while the process is up (liveness) and says whether it
 * is degraded, for example answering while its store is unavailable;
 * `/readyz` is 503 once the process has begun shutting down.
 */
export function createHttpApp(adapters: ChatAdapter[], health: () => ServiceHealth): Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    const { ready, store } = health();
    const status = !ready ? 'stopping' : store.state === 'degraded' ? 'degraded' : 'ok';
    res.json({ status, adapters: adapters.map((a) => a.name), ready, store });
  });
  app.get('/readyz', (_req, res) => {
    const { ready } = health();
    res.status(ready ? 200 : 503).json({ ready });
  });
  for (const adapter of adapters) adapter.mount(app);
  return app;
}
