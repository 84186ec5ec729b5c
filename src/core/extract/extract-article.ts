// The extraction pipeline over one article: tokens -> names -> roles -> times -> quantities -> people -> events.
// Pure: the same article always gives the same result (the story's "now" is each article's publication day).
// Never throws: input it cannot read is reported as skipped, with the reason, for `summit check`.
import type { AnnotatedArticle, AnnotatedSentence, NameMention, SkippedItem } from './annotated-article.ts';
import { articleEvents, type ArticleEvent } from './article-events.ts';
import { articlePeople, type ArticlePerson } from './article-people.ts';
import { findNames } from './find-names.ts';
import { findQuantities } from './find-quantities.ts';
import { withRoles } from './find-roles.ts';
import { findTimes } from './find-times.ts';
import { wordsFor, type LanguageWords } from './language-words.ts';
import { tokenize } from './tokenize.ts';
import { lookupFor } from './word-lookup.ts';

export interface ArticleInput {
  readonly id: string;
  readonly published: string;
  /** The publication day was estimated by an editor: it dates nothing by itself. */
  readonly publishedEstimated?: boolean;
  readonly language?: string;
  readonly sentences: readonly string[];
}

export interface ArticleExtraction {
  readonly article: string;
  readonly people: ArticlePerson[];
  readonly events: ArticleEvent[];
  readonly skipped: SkippedItem[];
}

/** Bounds keep one hostile article (2 MB on one line, a pasted page) from stalling a reload. */
const MAX_SENTENCES = 2000;
const MAX_SENTENCE_CHARS = 2000;
const MARKUP = /<\/?[a-z][a-z0-9]*(?:\s[^>]*)?>|&(?:nbsp|amp|quot|lt|gt|#\d+);|\{[^}]*:[^}]*\}/iu;

export function extractArticle(input: ArticleInput): ArticleExtraction {
  const skipped: SkippedItem[] = [];
  const skip = (what: string, reason: string): void => void skipped.push({ article: input.id, what, reason });
  const { words, supported } = wordsFor(input.language);
  if (!supported) skip('dates and roles', `no word list for language "${input.language}"; English words were used`);
  const doc: AnnotatedArticle = {
    id: input.id,
    published: input.published,
    publishedEstimated: input.publishedEstimated === true,
    language: input.language ?? 'en',
    words,
    sentences: [],
    skipped,
  };
  const kept = input.sentences.slice(0, MAX_SENTENCES);
  if (input.sentences.length > MAX_SENTENCES)
    skip(`sentences after ${MAX_SENTENCES}`, 'the article is longer than extraction reads');
  joinSplitAbbreviations(kept, words).forEach((text, index) => {
    if (text.length > MAX_SENTENCE_CHARS)
      return skip(`sentence ${index + 1}`, `longer than ${MAX_SENTENCE_CHARS} characters (not running text)`);
    if (MARKUP.test(text)) return skip(`sentence ${index + 1}`, 'contains HTML or page code');
    doc.sentences.push({
      index: doc.sentences.length,
      text,
      tokens: tokenize(text),
      names: [],
      times: [],
      quantities: [],
    });
  });
  try {
    return { article: input.id, ...readArticle(doc), skipped };
  } catch (error) {
    skip('the whole article', `extraction failed: ${error instanceof Error ? error.message : String(error)}`);
    return { article: input.id, people: [], events: [], skipped };
  }
}

function readArticle(doc: AnnotatedArticle): { people: ArticlePerson[]; events: ArticleEvent[] } {
  const lookup = lookupFor(doc.words);
  const lowercase = lowercaseWords(doc.sentences);
  const full: NameMention[][] = [];
  const single: NameMention[][] = [];
  let lastDay: string | undefined;
  for (const sentence of doc.sentences) {
    const found = findNames(sentence, lookup, lowercase);
    const named = withRoles(
      sentence.text,
      sentence.tokens,
      [...found.full, ...found.single].sort((a, b) => a.first - b.first),
      lookup,
    );
    full.push(named.filter((n) => n.last > n.first));
    single.push(named.filter((n) => n.last === n.first));
    sentence.names = named;
    sentence.times = findTimes(sentence.text, doc.words, doc.published, lastDay);
    sentence.quantities = findQuantities(sentence.text, doc.words, sentence.times);
    lastDay = sentence.times.filter((t) => t.granularity === 'day' && t.date <= doc.published).at(-1)?.date ?? lastDay;
  }
  const people = articlePeople(doc, { full, single });
  return { people, events: articleEvents(doc, people) };
}

// The pack's sentence splitter breaks after "Sept." or "4." inside a date ("BEIJING, Sept. 3 (Xinhua)", "am 4.
// September") and after a title abbreviation ("Reps. Kim A, Park B"); such a piece continues into the next.
// Joined with one space, as the quote check normalises.
const ENDS_IN_ABBREVIATION = /(?:^|[\s(])(?:\p{Lu}\p{Ll}{2,3}|\d{1,2})\.$/u;

function joinSplitAbbreviations(sentences: readonly string[], words: LanguageWords): string[] {
  const firstWord = (s: string): string => s.split(/[\s.,]/u)[0]?.toLowerCase() ?? '';
  const endsInTitle = (s: string): boolean =>
    words.titleWords.includes(s.match(/(\p{L}+)\.$/u)?.[1]?.toLowerCase() ?? '');
  const continues = (previous: string, s: string): boolean =>
    /^\d/u.test(s) || words.months[firstWord(s)] !== undefined || (endsInTitle(previous) && /^\p{Lu}/u.test(s));
  const out: string[] = [];
  for (const sentence of sentences) {
    const previous = out.at(-1);
    if (previous !== undefined && ENDS_IN_ABBREVIATION.test(previous) && continues(previous, sentence)) {
      out[out.length - 1] = `${previous} ${sentence}`;
    } else out.push(sentence);
  }
  return out;
}

function lowercaseWords(sentences: readonly AnnotatedSentence[]): Set<string> {
  const set = new Set<string>();
  for (const s of sentences) for (const t of s.tokens) if (t.isWord && !t.capitalized) set.add(t.lower);
  return set;
}
