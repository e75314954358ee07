import { appendFile, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openKnowledgeIndex, type OpenIndexOptions } from '../../src/retrieval/knowledge-index.ts';
import { writeFolderAtomically } from '../../src/retrieval/index-files.ts';
import { fixtureWorkspace, type Workspace } from '../support/fixture-knowledge.ts';

let workspace: Workspace;
let options: OpenIndexOptions;
beforeEach(async () => {
  workspace = await fixtureWorkspace();
  options = { knowledgeDir: workspace.knowledgeDir, indexDir: workspace.indexDir, embedding: { kind: 'corpus' } };
});
afterEach(() => workspace.remove());

async function flipByte(file: string, position: number) {
  const data = await readFile(file);
  data[position] = data[position]! ^ 0xff;
  await writeFile(file, data);
}

describe('the index on disk', () => {
  it('is built on first use and reused while nothing changes', async () => {
    const first = await openKnowledgeIndex(options);
    expect(first.rebuiltBecause).toBe('no index had been built yet');
    const manifest = JSON.parse(await readFile(path.join(workspace.indexDir, 'manifest.json'), 'utf8'));
    expect(Object.keys(manifest.knowledge)).toContain('notes/cda-s115.md');
    expect(manifest.chunkCount).toBe(first.index.chunks.length);

    const second = await openKnowledgeIndex(options);
    expect(second.rebuiltBecause).toBeNull();
    expect(second.index.chunks).toEqual(first.index.chunks);
  });

  it('is rebuilt when a knowledge file changes, is added, or the embedding settings change', async () => {
    await openKnowledgeIndex(options);
    await appendFile(path.join(workspace.knowledgeDir, 'notes', 'cda-s115.md'), '\nA new sentence about disclosure.\n');
    expect((await openKnowledgeIndex(options)).rebuiltBecause).toBe('the knowledge files changed');
    expect((await openKnowledgeIndex(options)).rebuiltBecause).toBeNull();

    await writeFile(path.join(workspace.knowledgeDir, 'glossary.yml'), 'acronyms:\n  GP: general practitioner\n');
    expect((await openKnowledgeIndex(options)).rebuiltBecause).toBe('the knowledge files changed');

    const remote = { ...options, embedding: { kind: 'openai' as const, settings: { apiKey: 'k', model: 'm', baseUrl: 'http://127.0.0.1:9', timeoutMs: 1000 } } };
    // The remote model is unreachable, so the rebuild fails: and says which setting to check.
    await expect(openKnowledgeIndex(remote)).rejects.toMatchObject({ code: 'EMBEDDINGS_FAILED', message: expect.stringContaining('EMBEDDINGS_MODEL') });
    // A failed build leaves the previous index in place and usable.
    expect((await openKnowledgeIndex(options)).rebuiltBecause).toBeNull();
  });

  it('detects a flipped byte in the hnswlib file and rebuilds instead of loading it', async () => {
    await openKnowledgeIndex(options);
    const vectors = path.join(workspace.indexDir, 'vectors.hnsw');
    const size = (await readFile(vectors)).length;
    await flipByte(vectors, Math.floor(size / 3));
    const reopened = await openKnowledgeIndex(options);
    expect(reopened.rebuiltBecause).toMatch(/damaged/);
    expect(reopened.index.vectors.size).toBe(reopened.index.chunks.length);
    expect((await openKnowledgeIndex(options)).rebuiltBecause).toBeNull();
  });

  it.each(['chunks.json', 'lexical.json', 'embedder.bin', 'manifest.json'])('recovers when %s is damaged or missing', async (name) => {
    await openKnowledgeIndex(options);
    await writeFile(path.join(workspace.indexDir, name), '{"truncated":');
    expect((await openKnowledgeIndex(options)).rebuiltBecause).toMatch(/damaged|unreadable/);
  });

  it('replaces the folder atomically: a failed write leaves the old index whole and no temporary folders', async () => {
    await openKnowledgeIndex(options);
    const before = await readFile(path.join(workspace.indexDir, 'manifest.json'), 'utf8');
    await expect(
      writeFolderAtomically(workspace.indexDir, async (folder) => {
        await writeFile(path.join(folder, 'manifest.json'), 'half-written');
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(await readFile(path.join(workspace.indexDir, 'manifest.json'), 'utf8')).toBe(before);
    expect((await readdir(workspace.root)).sort()).toEqual(['index', 'knowledge']);
    expect((await openKnowledgeIndex(options)).rebuiltBecause).toBeNull();
  });

  it('stops with a clear message when the knowledge folder is missing', async () => {
    await expect(openKnowledgeIndex({ ...options, knowledgeDir: path.join(workspace.root, 'nowhere') })).rejects.toMatchObject({
      code: 'KNOWLEDGE_UNREADABLE',
      message: expect.stringContaining('KNOWLEDGE_DIR'),
    });
  });
});
