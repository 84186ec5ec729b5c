// The publication time a page states, in order of trust (docs/ingest.md): JSON-LD datePublished of the article (read
// in json-ld.ts and passed in), `article:published_time`, microdata `itemprop="datePublished"`, the common news meta
// tags, the JSON-LD WebPage's datePublished, a <time datetime> in the article's header, then a numeric date written
// in an element named for it (`class="date"`, `id="publish-time"`: "2026-03-14 10:21", "2026.03.14", "2026年3月14日").
// A stated value that is not a date (or an implausible year) is passed over for the next source; a modified or
// updated time is never read.
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
    () => (timeElements ? writtenDate(doc) : undefined),
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

/** Whole words of class/id names that label a date (split on `-`, `_`, camelCase), e.g. `news-date`, `pubTime`. */
const DATE_WORDS = new Set(['date', 'time', 'publish', 'published', 'pubdate', 'pubtime', 'posted', 'dateline']);
/** A numeric year-month-day as news pages write it: 2026-03-14, 2026/3/14, 2026.03.14, 2026年3月14日. */
const WRITTEN_DATE = /(?<!\d)((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)/;
/** Elements looked at: the first few so named (a listing's teasers come later, if at all). */
const NAMED_ELEMENTS = 5;

function writtenDate(doc: DateDocument): string | undefined {
  let seen = 0;
  for (const el of doc.querySelectorAll('[class], [id]')) {
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    const words = names
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[-_\s]+/);
    if (!words.some((w) => DATE_WORDS.has(w)) || /\b(updated?|modified)\b/i.test(names)) continue;
    const m = WRITTEN_DATE.exec((el.textContent ?? '').slice(0, 200));
    if (m?.[1] && m[2] && m[3]) return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
    if (++seen >= NAMED_ELEMENTS) return undefined;
  }
  return undefined;
}
