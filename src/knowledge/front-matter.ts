import { z } from 'zod';
import { AUDIENCES, DOCUMENT_KINDS, JURISDICTIONS, LAW_STATUSES, type DocumentMeta } from '../core/types.ts';

const isoDate = z
  .union([z.string(), z.date()])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value.trim()))
  .refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)), {
    message: 'must be a date written as YYYY-MM-DD',
  });

// YAML reads a bare 101 or 2018 as a number; in a list of terms it is still a term.
const term = z.union([z.string(), z.number()]).transform((value) => String(value).trim());
const stringList = z
  .union([term, z.array(term)])
  .transform((value) => (Array.isArray(value) ? value : [value]).filter(Boolean));

/** The front matter of a note or of a sidecar `.yml` beside a PDF, DOCX or HTML file. */
export const frontMatterSchema = z
  .object({
    id: z
      .string({ error: 'is required: a unique lower-case id such as dpa-2018-sch2-para2' })
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'must be lower-case words joined by hyphens, e.g. dpa-2018-s170' }),
    title: z.string({ error: 'is required' }).trim().min(3, { message: 'is too short' }),
    kind: z.enum(DOCUMENT_KINDS, { error: `must be one of ${DOCUMENT_KINDS.join(', ')}` }),
    publisher: z.string().trim().min(1).optional(),
    source_url: z.url({ error: 'must be a full http(s) URL' }).optional(),
    version_date: isoDate.optional(),
    last_reviewed: isoDate.optional(),
    status: z.enum(LAW_STATUSES, { error: `must be one of ${LAW_STATUSES.join(', ')}` }).optional(),
    commencement: z.string().trim().min(1).optional(),
    jurisdiction: z
      .union([z.enum(JURISDICTIONS), z.array(z.enum(JURISDICTIONS)).min(1)], {
        error: `must be england, wales, or a list of both`,
      })
      .transform((value) => (Array.isArray(value) ? value : [value])),
    audience: z.enum(AUDIENCES, { error: `must be one of ${AUDIENCES.join(', ')}` }),
    related: stringList.optional(),
    tags: stringList.optional(),
  })
  .strict();

export type FrontMatter = z.infer<typeof frontMatterSchema>;

export interface FrontMatterProblem {
  field: string;
  message: string;
}

/** Validates raw front matter; returns either the document metadata or every problem found. */
export function parseFrontMatter(
  raw: unknown,
  relativePath: string,
): { meta: DocumentMeta; problems: [] } | { meta: null; problems: FrontMatterProblem[] } {
  const parsed = frontMatterSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    return {
      meta: null,
      problems: parsed.error.issues.map((issue) => ({
        field: issue.path.length > 0 ? issue.path.join('.') : unknownKeyField(issue),
        message: issue.code === 'unrecognized_keys' ? 'is not a known field (check its spelling)' : issue.message,
      })),
    };
  }
  const fm = parsed.data;
  return {
    meta: {
      id: fm.id,
      title: fm.title,
      kind: fm.kind,
      publisher: fm.publisher ?? null,
      sourceUrl: fm.source_url ?? null,
      versionDate: fm.version_date ?? null,
      lastReviewed: fm.last_reviewed ?? null,
      lawStatus: fm.status ?? null,
      commencement: fm.commencement ?? null,
      jurisdiction: fm.jurisdiction,
      audience: fm.audience,
      related: fm.related ?? [],
      tags: fm.tags ?? [],
      path: relativePath,
    },
    problems: [],
  };
}

function unknownKeyField(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return issue.keys.join(', ');
  return 'front matter';
}
