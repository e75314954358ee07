import type { RateDecision } from './store.ts';

/** Bounds on what one replica remembers, so an outage of any length cannot exhaust memory. */
const MAX_KEYS = 50_000;
const TURNS_PER_CONVERSATION = 10;

/**
 * What one replica remembers of event claims, rate windows, conversation
 * turns and reply links: the store's answer while the store cannot give one.
 * It knows nothing of other replicas, so during an outage de-duplication and
 * rate limits hold per replica only.
 */
export class ReplicaMemory {
  private readonly claims = new Map<string, number>();
  private readonly rates = new Map<string, { windowStart: number; count: number }>();
  private readonly turns = new Map<string, { at: number; question: string }[]>();
  private readonly replies = new Map<string, string>();

  /** True the first time this replica sees the key. */
  claim(key: string, at: Date): boolean {
    if (this.claims.has(key)) return false;
    remember(this.claims, key, at.getTime());
    return true;
  }

  consumeRate(key: string, limit: number, windowSeconds: number, at: Date): RateDecision {
    const windowMs = windowSeconds * 1000;
    const windowStart = Math.floor(at.getTime() / windowMs) * windowMs;
    const current = this.rates.get(key);
    const count = current && current.windowStart === windowStart ? current.count + 1 : 1;
    remember(this.rates, key, { windowStart, count });
    return { allowed: count <= limit, retryAfterSeconds: Math.ceil((windowStart + windowMs - at.getTime()) / 1000) };
  }

  appendTurn(conversationKey: string, question: string, at: Date): void {
    const turns = [...(this.turns.get(conversationKey) ?? []), { at: at.getTime(), question }].slice(-TURNS_PER_CONVERSATION);
    remember(this.turns, conversationKey, turns);
  }

  recentTurns(conversationKey: string, since: Date, limit: number): string[] {
    return (this.turns.get(conversationKey) ?? [])
      .filter((turn) => turn.at >= since.getTime())
      .slice(-limit)
      .map((turn) => turn.question);
  }

  linkReply(messageKey: string, questionId: string): void {
    remember(this.replies, messageKey, questionId);
  }

  questionForReply(messageKey: string): string | null {
    return this.replies.get(messageKey) ?? null;
  }

  /** Drops claims older than `before`; the store keeps them for longer than any platform retries. */
  forget(before: Date): void {
    for (const [key, at] of this.claims) if (at < before.getTime()) this.claims.delete(key);
  }
}

/** Sets a key as the newest, dropping the oldest once the map is full. */
function remember<V>(map: Map<string, V>, key: string, value: V): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > MAX_KEYS) map.delete(map.keys().next().value!);
}
