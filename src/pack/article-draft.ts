// What a writer hands the pack store to add an article: its metadata as stated (by the person adding it, the file's
// own front matter or the fetched page) and its body. The store picks the id and checks the rest with the pack schema.
import { stringify } from 'yaml';
import { articleFrontMatterSchema, type ArticleFrontMatter } from '../core/pack-schema.ts';

export interface ArticleDraft {
  readonly headline: string | null;
  readonly outlet?: string;
  readonly url: string | null;
  /** The URL a fetched page answered at, when it differs from `url` (the page's canonical URL). */
  readonly fetchedUrl?: string;
  readonly published?: string;
  readonly publishedAt?: string;
  readonly authors?: readonly string[];
  readonly publishedEstimated: boolean;
  readonly publishedNote?: string;
  readonly kind: string;
  readonly language?: string;
  readonly basedOn: string | null;
  /** Where the article came from when that needs saying (a fetched page that claims another outlet). */
  readonly provenanceNote?: string;
  /** Paragraphs separated by blank lines. */
  readonly body: string;
}

export interface DraftIssue {
  readonly field: string;
  readonly message: string;
}

export type CheckedDraft = { ok: true; meta: ArticleFrontMatter } | { ok: false; issues: DraftIssue[] };

export function checkDraft(draft: ArticleDraft, id: string): CheckedDraft {
  const { authors, fetchedUrl } = draft;
  const meta = articleFrontMatterSchema.safeParse({
    id,
    headline: draft.headline,
    outlet: draft.outlet,
    url: draft.url,
    ...(fetchedUrl !== undefined && fetchedUrl !== draft.url ? { fetchedUrl } : {}),
    published: draft.published,
    ...(draft.publishedAt !== undefined ? { publishedAt: draft.publishedAt } : {}),
    ...(authors && authors.length > 0 ? { authors: [...authors] } : {}),
    publishedEstimated: draft.publishedEstimated,
    ...(draft.publishedNote !== undefined ? { publishedNote: draft.publishedNote } : {}),
    kind: draft.kind,
    ...(draft.language !== undefined ? { language: draft.language } : {}),
    basedOn: draft.basedOn,
    ...(draft.provenanceNote !== undefined ? { provenanceNote: draft.provenanceNote } : {}),
  });
  if (meta.success) return { ok: true, meta: meta.data };
  return {
    ok: false,
    issues: meta.error.issues.map((i) => ({
      field: String(i.path[0]),
      message: i.message.replace(/^Invalid input: /, ''),
    })),
  };
}

/** The article file: front matter (without the loader's own defaults) and the body. */
export function articleFileText(meta: ArticleFrontMatter, body: string): string {
  const frontMatter = stringify(Object.fromEntries(Object.entries(meta).filter(([k]) => k !== 'furniture')));
  return `---\n${frontMatter}---\n${body}`;
}
