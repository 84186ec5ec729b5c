// Writes a fetched article into the pack as data/articles/NNN.md, or refuses and leaves the pack untouched: a
// duplicate (same canonical or fetched URL, or the same body), metadata the pack schema refuses, or a pack that
// would not load with it (the file is removed again). Written under a temporary name of its own and hard-linked to
// its final name, which fails rather than overwrites when another process (a replica adding from another feed) took
// that id first: never half a file, never someone else's article replaced; the next id is tried instead.
import { randomUUID } from 'node:crypto';
import { existsSync, linkSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { ARTICLES_DIR, loadPack } from '../core/load-pack.ts';
import { normalizeQuoteText } from '../core/normalize-text.ts';
import { formatProblem } from '../core/pack-problem.ts';
import { articleFrontMatterSchema, type ArticleFrontMatter } from '../core/pack-schema.ts';
import type { StoryPack } from '../core/story-pack.ts';
import type { PageArticle } from './page-article.ts';
import { packUrlKeys, urlKey } from './url-key.ts';

/** What the person adding the article states; it wins over what the page says. */
export interface ArticleOverrides {
  readonly headline?: string;
  readonly outlet?: string;
  readonly published?: string;
  readonly kind?: string;
  readonly basedOn?: string;
}

export type WriteResult =
  | { ok: true; meta: ArticleFrontMatter; file: string }
  | { ok: false; refusal: 'duplicate' | 'invalid' | 'pack'; message: string; duplicateOf?: string };

export function findDuplicate(
  pack: StoryPack,
  article: Pick<PageArticle, 'url' | 'fetchedUrl' | 'body'>,
): string | undefined {
  const keys = packUrlKeys(pack);
  for (const raw of [article.url, article.fetchedUrl]) {
    const id = keys.get(urlKey(raw) ?? '');
    if (id) return id;
  }
  const body = normalizeQuoteText(article.body);
  return pack.articles.find((a) => normalizeQuoteText(a.body) === body)?.id;
}

/** Ids tried before giving up: each miss means another writer added an article in between. */
const ID_ATTEMPTS = 5;

export function writeToPack(storyDir: string, article: PageArticle, overrides: ArticleOverrides = {}): WriteResult {
  for (let attempt = 1; attempt < ID_ATTEMPTS; attempt += 1) {
    const result = writeOnce(storyDir, article, overrides);
    if (result !== 'id-taken') return result;
  }
  const last = writeOnce(storyDir, article, overrides);
  return last !== 'id-taken'
    ? last
    : { ok: false, refusal: 'pack', message: 'other writers kept taking the next article id; try again' };
}

function writeOnce(storyDir: string, article: PageArticle, overrides: ArticleOverrides): WriteResult | 'id-taken' {
  const before = loadPack(storyDir);
  if (!before.ok) {
    const list = before.problems.map((p) => `  - ${formatProblem(p)}`).join('\n');
    return {
      ok: false,
      refusal: 'pack',
      message: `the pack in ${storyDir} has problems; fix them first (summit check):\n${list}`,
    };
  }
  const duplicateOf = findDuplicate(before.pack, article);
  if (duplicateOf) {
    const other = before.pack.articleById.get(duplicateOf);
    return {
      ok: false,
      refusal: 'duplicate',
      duplicateOf,
      message: `it is already in the pack as article ${duplicateOf} (${other?.outlet ?? ''})`,
    };
  }
  const ids = [...before.pack.articleById.keys()];
  const next = Math.max(-1, ...ids.map((id) => (/^\d+$/.test(id) ? Number(id) : -1))) + 1;
  const stated = overrides.published !== undefined;
  const meta = articleFrontMatterSchema.safeParse({
    id: String(next).padStart(3, '0'),
    headline: overrides.headline ?? article.headline ?? null,
    outlet: overrides.outlet ?? article.outlet,
    url: article.url,
    ...(article.fetchedUrl !== article.url ? { fetchedUrl: article.fetchedUrl } : {}),
    published: overrides.published ?? article.published,
    ...(article.publishedAt && !stated ? { publishedAt: article.publishedAt } : {}),
    ...(article.authors.length > 0 ? { authors: article.authors } : {}),
    publishedEstimated: stated ? false : article.publishedEstimated,
    ...(article.publishedNote && !stated ? { publishedNote: article.publishedNote } : {}),
    kind: overrides.kind ?? 'original-reporting',
    ...(article.language ? { language: article.language } : {}),
    basedOn: overrides.basedOn ?? null,
  });
  if (!meta.success) {
    const issues = meta.error.issues.map((i) => `${String(i.path[0])}: ${i.message.replace(/^Invalid input: /, '')}`);
    return { ok: false, refusal: 'invalid', message: issues.join('; ') };
  }
  const file = path.join(storyDir, ARTICLES_DIR, `${meta.data.id}.md`);
  // The pack loaded, so every NNN.md is in it: a file under the new id was added since, by another writer.
  if (existsSync(file)) return 'id-taken';
  const temp = `${file}.${process.pid}-${randomUUID()}.tmp`;
  const frontMatter = stringify(Object.fromEntries(Object.entries(meta.data).filter(([k]) => k !== 'furniture')));
  writeFileSync(temp, `---\n${frontMatter}---\n${article.body}`, { flag: 'wx' });
  try {
    linkSync(temp, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return 'id-taken';
    throw error;
  } finally {
    rmSync(temp, { force: true });
  }
  const after = loadPack(storyDir);
  if (!after.ok) {
    rmSync(file);
    const list = after.problems.map((p) => `  - ${formatProblem(p)}`).join('\n');
    return { ok: false, refusal: 'pack', message: `the pack would not load with it:\n${list}` };
  }
  return { ok: true, meta: meta.data, file };
}
