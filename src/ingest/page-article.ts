// What `summit add <url>` and a feed item turn a fetched page into, before it is written to the pack.
export interface PageArticle {
  readonly headline?: string;
  readonly outlet: string;
  /** YYYY-MM-DD: the calendar day in the page's own zone, or the fallback day when the page states none. */
  readonly published: string;
  readonly publishedEstimated: boolean;
  readonly publishedNote?: string;
  /** The publication time exactly as the page states it. */
  readonly publishedAt?: string;
  readonly authors: readonly string[];
  readonly language?: string;
  /** The page's canonical URL when it states one, else the URL that answered. */
  readonly url: string;
  /** The URL that answered, after redirects. */
  readonly fetchedUrl: string;
  /** Paragraphs separated by blank lines. */
  readonly body: string;
}

export type PageRefusal = 'fetch' | 'not-html' | 'no-article' | 'too-short' | 'paywall' | 'duplicate';

export type PageResult = { ok: true; article: PageArticle } | { ok: false; refusal: PageRefusal; message: string };
