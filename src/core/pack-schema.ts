// zod schemas for the story pack's two file kinds: article front matter and the fact sheet. Parsed once, at load.
import { z } from 'zod';

const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** A calendar date as the pack writes it: YYYY, YYYY-MM or YYYY-MM-DD. */
export const partialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

const isoDay = z.iso.date({ message: 'must be a date YYYY-MM-DD' });

export const sourceKinds = ['original-reporting', 'aggregator-rewrite', 'ai-summary', 'auto-blog-rewrite'] as const;
export type SourceKind = (typeof sourceKinds)[number];

export const articleIdSchema = z.string().regex(/^[0-9A-Za-z_-]{1,40}$/, 'must be 1-40 letters, digits, - or _');

export const articleFrontMatterSchema = z.strictObject({
  id: articleIdSchema,
  headline: nonEmpty.max(300).nullable(),
  outlet: nonEmpty.max(200),
  url: z
    .url({ protocol: /^https?$/, message: 'must be an http(s) URL or null' })
    .max(2000)
    .nullable(),
  /** The URL a fetched page answered at (after redirects), when `url` is the page's canonical URL (src/ingest). */
  fetchedUrl: z
    .url({ protocol: /^https?$/, message: 'must be an http(s) URL' })
    .max(2000)
    .optional(),
  published: isoDay,
  /** The publication time exactly as a fetched page states it, zone included; `published` is its day. */
  publishedAt: nonEmpty.max(100).optional(),
  /** Bylines as a fetched page states them. */
  authors: z.array(nonEmpty.max(200)).max(50).optional(),
  publishedEstimated: z.boolean(),
  publishedNote: nonEmpty.max(500).optional(),
  kind: z.enum(sourceKinds),
  /** ISO 639-1 language of the body (extraction picks its word lists by it); absent means English. */
  language: z
    .string()
    .regex(/^[a-z]{2}$/, 'must be a two-letter ISO 639-1 code such as en or de')
    .optional(),
  basedOn: nonEmpty.max(300).nullable(),
  provenanceNote: nonEmpty.max(500).optional(),
  /** Page furniture captured with the body ("Source link", "AI Generated Content"): kept, but never quoted as news. */
  furniture: z.array(nonEmpty).default([]),
  seedFile: nonEmpty.optional(),
});
export type ArticleFrontMatter = z.infer<typeof articleFrontMatterSchema>;

export const citationSchema = z.strictObject({ article: articleIdSchema, quote: nonEmpty.max(1000) });
export type CitationRef = z.infer<typeof citationSchema>;

/** Absent means reviewed (written or confirmed by an editor); extracted facts were read from the text by machine. */
const provenance = z.enum(['reviewed', 'extracted']).optional();

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase-hyphenated id');

/** A person's country when no source states one (extraction writes it; `ask` reads it as no evidence). */
export const UNSTATED_COUNTRY = 'not stated';

export const personSchema = z.strictObject({
  id: slug,
  name: nonEmpty.max(100),
  spellings: z.array(nonEmpty.max(100)).min(1),
  otherSpellings: z.array(nonEmpty.max(100)).default([]),
  shortNames: z.array(nonEmpty.max(50)).default([]),
  country: nonEmpty.max(100),
  key: z.boolean().default(false),
  roles: z
    .array(z.strictObject({ role: nonEmpty.max(200), citations: z.array(citationSchema).min(1), provenance }))
    .min(1),
  provenance,
});
export type Person = z.infer<typeof personSchema>;

export const eventSourceSchema = citationSchema.extend({
  wording: nonEmpty.max(200),
  status: z.enum(['happened', 'expected']),
  provenance,
});

export const eventSchema = z
  .strictObject({
    id: slug,
    title: nonEmpty.max(300),
    date: partialDate,
    precision: z.enum(['day', 'month', 'year']),
    qualifier: z.enum(['before']).optional(),
    people: z.array(slug).default([]),
    tags: z.array(nonEmpty.max(50)).default([]),
    sources: z.array(eventSourceSchema).min(1),
    provenance,
  })
  .refine((e) => e.date.length === { year: 4, month: 7, day: 10 }[e.precision], {
    message: 'date does not match precision (year: YYYY, month: YYYY-MM, day: YYYY-MM-DD)',
    path: ['date'],
  });
export type TimelineEvent = z.infer<typeof eventSchema>;

export const conflictSchema = z.strictObject({
  id: slug,
  topic: nonEmpty.max(200),
  people: z.array(slug).default([]),
  events: z.array(slug).default([]),
  claims: z.array(z.strictObject({ claim: nonEmpty.max(300), citations: z.array(citationSchema).min(1) })).min(2),
  provenance,
});
export type Conflict = z.infer<typeof conflictSchema>;

/** Upper bounds keep a runaway or hostile fact sheet from exhausting memory; far above any real story. */
export const factSheetSchema = z.strictObject({
  people: z.array(personSchema).max(2000),
  timeline: z.array(eventSchema).max(5000),
  conflicts: z.array(conflictSchema).max(1000).default([]),
});
export type FactSheet = z.infer<typeof factSheetSchema>;
