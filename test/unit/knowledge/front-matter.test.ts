import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FolderKnowledgeSource } from '../../../src/knowledge/file-source.ts';
import { loadKnowledgeFile } from '../../../src/knowledge/load-file.ts';
import { fixtureWorkspace, type Workspace } from '../../support/fixture-knowledge.ts';

const valid = `---
id: sample-note
title: "A sample note"
kind: guidance
publisher: "Someone"
source_url: https://www.gov.uk/sample
version_date: 2024-01-01
last_reviewed: 2026-01-01
jurisdiction: [england]
audience: health
---

## Heading

Text of the note.
`;

let workspace: Workspace;
beforeEach(async () => {
  workspace = await fixtureWorkspace();
});
afterEach(() => workspace.remove());

async function load(text: string) {
  const file = path.join(workspace.knowledgeDir, 'notes', 'sample-note.md');
  await writeFile(file, text);
  return loadKnowledgeFile(file, 'notes/sample-note.md');
}

describe('front matter validation', () => {
  it('accepts a valid note and keeps its metadata', async () => {
    const result = await load(valid);
    expect(result.problems).toEqual([]);
    expect(result.document?.meta).toMatchObject({
      id: 'sample-note',
      kind: 'guidance',
      jurisdiction: ['england'],
      audience: 'health',
      versionDate: '2024-01-01',
      sourceUrl: 'https://www.gov.uk/sample',
    });
  });

  it.each([
    ['kind: guidance', 'kind: opinion', 'kind', /must be one of/],
    ['jurisdiction: [england]', 'jurisdiction: [scotland]', 'jurisdiction', /england, wales/],
    ['version_date: 2024-01-01', 'version_date: 1 Jan 2024', 'version_date', /YYYY-MM-DD/],
    ['source_url: https://www.gov.uk/sample', 'source_url: www.gov.uk/sample', 'source_url', /URL/],
    ['id: sample-note', 'id: Sample Note', 'id', /lower-case/],
    ['audience: health', 'audience: doctors', 'audience', /police, health, both/],
  ])('names the field when %s becomes %s', async (from, to, field, message) => {
    const result = await load(valid.replace(from, to));
    expect(result.document).toBeNull();
    expect(result.problems).toEqual([expect.objectContaining({ path: 'notes/sample-note.md', field, message: expect.stringMatching(message) })]);
  });

  it('reports a missing required field and an unknown one together', async () => {
    const result = await load(valid.replace('title: "A sample note"\n', 'titel: "typo"\n'));
    const fields = result.problems.map((p) => p.field);
    expect(fields).toContain('title');
    expect(fields).toContain('titel');
  });

  it('explains broken YAML and a missing front matter block', async () => {
    expect((await load(valid.replace('audience: health', 'audience: [health'))).problems[0]).toMatchObject({
      field: 'front matter',
      message: expect.stringContaining('not valid YAML'),
    });
    expect((await load('# Just a heading\n\nText.')).problems[0]?.message).toMatch(/missing/);
  });

  it('stops loading the folder with one message naming every bad file', async () => {
    await mkdir(path.join(workspace.knowledgeDir, 'notes'), { recursive: true });
    await writeFile(path.join(workspace.knowledgeDir, 'notes', 'bad-one.md'), valid.replace('kind: guidance', 'kind: x').replace('sample-note', 'bad-one'));
    await writeFile(path.join(workspace.knowledgeDir, 'notes', 'bad-two.md'), valid.replace('audience: health', 'audience: x').replace('sample-note', 'bad-two'));
    const error = await new FolderKnowledgeSource(workspace.knowledgeDir).load().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'KNOWLEDGE_INVALID' });
    expect((error as Error).message).toContain('notes/bad-one.md: field "kind"');
    expect((error as Error).message).toContain('notes/bad-two.md: field "audience"');
  });

  it('rejects two documents with the same id', async () => {
    await writeFile(path.join(workspace.knowledgeDir, 'notes', 'copy.md'), valid.replace('sample-note', 'cda-s115'));
    const error = await new FolderKnowledgeSource(workspace.knowledgeDir).load().catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/"cda-s115" is already used by/);
  });
});
