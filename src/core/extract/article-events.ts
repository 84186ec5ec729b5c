// Stage 6: the dated events of one article. Each time expression that resolves to a day, month or year makes an
// event whose line is the source's own words (its clause when the sentence holds several dates) and whose quote is
// the sentence. A sentence without time words that reports an event kind is dated only by the article itself: by an
// event of the same kind the article dates ("the parade"), else, when it reports something done, by the last day
// the article stated, else by its publication day when the article reports that day's news (an analysis or a later
// report does not date old events to its own publication day); such dates are marked inferred. Nothing else is dated:
// not a dateline, not a fragment without a verb. A line is the event's label (event-label.ts), never a whole paragraph.
import type { AnnotatedArticle, Granularity, Quantity } from './annotated-article.ts';
import type { ArticlePerson } from './article-people.ts';
import { clauseAt, clausesOf, isExpectedAt } from './clauses.ts';
import { datelineLength, eventLabel } from './event-label.ts';
import { eventKindsIn } from './event-kinds.ts';
import { addDays } from '../calendar.ts';
import { quoteAround } from './quote-around.ts';
import { timePatterns } from './time-patterns.ts';

export interface ArticleEvent {
  readonly article: string;
  readonly sentence: number;
  /** The event's label: the shortest verbatim span of the sentence that carries it. */
  readonly line: string;
  readonly quote: string;
  readonly date: string;
  readonly granularity: Granularity;
  /** The source's own words for the time; absent when the date comes from the article, not the sentence. */
  readonly wording?: string;
  readonly inferred: boolean;
  readonly status: 'happened' | 'expected';
  readonly partOfDay?: string;
  readonly clock?: string;
  readonly kinds: ReadonlySet<string>;
  /** Indexes into the article's people. */
  readonly people: ReadonlySet<number>;
  readonly quantities: readonly EventQuantity[];
  /** The kinds its label reports (narrower than `kinds`, which reads the whole clause or sentence). */
  readonly lineKinds: ReadonlySet<string>;
}

export interface EventQuantity extends Quantity {
  /** The clause that states it, verbatim: what a conflict shows as the claim. */
  readonly span: string;
  /** The kinds of event that clause reports: a duration is compared only with durations of the same kind. */
  readonly kinds: ReadonlySet<string>;
}

