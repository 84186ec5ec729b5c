// A URL to an article draft: fetch under the limits, HTML only, metadata from the page, the body from Readability.
// Refusals say why in one line: a fetch failure or HTTP error, not HTML, no article, too short, a paywall stub.
import { decodeBody } from './decode-body.ts';
import { extractParagraphs, parseHtmlDocument } from './extract-body.ts';
import { fetchLimited } from './fetch-limited.ts';
import type { FetchLimits } from './fetch-limits.ts';
import type { PageArticle, PageResult } from './page-article.ts';
import { pageMetadata, type MetaDocument } from './page-metadata.ts';
import { publishedDay } from './published-day.ts';

/** Fewer words than this is a teaser, a caption or an index page, not an article. */
const MIN_ARTICLE_WORDS = 60;
/** A page that declares itself not free (JSON-LD isAccessibleForFree) and shows fewer words than this is a stub. */
const PAYWALL_STUB_WORDS = 200;
/** https://html.spec.whatwg.org/multipage/iana.html — HTML and XHTML; anything else is refused before parsing. */
const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)\s*(;|$)/i;

export interface ReadPageOptions {
  readonly limits: FetchLimits;
  /** Day to record (marked estimated) when the page states no publication date: a feed item's date, or today. */
  readonly fallbackDay: string;
  readonly fallbackNote: string;
}

export async function readPage(url: string, options: ReadPageOptions): Promise<PageResult> {
  const fetched = await fetchLimited({
    url,
    limits: options.limits,
    accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
  });
  if (!fetched.ok) return { ok: false, refusal: 'fetch', message: fetched.message };
  const type = fetched.headers.get('content-type');
  if (!HTML_TYPES.test(type ?? '')) {
    return {
      ok: false,
      refusal: 'not-html',
      message: `it is not a web page (${type?.split(';')[0] ?? 'no content type'})`,
    };
  }
  const doc = parseHtmlDocument(decodeBody(fetched.body, type));
  const meta = pageMetadata(doc as unknown as MetaDocument, fetched.url);
  const paragraphs = extractParagraphs(doc) ?? [];
  // The headline repeated as the body's first line is page furniture, not article text.
  if (meta.headline && paragraphs[0] === meta.headline) paragraphs.shift();
  const words = paragraphs
    .join(' ')
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w)).length;
  if (meta.accessibleForFree === false && words < PAYWALL_STUB_WORDS) {
    return { ok: false, refusal: 'paywall', message: `the page is behind a paywall: only ${words} words are readable` };
  }
  if (paragraphs.length === 0)
    return { ok: false, refusal: 'no-article', message: 'no article text was found on the page' };
  if (words < MIN_ARTICLE_WORDS) {
    return {
      ok: false,
      refusal: 'too-short',
      message: `the page has only ${words} words of article text (at least ${MIN_ARTICLE_WORDS} needed): a teaser, a paywall or not an article`,
    };
  }
  const day = meta.publishedAt ? publishedDay(meta.publishedAt) : undefined;
  const article: PageArticle = {
    headline: meta.headline,
    outlet: meta.outlet ?? new URL(fetched.url).hostname.replace(/^www\./, ''),
    published: day ?? options.fallbackDay,
    publishedEstimated: day === undefined,
    ...(day === undefined ? { publishedNote: options.fallbackNote } : {}),
    ...(meta.publishedAt && day ? { publishedAt: meta.publishedAt } : {}),
    authors: meta.authors,
    language: meta.language,
    url: meta.canonicalUrl ?? fetched.url,
    fetchedUrl: fetched.url,
    body: `${paragraphs.join('\n\n')}\n`,
  };
  return { ok: true, article };
}
