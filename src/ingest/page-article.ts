// What `summit add <url>` and a feed item turn a fetched page into, before it is written to the pack.
export interface PageArticle {
  readonly headline?: string;
  /** The serving site's outlet: the name the page gives itself unless it claims another site. */
  readonly outlet: string;
  /** YYYY-MM-DD: the calendar day in the page's own zone, or the fallback day when the page states none. */
  readonly published: string;
  readonly publishedEstimated: boolean;
  readonly publishedNote?: string;
  /** The publication time exactly as the page states it. */
  readonly publishedAt?: string;
  readonly authors: readonly string[];
  readonly language?: string;
  /** The page's canonical URL when it is the serving site's own, else the URL that answered (page-outlet.ts). */
  readonly url: string;
  /** The URL that answered, after redirects. */
  readonly fetchedUrl: string;
  /** A claim of another outlet (canonical URL, site name) the page made, kept as provenance (page-outlet.ts). */
  readonly provenanceNote?: string;
  /** Paragraphs separated by blank lines. */
  readonly body: string;
}

export type PageRefusal =
  | 'fetch'
  | 'not-html'
  | 'no-article'
  | 'not-article'
  | 'too-short'
  | 'paywall'
  | 'duplicate'
  /** Too many elements or too deep to read, or over the extraction deadline or memory budget. */
  | 'too-complex'
  /** Extraction threw: the reason is the error's message. */
  | 'crashed';

export type PageResult =
  | { ok: true; article: PageArticle }
  /** transient: the server or network failed (5xx, timeout, DNS, reset), worth another try on a later poll. */
  | { ok: false; refusal: PageRefusal; message: string; transient?: boolean };
