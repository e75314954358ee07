import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import { once } from 'node:events';
import path from 'node:path';
import { freePort } from './postgres-server.ts';
import { projectRoot } from '../../src/project-root.ts';

const ROOT = projectRoot();

const run = promisify(execFile);

async function userIds(user: string): Promise<{ uid: number; gid: number }> {
  const [{ stdout: uid }, { stdout: gid }] = await Promise.all([run('id', ['-u', user]), run('id', ['-g', user])]);
  return { uid: Number(uid.trim()), gid: Number(gid.trim()) };
}

/** `npm start` in its own process, as production runs it. */
export interface BotProcess {
  baseUrl: string;
  /** Every line the process wrote to stdout or stderr. */
  logs: string[];
  /** True while the process has not exited. */
  alive(): boolean;
  /** What /healthz says now. */
  health(): Promise<{ status: string; ready?: boolean; store?: { state: string; queued: number; lost: number } }>;
  /** Sends SIGTERM and resolves with the exit code. */
  terminate(): Promise<number | null>;
}

/**
 * Starts `adapters/main.ts` with `env` on a free port and waits until it
 * answers /healthz. With `user`, it runs as that user (for tests that need
 * file permissions to hold, which they do not for root).
 */
export async function startBotProcess(env: Record<string, string>, options: { user?: string; timeoutMs?: number } = {}): Promise<BotProcess> {
  const port = await freePort();
  const ids = options.user ? await userIds(options.user) : {};
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'adapters', 'main.ts')], {
    cwd: ROOT,
    ...ids,
    env: { PATH: process.env.PATH ?? '', HOME: options.user ? '/tmp' : (process.env.HOME ?? '/tmp'), ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  for (const stream of [child.stdout!, child.stderr!]) {
    let partial = '';
    stream.on('data', (chunk: Buffer) => {
      const lines = (partial + chunk.toString()).split('\n');
      partial = lines.pop()!;
      logs.push(...lines.filter(Boolean));
    });
  }
  const baseUrl = `http://127.0.0.1:${port}`;
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  const health = async () => (await fetch(`${baseUrl}/healthz`)).json() as ReturnType<BotProcess['health']>;

  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the bot exited with code ${child.exitCode} before it was ready:\n${logs.join('\n')}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the bot did not answer /healthz in time:\n${logs.join('\n')}`);
    }
    try {
      await health();
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  return {
    baseUrl,
    logs,
    alive: () => child.exitCode === null && child.signalCode === null,
    health,
    async terminate() {
      if (child.exitCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      return exited;
    },
  };
}
