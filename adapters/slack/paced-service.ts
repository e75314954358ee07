import type { QuestionService } from '../../src/index.ts';

/** The calls the Slack adapter makes into the core. */
export type SlackQuestionService = Pick<QuestionService, 'handle' | 'feedback' | 'claimEvent'>;

/**
 * Calls into the question service a few at a time, each after a turn of the
 * event loop. The search and the embedded store run on this thread and do not
 * yield while busy; pacing them leaves room between calls to read and
 * acknowledge new Slack requests within Slack's 3 seconds during a burst.
 * Slack Web API calls are not paced: they wait on the network, not the CPU.
 */
export class PacedService implements SlackQuestionService {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly service: QuestionService,
    private readonly maxAtOnce: number,
  ) {}

  handle(...args: Parameters<QuestionService['handle']>): ReturnType<QuestionService['handle']> {
    return this.paced(() => this.service.handle(...args));
  }

  feedback(...args: Parameters<QuestionService['feedback']>): ReturnType<QuestionService['feedback']> {
    return this.paced(() => this.service.feedback(...args));
  }

  claimEvent(...args: Parameters<QuestionService['claimEvent']>): ReturnType<QuestionService['claimEvent']> {
    return this.paced(() => this.service.claimEvent(...args));
  }

  private async paced<T>(call: () => Promise<T>): Promise<T> {
    if (this.running >= this.maxAtOnce) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running += 1;
    try {
      await new Promise<void>((resolve) => setImmediate(resolve));
      return await call();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }
}
