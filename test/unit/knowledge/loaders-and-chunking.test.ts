import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chunkDocuments } from '../../../src/knowledge/chunker.ts';
import { FolderKnowledgeSource } from '../../../src/knowledge/file-source.ts';
import { fixtureWorkspace, type Workspace } from '../../support/fixture-knowledge.ts';
import { makeDocx, makePdf } from '../../support/make-documents.ts';

let workspace: Workspace;
beforeEach(async () => {
  workspace = await fixtureWorkspace();
});
afterEach(() => workspace.remove());

async function chunks() {
  return chunkDocuments(await new FolderKnowledgeSource(workspace.knowledgeDir).load());
}

describe('Markdown chunking', () => {
  it('makes one chunk per section with stable ids, titles, sections and links', async () => {
    const all = await chunks();
    const s115 = all.filter((c) => c.docId === 'cda-s115');
    expect(s115.map((c) => c.id)).toEqual(['cda-s115#overview', 'cda-s115#what-section-115-allows', 'cda-s115#what-section-115-does-not-do']);
    expect(s115[1]).toMatchObject({
      title: 'Crime and Disorder Act 1998, section 115',
      section: 'What section 115 allows',
      url: 'https://www.legislation.gov.uk/ukpga/1998/37/section/115',
      page: null,
      kind: 'legislation',
    });
    expect(s115[1]!.text).toMatch(/^Section 115 of the Crime and Disorder Act 1998 lets any person/);
    // Ids do not depend on the order files are read or on other documents.
    expect((await chunks()).map((c) => c.id)).toEqual(all.map((c) => c.id));
  });

  it('nests heading paths and splits very long sections at paragraph breaks', async () => {
    const long = Array.from({ length: 12 }, (_, i) => `Paragraph ${i} ${'about sharing records with the police. '.repeat(6)}`).join('\n\n');
    await writeFile(
      path.join(workspace.knowledgeDir, 'notes', 'nested.md'),
      `---\nid: nested\ntitle: Nested\nkind: guidance\nsource_url: https://www.gov.uk/x\nlast_reviewed: 2026-01-01\njurisdiction: england\naudience: both\n---\n\n## Part A\n\n### Detail\n\n${long}\n`,
    );
    const nested = (await chunks()).filter((c) => c.docId === 'nested');
    expect(nested.length).toBeGreaterThan(1);
    expect(nested[0]!.section).toBe('Part A › Detail');
    expect(nested.map((c) => c.id)).toEqual(nested.map((_, i) => (i === 0 ? 'nested#part-a-detail' : `nested#part-a-detail-${i + 1}`)));
    expect(nested.every((c) => c.text.length <= 1600)).toBe(true);
  });
});

describe('deployers\u2019 documents', () => {
  beforeEach(() => mkdir(path.join(workspace.knowledgeDir, 'local'), { recursive: true }));

  it('loads a PDF page by page, keeping page numbers for citations, with metadata from a sidecar file', async () => {
    const pdf = path.join(workspace.knowledgeDir, 'local', 'gwent-isa.pdf');
    await writeFile(pdf, makePdf(['Partners share information about missing persons.', 'Health boards disclose risk information to police.']));
    await writeFile(
      `${pdf}.yml`,
      'id: gwent-isa\ntitle: Gwent information sharing agreement\nkind: agreement\nsource_url: https://intranet.example/isa\nlast_reviewed: 2026-01-01\njurisdiction: wales\naudience: both\n',
    );
    const isa = (await chunks()).filter((c) => c.docId === 'gwent-isa');
    expect(isa.map((c) => [c.id, c.page, c.title])).toEqual([
      ['gwent-isa#page-1', 1, 'Gwent information sharing agreement'],
      ['gwent-isa#page-2', 2, 'Gwent information sharing agreement'],
    ]);
    expect(isa[1]!.text).toContain('Health boards disclose risk information');
    expect(isa[0]!.jurisdiction).toEqual(['wales']);
  });

  it('loads DOCX and HTML by heading, without a sidecar', async () => {
    await writeFile(
      path.join(workspace.knowledgeDir, 'local', 'protocol.docx'),
      await makeDocx([{ heading: 1, text: 'Mental health protocol' }, { heading: 2, text: 'Section 136' }, { text: 'Officers phone the crisis team first.' }]),
    );
    await writeFile(
      path.join(workspace.knowledgeDir, 'local', 'marac.html'),
      '<html><head><title>Ignored</title><script>alert(1)</script></head><body><h1>MARAC protocol</h1><h2>Referrals</h2><p>High-risk cases are referred by any agency.</p></body></html>',
    );
    const all = await chunks();
    expect(all.find((c) => c.docId === 'local-protocol-docx')).toMatchObject({
      title: 'Mental health protocol',
      section: 'Section 136',
      text: 'Officers phone the crisis team first.',
      kind: 'agreement',
    });
    expect(all.find((c) => c.docId === 'local-marac-html')).toMatchObject({ title: 'MARAC protocol', section: 'Referrals' });
    expect(all.some((c) => c.text.includes('alert'))).toBe(false);
  });

  it('names an unreadable file instead of failing without a reason', async () => {
    await writeFile(path.join(workspace.knowledgeDir, 'local', 'broken.pdf'), 'this is not a pdf');
    const error = await new FolderKnowledgeSource(workspace.knowledgeDir).load().catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/local\/broken\.pdf: could not be read/);
  });
});
