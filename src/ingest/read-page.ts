// A URL to an article draft: fetch under the limits, HTML only, then the page read in a worker under the extraction
// budget (extract-in-worker.ts). Refusals say why in one line: a fetch failure or HTTP error, not HTML, not an
// article, too short, a paywall stub, over the budget, or the reader's crash; `transient` marks the ones worth
// trying again later (5xx, timeouts, network errors, a shutdown mid-read).
import { decodeBody } from './decode-body.ts';
import { DEFAULT_EXTRACT_BUDGET, extractInWorker, type ExtractBudget } from './extract-in-worker.ts';
import { fetchLimited, type FetchResult } from './fetch-limited.ts';
import type { FetchLimits } from './fetch-limits.ts';
import type { PageArticle, PageResult } from './page-article.ts';
import { publishedDay } from './published-day.ts';

/** https://html.spec.whatwg.org/multipage/iana.html — HTML and XHTML; anything else is refused before parsing. */
const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)\s*(;|$)/i;

export interface ReadPageOptions {
  readonly limits: FetchLimits;
  /** Day to record (marked estimated) when the page states no publication date: a feed item's date, or today. */
  readonly fallbackDay: string;
  readonly fallbackNote: string;
  readonly budget?: ExtractBudget;
  /** Shutdown: a read in progress is stopped and reported as transient. */
  readonly signal?: AbortSignal;
}

export async function readPage(url: string, options: ReadPageOptions): Promise<PageResult> {
  const fetched = await fetchLimited({
    url,
    limits: options.limits,
    accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
  });
  if (!fetched.ok) return { ok: false, refusal: 'fetch', message: fetched.message, transient: isTransient(fetched) };
  const type = fetched.headers.get('content-type');
  if (!HTML_TYPES.test(type ?? '')) {
    return {
      ok: false,
      refusal: 'not-html',
      message: `it is not a web page (${type?.split(';')[0] ?? 'no content type'})`,
    };
  }
  const read = await extractInWorker(
    { html: decodeBody(fetched.body, type), url: fetched.url, dom: (options.budget ?? DEFAULT_EXTRACT_BUDGET).dom },
    options.budget ?? DEFAULT_EXTRACT_BUDGET,
    options.signal,
  );
  if (read === 'stopped') {
    return { ok: false, refusal: 'fetch', message: 'stopped before the page was read', transient: true };
  }
  if (!read.ok) return read;
  const { meta, paragraphs } = read;
  const day = meta.publishedAt ? publishedDay(meta.publishedAt) : undefined;
  // The public-suffix list loads with the first page read, not with every process that could read one.
  const { pageOutlet } = await import('./page-outlet.ts');
  const { outlet, url: articleUrl, provenanceNote } = pageOutlet(meta, fetched.url);
  const article: PageArticle = {
    headline: meta.headline,
    outlet,
    published: day ?? options.fallbackDay,
    publishedEstimated: day === undefined,
    ...(day === undefined ? { publishedNote: options.fallbackNote } : {}),
    ...(meta.publishedAt && day ? { publishedAt: meta.publishedAt } : {}),
    authors: meta.authors,
    language: meta.language,
    url: articleUrl,
    fetchedUrl: fetched.url,
    ...(provenanceNote ? { provenanceNote } : {}),
    body: `${paragraphs.join('\n\n')}\n`,
  };
  return { ok: true, article };
}

/** Worth another try later: the server or the network failed, not the page (a 404 or a size cap stays refused). */
function isTransient(failure: Extract<FetchResult, { ok: false }>): boolean {
  if (failure.failure === 'timeout' || failure.failure === 'network') return true;
  const status = failure.status ?? 0;
  return failure.failure === 'http-status' && (status >= 500 || status === 408 || status === 429);
}
