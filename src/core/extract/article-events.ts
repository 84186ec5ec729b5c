// Stage 6: the dated events of one article. Each time expression that resolves to a day, month or year makes an
// event whose line is the source's own words (its clause when the sentence holds several dates) and whose quote is
// the sentence. A sentence without time words that reports an event kind is dated only by the article itself: by an
// event of the same kind the article dates ("the parade"), else, when it reports something done, by the last day
// the article stated, else by its publication day; such dates are marked inferred. Nothing else is dated.
import type { AnnotatedArticle, Granularity, Quantity } from './annotated-article.ts';
import type { ArticlePerson } from './article-people.ts';
import { clauseAt, clausesOf, isExpectedAt } from './clauses.ts';
import { eventKindsIn } from './event-kinds.ts';
import { quoteAround } from './quote-around.ts';
import { timePatterns } from './time-patterns.ts';

export interface ArticleEvent {
  readonly article: string;
  readonly sentence: number;
  /** The source's words: the clause, or the whole sentence. */
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
  readonly quantities: readonly Quantity[];
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
  for (const sentence of doc.sentences) {
    const text = sentence.text;
    const quote = quoteAround(text);
    if (sentence.times.length === 0) {
      undated.push(sentence.index);
      continue;
    }
    const clauses = clausesOf(text);
    for (const time of sentence.times) {
      const clause = sentence.times.length > 1 ? clauseAt(clauses, time.start) : undefined;
      const scope = clause?.text ?? text;
      const inScope = (q: Quantity): boolean => !clause || (clause.start <= q.start && q.start < clause.end);
      events.push({
        article: doc.id,
        sentence: sentence.index,
        line: (clause?.text.trim() ?? text).slice(0, 300),
        quote,
        date: time.date,
        granularity: time.granularity,
        wording: time.wording.slice(0, 200),
        inferred: time.inferred,
        status: isExpectedAt(text, time.start, expected) ? 'expected' : 'happened',
        ...(time.partOfDay ? { partOfDay: time.partOfDay } : {}),
        ...(time.clock ? { clock: time.clock } : {}),
        kinds: eventKindsIn(scope, doc.words),
        people: peopleIn(sentence.index),
        quantities: sentence.quantities.filter(inScope),
      });
    }
  }
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
    const publicationDay = doc.publishedEstimated ? undefined : doc.published;
    const date = sameKind?.date ?? (mayTakeLastDay ? (lastDay?.date ?? publicationDay) : undefined);
    if (!date) continue;
    events.push({
      article: doc.id,
      sentence: index,
      line: sentence.text.slice(0, 300),
      quote: quoteAround(sentence.text),
      date,
      granularity: 'day',
      inferred: true,
      status,
      kinds,
      people: peopleIn(index),
      quantities: sentence.quantities,
    });
  }
  return events.sort((a, b) => a.sentence - b.sentence);
}
