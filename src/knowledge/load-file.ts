import { readFile } from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';
import YAML from 'yaml';
import type { DocumentMeta, DocumentSection, KnowledgeDocument } from '../core/types.ts';
import { parseFrontMatter, type FrontMatterProblem } from './front-matter.ts';
import { markdownToSections } from './markdown-sections.ts';
import { SUPPORTED_EXTENSIONS } from './files.ts';


/** A file that could not be loaded, and why, in words for the person who maintains it. */
export interface LoadProblem {
  path: string;
  field: string | null;
  message: string;
}

export type LoadResult = { document: KnowledgeDocument; problems: [] } | { document: null; problems: LoadProblem[] };

// YAML 1.2 core schema keeps dates as text, so they are validated as written.
const yamlEngine = { parse: (text: string) => YAML.parse(text) as object };

/** Loads one knowledge file of any supported kind into a document with sections. */
export async function loadKnowledgeFile(absolutePath: string, relativePath: string): Promise<LoadResult> {
  const extension = path.extname(absolutePath).toLowerCase();
  try {
    if (extension === '.md') return await loadMarkdown(absolutePath, relativePath);
    const sidecar = await readSidecar(absolutePath, relativePath);
    if (sidecar.problems.length > 0) return { document: null, problems: sidecar.problems };
    const { sections, title } = await extractSections(absolutePath, extension);
    if (sections.length === 0) {
      return fail(relativePath, null, 'has no readable text (is it a scanned image? Add a text version or OCR it first)');
    }
    const meta = sidecar.meta ?? defaultMeta(relativePath, title);
    return { document: { meta, sections }, problems: [] };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail(relativePath, null, `could not be read (${reason}). Check the file opens, or remove it from the knowledge folder`);
  }
}

async function loadMarkdown(absolutePath: string, relativePath: string): Promise<LoadResult> {
  const source = await readFile(absolutePath, 'utf8');
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(source, { engines: { yaml: yamlEngine } });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return fail(relativePath, 'front matter', `is not valid YAML: ${reason}`);
  }
  if (Object.keys(parsed.data).length === 0) {
    return fail(relativePath, 'front matter', 'is missing: start the file with a --- block (see knowledge/README.md)');
  }
  const { meta, problems } = parseFrontMatter(parsed.data, relativePath);
  if (!meta) return { document: null, problems: problems.map((p) => toLoadProblem(relativePath, p)) };
  const { sections } = markdownToSections(parsed.content);
  if (sections.length === 0) return fail(relativePath, null, 'has front matter but no text');
  return { document: { meta, sections }, problems: [] };
}

async function readSidecar(
  absolutePath: string,
  relativePath: string,
): Promise<{ meta: DocumentMeta | null; problems: LoadProblem[] }> {
  const sidecarPath = `${absolutePath}.yml`;
  let text: string;
  try {
    text = await readFile(sidecarPath, 'utf8');
  } catch {
    return { meta: null, problems: [] };
  }
  const sidecarName = `${relativePath}.yml`;
  let raw: unknown;
  try {
    raw = YAML.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { meta: null, problems: [{ path: sidecarName, field: null, message: `is not valid YAML: ${reason}` }] };
  }
  const { meta, problems } = parseFrontMatter(raw, relativePath);
  return { meta, problems: problems.map((p) => toLoadProblem(sidecarName, p)) };
}

async function extractSections(
  absolutePath: string,
  extension: string,
): Promise<{ sections: DocumentSection[]; title: string | null }> {
  const buffer = await readFile(absolutePath);
  switch (extension) {
    case '.pdf':
      return extractPdf(buffer);
    case '.docx': {
      const { default: mammoth } = await import('mammoth');
      const { value: html } = await mammoth.convertToHtml({ buffer });
      return htmlToSections(html);
    }
    case '.html':
    case '.htm':
      return await htmlToSections(buffer.toString('utf8'));
    default:
      throw new Error(`files ending ${extension} are not supported; use ${SUPPORTED_EXTENSIONS.join(', ')}`);
  }
}

async function htmlToSections(html: string): Promise<{ sections: DocumentSection[]; title: string | null }> {
  const titleMatch = /<title[^>]*>([^<]*)<\/title>/i.exec(html);
  const { default: TurndownService } = await import('turndown');
  const turndown = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-' });
  turndown.remove(['script', 'style', 'nav', 'footer', 'head', 'title']);
  const { sections, firstHeading } = markdownToSections(turndown.turndown(html));
  return { sections, title: firstHeading ?? titleMatch?.[1]?.trim() ?? null };
}

async function extractPdf(buffer: Buffer): Promise<{ sections: DocumentSection[]; title: string | null }> {
  const { PDFParse } = await import('pdf-parse');
  const parser = new PDFParse({ data: new Uint8Array(buffer) });
  try {
    // One document handle: pdf.js does not like two reads of it at once.
    const text = await parser.getText();
    const info = await parser.getInfo().catch(() => null);
    const sections = text.pages
      .map((page) => ({ headings: [], text: page.text.replace(/[ \t]+/g, ' ').trim(), page: page.num }))
      .filter((section) => section.text.length > 0);
    const title = (info?.info as { Title?: unknown } | undefined)?.Title;
    return { sections, title: typeof title === 'string' && title.trim() ? title.trim() : null };
  } finally {
    await parser.destroy();
  }
}

/** Deployers' documents without a sidecar still load, as local agreements for England and Wales. */
function defaultMeta(relativePath: string, title: string | null): DocumentMeta {
  const base = path.basename(relativePath).replace(/\.[^.]+$/, '');
  return {
    id: slugify(relativePath),
    title: title ?? base.replace(/[-_]+/g, ' '),
    kind: 'agreement',
    publisher: null,
    sourceUrl: null,
    versionDate: null,
    lastReviewed: null,
    lawStatus: null,
    commencement: null,
    jurisdiction: ['england', 'wales'],
    audience: 'both',
    related: [],
    tags: [],
    path: relativePath,
  };
}

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

function toLoadProblem(filePath: string, problem: FrontMatterProblem): LoadProblem {
  return { path: filePath, field: problem.field, message: problem.message };
}

function fail(filePath: string, field: string | null, message: string): LoadResult {
  return { document: null, problems: [{ path: filePath, field, message }] };
}
