// Page text to what the pack needs from it, or a refusal with its reason: parsed within the DOM limits, metadata read,
// the article extracted, non-articles, paywall stubs and teasers refused. Pure and synchronous: it runs in the
// extraction worker (extract-worker.ts), where a deadline and a memory limit bound it.
import { countWords } from './count-words.ts';
import { extractArticle } from './extract-body.ts';
import type { PageRefusal } from './page-article.ts';
import { isReaderable, notArticleReason } from './page-kind.ts';
import { pageMetadata, type MetaDocument, type PageMetadata } from './page-metadata.ts';
import type { DomLimits } from './dom-limits.ts';
import { parseWithinLimits } from './parse-html.ts';

/** Fewer words than this is a teaser, a caption or an index page, not an article. */
const MIN_ARTICLE_WORDS = 60;
/** A page that declares itself not free (JSON-LD isAccessibleForFree) and shows fewer words than this is a stub. */
const PAYWALL_STUB_WORDS = 200;

export type ExtractedPage =
  { ok: true; meta: PageMetadata; paragraphs: string[] } | { ok: false; refusal: PageRefusal; message: string };

export function extractPage(html: string, fetchedUrl: string, limits: DomLimits): ExtractedPage {
  const parsed = parseWithinLimits(html, limits);
  if (!parsed.ok) return { ok: false, refusal: 'too-complex', message: parsed.message };
  const { doc } = parsed;
  const meta = pageMetadata(doc as unknown as MetaDocument, fetchedUrl);
  // Readability's readerable check reads the page as fetched (before furniture goes) and costs about as much as the
  // parse on a big page, so it runs only for the pages it can decide: no article in JSON-LD, and no date.
  const readerable = meta.describesArticle || meta.statesDate || isReaderable(doc);
  const articleElements = doc.querySelectorAll('article').length;
  const read = extractArticle(doc);
  const paragraphs = read?.paragraphs ?? [];
  // The headline repeated as the body's first line is page furniture, not article text.
  if (meta.headline && paragraphs[0] === meta.headline) paragraphs.shift();
  const notArticle = notArticleReason({
    describesArticle: meta.describesArticle,
    notArticleType: meta.notArticleType,
    linkDensity: read?.linkDensity ?? 0,
    readerable,
    dated: meta.statesDate,
    articleElements,
  });
  if (notArticle) return { ok: false, refusal: 'not-article', message: notArticle };
  // Counted only as far as the thresholds below need.
  const words = countWords(paragraphs, Math.max(PAYWALL_STUB_WORDS, MIN_ARTICLE_WORDS));
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
  return { ok: true, meta, paragraphs };
}
