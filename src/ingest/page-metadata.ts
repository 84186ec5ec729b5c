// What a page says about itself, in order of trust: JSON-LD NewsArticle, then og:/article: meta tags, then <title>;
// the published time as page-dates.ts orders its sources. A "modified" or "updated" time is never taken as the
// published one. URLs are resolved against the fetched URL.
import { jsonLdArticle, jsonLdPageDate, jsonLdPageTypes } from './json-ld.ts';
import { statedPublished } from './page-dates.ts';
import { compactName, nameSpellsHost } from './page-outlet.ts';

export interface PageMetadata {
  readonly headline?: string;
  readonly outlet?: string;
  /** The publication time exactly as the page states it (with its zone when it gives one). */
  readonly publishedAt?: string;
  readonly authors: readonly string[];
  readonly language?: string;
  readonly canonicalUrl?: string;
  /** The publisher's site as JSON-LD states it: a claim checked against the serving host (page-outlet.ts). */
  readonly publisherUrl?: string;
  readonly accessibleForFree?: boolean;
  /** True when the page states its date in its metadata (JSON-LD, meta tags, microdata), not only in a <time>. */
  readonly statesDate: boolean;
  /** True when JSON-LD describes an article (NewsArticle and its kin). */
  readonly describesArticle: boolean;
  /** What the page says it is when that is not an article: JSON-LD CollectionPage, ItemList, Product; og:type product. */
  readonly notArticleType?: string;
}

/** The parts of a DOM document this reads; linkedom's and jsdom's both fit. */
export interface MetaDocument {
  querySelectorAll(
    selector: string,
  ): Iterable<{ getAttribute(name: string): string | null; textContent: string | null }>;
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
}

export function pageMetadata(doc: MetaDocument, fetchedUrl: string): PageMetadata {
  const blocks = [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? '');
  const ld = jsonLdArticle(blocks);
  const dates = { article: ld?.datePublished, page: jsonLdPageDate(blocks) };
  const meta = (key: string): string | undefined => {
    for (const el of doc.querySelectorAll('meta')) {
      const name = el.getAttribute('property') ?? el.getAttribute('name');
      const content = el.getAttribute('content')?.trim();
      if (name?.toLowerCase() === key && content) return content;
    }
    return undefined;
  };
  const siteName = meta('og:site_name');
  const outlet = ld?.publisher ?? siteName;
  const title = clean(doc.querySelector('title')?.textContent);
  // The outlet's name after the headline ("... | eHow") is cut from every source, not only <title>, whichever of the
  // page's names for itself it is (publisher, og:site_name) or when it spells the host.
  const names = [ld?.publisher, siteName].filter((n) => n !== undefined);
  const headline = [ld?.headline, meta('og:title'), title]
    .map((h) => clean(h && stripOutletSuffix(h, names, fetchedUrl)))
    .find((h) => h !== undefined && h.length <= 300);
  const canonical = doc.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? meta('og:url') ?? ld?.url;
  const lang = ld?.inLanguage ?? doc.querySelector('html')?.getAttribute('lang') ?? meta('og:locale');
  return {
    headline,
    outlet: clean(outlet) ?? outletFromTitle(title, fetchedUrl),
    publishedAt: statedPublished(doc, dates),
    statesDate: statedPublished(doc, dates, { timeElements: false }) !== undefined,
    authors: ld?.authors ?? (meta('author') ? [meta('author') ?? ''] : []),
    language: /^([a-z]{2})(?:$|[-_])/i.exec(lang ?? '')?.[1]?.toLowerCase(),
    canonicalUrl: canonical ? resolveHttp(canonical, fetchedUrl) : undefined,
    publisherUrl: ld?.publisherUrl ? resolveHttp(ld.publisherUrl, fetchedUrl) : undefined,
    accessibleForFree: ld?.accessibleForFree,
    describesArticle: ld !== undefined,
    notArticleType:
      jsonLdPageTypes(blocks)[0] ?? (meta('og:type')?.toLowerCase() === 'product' ? 'product' : undefined),
  };
}

function clean(text: string | undefined | null): string | undefined {
  const t = text?.replace(/\s+/g, ' ').trim();
  return t ? t : undefined;
}

/** Title separators sites put between the headline and their name: "Headline | Outlet", "Headline - Outlet". */
const TITLE_SUFFIX = /^(.+?)\s+[|\-–—·:]\s+([^|\-–—·:]{2,60})$/;

/** The title without a trailing site name, when that name is one the page gives itself or spells the host name. */
function stripOutletSuffix(title: string, names: readonly string[], fetchedUrl: string): string {
  const m = TITLE_SUFFIX.exec(title);
  if (!m?.[1] || !m[2]) return title;
  const suffix = compactName(m[2]);
  const named = suffix.length > 0 && names.some((name) => compactName(name) === suffix);
  return named || nameSpellsHost(m[2], new URL(fetchedUrl).hostname) ? m[1] : title;
}

/** With no outlet stated, a title suffix that spells the host name ("Daily Ledger" on dailyledger.example) is it. */
function outletFromTitle(title: string | undefined, fetchedUrl: string): string | undefined {
  const m = title ? TITLE_SUFFIX.exec(title) : null;
  return m?.[2] && nameSpellsHost(m[2], new URL(fetchedUrl).hostname) ? m[2].trim() : undefined;
}

function resolveHttp(href: string, base: string): string | undefined {
  try {
    const url = new URL(href, base);
    url.hash = '';
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
