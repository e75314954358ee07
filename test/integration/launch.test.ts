import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/project-root.ts';

const run = promisify(execFile);
const ROOT = projectRoot();

describe('the launcher behind npm run ask, start, eval and bench', () => {
  it('runs the TypeScript sources, and says why, when a program has not been built', async () => {
    const { stdout, stderr } = await run(process.execPath, ['src/cli/launch.mjs', 'test/fixtures/launch/echo-arguments', 'ask', '--json', 'a question'], { cwd: ROOT });
    expect(stderr).toContain('running from the TypeScript sources because it has not been built; run `npm run build` to start faster');
    // The program sees its own path and only its own arguments.
    expect(JSON.parse(stdout)).toEqual({
      typed: 'ran from TypeScript',
      script: path.join(ROOT, 'test', 'fixtures', 'launch', 'echo-arguments.ts'),
      args: ['ask', '--json', 'a question'],
    });
  });

  it('explains how to use it when no program is named', async () => {
    const failure = await run(process.execPath, ['src/cli/launch.mjs'], { cwd: ROOT }).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 2, stderr: expect.stringContaining('Usage: node src/cli/launch.mjs <entry>') });
  });
});
