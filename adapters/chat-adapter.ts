import type { Express } from 'express';
import type { Config, Logger, QuestionService } from '../src/index.ts';

/** What every chat adapter is given: the core behind one service, and nothing platform-specific. */
export interface AdapterDependencies {
  service: QuestionService;
  config: Config;
  logger: Logger;
}

/**
 * A thin translation layer for one chat platform: platform events in,
 * `QuestionService` calls, rendered Answers out. Adapters hold no legal logic.
 */
export interface ChatAdapter {
  readonly name: string;
  /** Adds the adapter's HTTP routes to the shared server. */
  mount(app: Express): void;
  /** Starts anything that is not an HTTP route (for example a Socket Mode connection). */
  start?(): Promise<void>;
  stop?(): Promise<void>;
}
