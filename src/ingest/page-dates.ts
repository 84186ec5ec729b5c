// The publication time a page states, in order of trust (docs/ingest.md): JSON-LD datePublished of the article (read
// in json-ld.ts and passed in), `article:published_time`, microdata `itemprop="datePublished"`, the common news meta
// tags, the JSON-LD WebPage's datePublished, then a <time datetime> in the article's header. A stated value that is not a date (or an implausible year) is passed
// over for the next source; a modified or updated time is never read.
import { publishedDay } from './published-day.ts';

interface DateElement {
  getAttribute(name: string): string | null;
  textContent: string | null;
}
export interface DateDocument {
  querySelectorAll(selector: string): Iterable<DateElement>;
}

/** Meta names news sites state their publication time in, most specific first (compared lower-cased). */
const NEWS_META = [
  'article:published_time',
  'og:article:published_time',
  'article.published',
  'article:published',
  'og:published_time',
  'parsely-pub-date',
  'sailthru.date',
  'publish-date',
  'publishdate',
  'publish_date',
  'pubdate',
  'datepublished',
  'dc.date.issued',
  'dcterms.issued',
  'dcterms.created',
  'dc.date',
  'citation_publication_date',
  'cxenseparse:recs:publishtime',
  'publication_date',
  'originalpublicationdate',
  'date',
];
/** Where a <time datetime> is the article's own, not a related story's: most specific first. */
const HEADER_TIMES = [
  'time[pubdate][datetime]',
  'article header time[datetime]',
  'main header time[datetime]',
  'article time[datetime]',
  'main time[datetime]',
];

/** `timeElements: false` reads only what the page states about itself (a listing has a <time> on every teaser). */
export function statedPublished(
  doc: DateDocument,
  jsonLd: { article?: string; page?: string },
  { timeElements = true } = {},
): string | undefined {
  const sources = [
    () => jsonLd.article,
    () => metaDate(doc, 'article:published_time'),
    () => microdataDate(doc),
    ...NEWS_META.map((name) => () => metaDate(doc, name)),
    () => jsonLd.page,
    ...(timeElements ? HEADER_TIMES : []).map(
      (selector) => () => first(doc, selector)?.getAttribute('datetime') ?? undefined,
    ),
  ];
  for (const source of sources) {
    const found = usable(source());
    if (found) return found;
  }
  return undefined;
}

function usable(value: string | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const day = publishedDay(text);
  const year = Number(day?.slice(0, 4));
  return day && year >= 1990 && year <= 2100 ? text : undefined;
}

function metaDate(doc: DateDocument, key: string): string | undefined {
  for (const el of doc.querySelectorAll('meta')) {
    const name = el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop');
    if (name?.toLowerCase() === key) return el.getAttribute('content') ?? undefined;
  }
  return undefined;
}

/** https://schema.org/datePublished as microdata: on a <meta content>, a <time datetime>, or an element's text. */
function microdataDate(doc: DateDocument): string | undefined {
  const el = first(doc, '[itemprop~="datePublished"]');
  return el ? (el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.textContent ?? undefined) : undefined;
}

function first(doc: DateDocument, selector: string): DateElement | undefined {
  for (const el of doc.querySelectorAll(selector)) return el;
  return undefined;
}
