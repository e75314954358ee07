import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import type { AdapterDependencies, ChatAdapter } from '../../adapters/chat-adapter.ts';
import { createHttpApp } from '../../adapters/server.ts';
import { createLogger, createQuestionService, type Config, type QuestionService, type Store } from '../../src/index.ts';

export interface RunningBot {
  baseUrl: string;
  service: QuestionService;
  store: Store;
  /** Every log line the bot wrote, as JSON text. */
  logs: string[];
  close(): Promise<void>;
}

/** The real bot server (question service, one adapter, the shared HTTP app) on 127.0.0.1, as `npm start` runs it. */
export async function startBot(config: Config, createAdapter: (deps: AdapterDependencies) => ChatAdapter, port = 0): Promise<RunningBot> {
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logs.push(chunk.toString());
      done();
    },
  });
  const logger = createLogger(config.logLevel, sink);
  const { service, store } = await createQuestionService(config, logger);
  const adapter = createAdapter({ service, config, logger });
  try {
    await adapter.start?.();
  } catch (error) {
    await store.close();
    throw error;
  }
  const server: Server = createHttpApp([adapter], () => ({ ready: true, store: store.health() })).listen(port, '127.0.0.1');
  await once(server, 'listening');
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    service,
    store,
    logs,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await adapter.stop?.();
      await store.close().catch(() => undefined);
    },
  };
}
