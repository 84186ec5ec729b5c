// A fetched page's article as a draft for the pack store. What the person adding it states wins over what the page
// says; a stated publication day also replaces the page's time and the note on how the day was estimated.
import type { ArticleDraft } from '../pack/article-draft.ts';
import type { PageArticle } from './page-article.ts';

export interface ArticleOverrides {
  readonly headline?: string;
  readonly outlet?: string;
  readonly published?: string;
  readonly kind?: string;
  readonly basedOn?: string;
}

export function pageToDraft(article: PageArticle, overrides: ArticleOverrides = {}): ArticleDraft {
  const stated = overrides.published !== undefined;
  return {
    headline: overrides.headline ?? article.headline ?? null,
    outlet: overrides.outlet ?? article.outlet,
    url: article.url,
    fetchedUrl: article.fetchedUrl,
    published: overrides.published ?? article.published,
    ...(article.publishedAt && !stated ? { publishedAt: article.publishedAt } : {}),
    authors: article.authors,
    publishedEstimated: stated ? false : article.publishedEstimated,
    ...(article.publishedNote && !stated ? { publishedNote: article.publishedNote } : {}),
    kind: overrides.kind ?? 'original-reporting',
    ...(article.language ? { language: article.language } : {}),
    basedOn: overrides.basedOn ?? null,
    ...(article.provenanceNote ? { provenanceNote: article.provenanceNote } : {}),
    body: article.body,
  };
}
