import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../src/project-root.ts';
import { loadConfig, type Config } from '../../src/config.ts';
import { embeddingChoice } from '../../src/compose.ts';
import { openKnowledgeIndex, type KnowledgeIndex } from '../../src/retrieval/knowledge-index.ts';

export const FIXTURE_KNOWLEDGE = path.join(projectRoot(), 'test', 'fixtures', 'knowledge');

export interface Workspace {
  root: string;
  knowledgeDir: string;
  indexDir: string;
  config: (env?: Record<string, string>) => Config;
  remove: () => Promise<void>;
}

/** A private copy of the fixture knowledge set, with its own index folder, for a test to change freely. */
export async function fixtureWorkspace(source = FIXTURE_KNOWLEDGE): Promise<Workspace> {
  const root = await mkdtemp(path.join(tmpdir(), 'canishare-test-'));
  const knowledgeDir = path.join(root, 'knowledge');
  const indexDir = path.join(root, 'index');
  await cp(source, knowledgeDir, { recursive: true });
  return {
    root,
    knowledgeDir,
    indexDir,
    config: (env = {}) => loadConfig({ KNOWLEDGE_DIR: knowledgeDir, INDEX_DIR: indexDir, ...env }, root),
    remove: () => rm(root, { recursive: true, force: true }),
  };
}

/** The workspace's knowledge index, built as the engine builds it. */
export async function openWorkspaceIndex(workspace: Workspace): Promise<KnowledgeIndex> {
  const config = workspace.config();
  const { index } = await openKnowledgeIndex({ knowledgeDir: config.knowledgeDir, indexDir: config.indexDir, embedding: embeddingChoice(config) });
  return index;
}
