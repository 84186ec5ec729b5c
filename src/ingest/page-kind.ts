// Whether a read page is an article, and if not, why: a section front, a listing or a product page is refused with
// the reason. Signals, strongest first: what the page says it is (JSON-LD CollectionPage/ItemList/Product, og:type
// product) when it describes no article; then, for pages that do not state an article in JSON-LD, what Readability
// found: mostly links (a list of headlines), or an undated page Readability's own check would not offer to read (the
// check measures paragraphs in characters, so an article in Chinese or Japanese can fail it; the date keeps those).
import { isProbablyReaderable } from '@mozilla/readability';
import type { Doc } from './parse-html.ts';

/** Share of the article's text inside links above which it is a list of headlines, not prose. */
const LISTING_LINK_DENSITY = 0.5;

export interface KindSignals {
  readonly describesArticle: boolean;
  readonly notArticleType?: string;
  readonly linkDensity: number;
  /** isProbablyReaderable on the page as fetched, before anything was removed. */
  readonly readerable: boolean;
  /** The page states when it was published in its metadata (section fronts seldom do; articles nearly always). */
  readonly dated: boolean;
  /** <article> elements on the page: a listing has one per teaser. */
  readonly articleElements: number;
}

/** More <article> elements than this on an undated page without an article in JSON-LD: a listing of teasers. */
const LISTING_ARTICLES = 3;

/** undefined for an article, else the refusal's reason. */
export function notArticleReason(signals: KindSignals): string | undefined {
  if (signals.describesArticle) return undefined;
  if (signals.notArticleType) return `the page describes itself as a ${signals.notArticleType}, not an article`;
  if (signals.linkDensity > LISTING_LINK_DENSITY) {
    return `the page is a list of links (${Math.round(signals.linkDensity * 100)}% of its text), not an article`;
  }
  if (!signals.dated && signals.articleElements > LISTING_ARTICLES) {
    return `the page lists ${signals.articleElements} articles: a section front or a listing, not an article`;
  }
  if (!signals.readerable && !signals.dated)
    return 'the page does not read as an article (a section front, a listing or a form)';
  return undefined;
}

/** Han, kana and hangul: a paragraph says in 60 of these what takes ~140 letters in English. */
const IDEOGRAPHIC = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

export function isReaderable(doc: Doc): boolean {
  // A sample is enough to tell the script, and squashing a 5 MB text costs a second.
  const text = (doc.body?.textContent ?? '').slice(0, 20_000);
  const ideographic = (text.match(IDEOGRAPHIC)?.length ?? 0) > text.replace(/\s+/g, '').length * 0.3;
  // Readability's defaults (140 characters a paragraph, score 20) are tuned on alphabetic text.
  return isProbablyReaderable(doc as unknown as Document, ideographic ? { minContentLength: 60, minScore: 10 } : {});
}