export function articleEvents(doc: AnnotatedArticle, people: readonly ArticlePerson[]): ArticleEvent[] {
  const expected = timePatterns(doc.words).expected;
  const events: ArticleEvent[] = [];
  const undated: number[] = [];
  const peopleIn = (s: number): Set<number> => {
    const own = people.flatMap((p, i) => (p.sentences.has(s) ? [i] : []));
    const previous = people.flatMap((p, i) => (p.sentences.has(s - 1) ? [i] : []));
    return new Set(own.length > 0 ? own : previous);
  };
  const withSpan =
    (text: string) =>
    (q: Quantity): EventQuantity => {
      const span = eventLabel(text, q.start, doc.words);
      return { ...q, span, kinds: eventKindsIn(span, doc.words) };
    };
  for (const sentence of doc.sentences) {
    const text = sentence.text;
    const quote = quoteAround(text);
    if (isVerblessFragment(text, sentence.times)) continue;
    // A dateline's date is when the report was filed, not an event.
    const dateline = datelineLength(text);
    const times = sentence.times.filter((t) => t.start >= dateline);
    if (times.length === 0) {
      undated.push(sentence.index);
      continue;
    }
    const clauses = clausesOf(text);
    for (const time of times) {
      const clause = times.length > 1 ? clauseAt(clauses, time.start) : undefined;
      const scope = clause?.text ?? text;
      const inScope = (q: Quantity): boolean => !clause || (clause.start <= q.start && q.start < clause.end);
      const line = eventLabel(text, time.start, doc.words).slice(0, 300);
      events.push({
        article: doc.id,
        sentence: sentence.index,
        line,
        lineKinds: eventKindsIn(line, doc.words),
        quote,
        date: time.date,
        granularity: time.granularity,
        wording: time.wording.slice(0, 200),
        inferred: time.inferred,
        status: !isSince(time.wording, doc) && isExpectedAt(text, time.start, expected) ? 'expected' : 'happened',
        ...(time.partOfDay ? { partOfDay: time.partOfDay } : {}),
        ...(time.clock ? { clock: time.clock } : {}),
        kinds: eventKindsIn(scope, doc.words),
        people: peopleIn(sentence.index),
        quantities: sentence.quantities.filter(inScope).map(withSpan(text)),
      });
    }
  }
  const reportsItsOwnDay = reportsDayNews(doc);
  for (const index of undated) {
    const sentence = doc.sentences[index];
    if (!sentence) continue;
    const kinds = eventKindsIn(sentence.text, doc.words);
    if (kinds.size === 0) continue;
    const status = isExpectedAt(sentence.text, 0, expected) ? 'expected' : 'happened';
    const sameKind = events.find((e) => e.granularity === 'day' && [...e.kinds].some((k) => kinds.has(k)));
    const lastDay = [...events]
      .reverse()
      .find((e) => e.sentence < index && e.granularity === 'day' && e.date <= doc.published);
    // An expected or uncounted sentence needs an event of its kind to lean on; a done one may take the last day.
    const mayTakeLastDay = status === 'happened';
    const publicationDay = doc.publishedEstimated || !reportsItsOwnDay ? undefined : doc.published;
    const date = sameKind?.date ?? (mayTakeLastDay ? (lastDay?.date ?? publicationDay) : undefined);
    if (!date) continue;
    const line = eventLabel(sentence.text, 0, doc.words).slice(0, 300);
    events.push({
      article: doc.id,
      sentence: index,
      line,
      lineKinds: eventKindsIn(line, doc.words),
      quote: quoteAround(sentence.text),
      date,
      granularity: 'day',
      inferred: true,
      status,
      kinds,
      people: peopleIn(index),
      quantities: sentence.quantities.map(withSpan(sentence.text)),
    });
  }
  return events.sort((a, b) => a.sentence - b.sentence);
}

/**
 * News of the day, unless the article looks back: it places things in its own year (a day or a month), yet none of
 * them within two days of its publication ("In early September ...", written in October). Such an analysis or later
 * report does not date its sentences without time words to its own publication day. An article stating no time of its
 * year at all reads as the day's news.
 */
function reportsDayNews(doc: AnnotatedArticle): boolean {
  const earliest = addDays(doc.published, -2);
  const year = doc.published.slice(0, 4);
  const ofItsYear = doc.sentences
    .flatMap((s) => s.times)
    .filter((t) => t.granularity !== 'year' && t.date.startsWith(year));
  return ofItsYear.length === 0 || ofItsYear.some((t) => t.granularity === 'day' && t.date >= earliest);
}

/**
 * "since 1959": the time words date the start of a span that reaches the present, which has happened, even in a
 * clause about the future ("will be the first to attend since 1959").
 */
function isSince(wording: string, doc: AnnotatedArticle): boolean {
  const first = wording.trim().toLowerCase();
  return doc.words.sincePrepositions.some((p) => first.startsWith(`${p} `));
}

/**
 * A fragment without a verb ("Pekín, 2 sep (EFE).", "Sept. 3, 2025", a photo credit): once its time words, names,
 * numbers and bracketed credits are set aside, no lower-case word of three letters or more is left. It reports
 * nothing, so it dates nothing.
 */
export function isVerblessFragment(sentence: string, times: readonly { start: number; end: number }[]): boolean {
  let rest = sentence;
  for (const t of times) rest = `${rest.slice(0, t.start)}${' '.repeat(t.end - t.start)}${rest.slice(t.end)}`;
  rest = rest.replace(/\([^)]*\)/gu, ' ');
  return !/(?<![\p{L}\p{N}])\p{Ll}{3,}/u.test(rest);
}
