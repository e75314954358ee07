import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

async function sources(folder: string): Promise<{ file: string; imports: string[] }[]> {
  const entries = await readdir(path.join(ROOT, folder), { recursive: true }).catch(() => [] as string[]);
  const files = entries.filter((f) => f.endsWith('.ts')).map((f) => path.join(folder, f));
  return Promise.all(
    files.map(async (file) => {
      const text = await readFile(path.join(ROOT, file), 'utf8');
      const imports = [...text.matchAll(/(?:from\s+|import\s*\(\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]!);
      return { file, imports };
    }),
  );
}

const resolvesInto = (file: string, specifier: string, folder: string) =>
  specifier.startsWith('.') && path.normalize(path.join(path.dirname(file), specifier)).startsWith(folder);

describe('the dependency rule', () => {
  it('keeps the core free of front ends and chat platforms', async () => {
    const offenders = (await sources('src')).flatMap(({ file, imports }) =>
      imports
        .filter((s) => ['adapters', 'evals', 'bench', 'test'].some((folder) => resolvesInto(file, s, folder)) || /^(@slack\/|botbuilder|botframework)/.test(s))
        .map((s) => `${file} imports ${s}`),
    );
    expect(offenders).toEqual([]);
  });

  it('lets adapters, evals and bench into the core only through src/index.ts', async () => {
    const files = [...(await sources('adapters')), ...(await sources('evals')), ...(await sources('bench'))];
    const offenders = files.flatMap(({ file, imports }) =>
      imports.filter((s) => resolvesInto(file, s, 'src') && path.normalize(path.join(path.dirname(file), s)) !== path.join('src', 'index.ts')).map((s) => `${file} imports ${s}`),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps each platform SDK inside its own adapter folder', async () => {
    const files = [...(await sources('src')), ...(await sources('adapters')), ...(await sources('evals'))];
    const offenders = files.flatMap(({ file, imports }) => [
      ...imports.filter((s) => /^@slack\//.test(s) && !file.startsWith(path.join('adapters', 'slack'))).map((s) => `${file} imports ${s}`),
      ...imports.filter((s) => /^(botbuilder|botframework)/.test(s) && !file.startsWith(path.join('adapters', 'teams'))).map((s) => `${file} imports ${s}`),
    ]);
    expect(offenders).toEqual([]);
  });

  it('reads process.env only in src/config.ts', async () => {
    const files = await sources('src');
    const readers: string[] = [];
    for (const { file } of files) {
      if (/process\.env/.test(await readFile(path.join(ROOT, file), 'utf8')) && file !== path.join('src', 'config.ts')) readers.push(file);
    }
    expect(readers).toEqual([]);
  });
});
