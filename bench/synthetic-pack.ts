// A synthetic story pack for `ask` at scale, built in memory (no files): the bundled articles, then thousands of
// generated ones whose sentences draw words from a Zipf distribution (a few very common words, a long tail of rare
// ones) over the bundled articles' vocabulary plus invented words, with the fact sheet's names, days and numbers
// mixed in so questions about the story touch long postings lists, as they would in a real archive.
import type { Article, StoryPack } from '../src/core/story-pack.ts';

export interface SyntheticOptions {
  readonly articles: number;
  readonly sentencesPerArticle: number;
  readonly seed: number;
  /** Size of the invented part of the vocabulary. */
  readonly inventedWords?: number;
}

const SYLLABLES = 'ka to mi re su na lo vi de pa shi ren gol bar tek mon dal fin gra zu ol ex an or quel'.split(' ');
const DAYS = ['on Tuesday', 'on Wednesday', 'early Monday', 'on Sep 3', 'on 2 September', 'in 2015', 'in 2018',
  'next week', 'last month', 'yesterday']; // prettier-ignore
const NUMBERS = ['about 70 minutes', 'thousands of troops', 'over 20 leaders', 'six years', 'two hours', '14 tanks'];

export function syntheticPack(base: StoryPack, options: SyntheticOptions): StoryPack {
  const random = mulberry32(options.seed);
  const vocabulary = buildVocabulary(base, options.inventedWords ?? 30_000, random);
  const zipf = zipfTable(vocabulary.length, 1.07);
  const names = base.facts.people.flatMap((p) => [...p.spellings, ...p.shortNames]);
  const template = base.articles[0];
  if (!template) throw new Error('the base pack has no articles');
  const generated: Article[] = [];
  for (let a = 0; a < options.articles - base.articles.length; a++) {
    const sentences: string[] = [];
    for (let s = 0; s < options.sentencesPerArticle; s++) {
      const length = 10 + Math.floor(random() * 18);
      const words: string[] = [];
      for (let w = 0; w < length; w++) words.push(vocabulary[pick(zipf, random())] ?? 'the');
      if (random() < 0.2) words.splice(Math.floor(random() * length), 0, names[Math.floor(random() * names.length)]!);
      if (random() < 0.1) words.splice(Math.floor(random() * length), 0, DAYS[Math.floor(random() * DAYS.length)]!);
      if (random() < 0.06) words.push(NUMBERS[Math.floor(random() * NUMBERS.length)]!);
      // One join, so each sentence is one flat string, as a pack read from files holds: a string built as
      // `${first}${rest}.` is a rope V8 flattens into a second copy the first time the index reads it, which the
      // bench then counted as the index's memory (about 40 MB at this size).
      const first = words[0] ?? 'the';
      words[0] = first.charAt(0).toUpperCase() + first.slice(1);
      words[words.length - 1] += '.';
      sentences.push(words.join(' '));
    }
    const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
    generated.push({
      ...template,
      id: `s${String(a).padStart(5, '0')}`,
      file: `synthetic/${a}.md`,
      // August only: the story's "today" stays the newest real article's day, so relative dates mean the same.
      published: `2025-08-${day}`,
      furniture: [],
      body: sentences.join(' '),
      sentences,
    });
  }
  const articles = [...base.articles, ...generated];
  return { ...base, loadedAt: new Date(), articles, articleById: new Map(articles.map((a) => [a.id, a])) };
}

/** Real words first (most frequent ranks), then invented ones for the long tail. */
function buildVocabulary(base: StoryPack, invented: number, random: () => number): string[] {
  const real = [
    ...new Set(
      base.articles.flatMap(
        (a) =>
          a.sentences
            .join(' ')
            .toLowerCase()
            .match(/[a-z]+/g) ?? [],
      ),
    ),
  ];
  const made = new Set<string>();
  while (made.size < invented) {
    const parts = 2 + Math.floor(random() * 3);
    let word = '';
    for (let i = 0; i < parts; i++) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    made.add(word);
  }
  return [...real, ...made];
}

function zipfTable(n: number, s: number): Float64Array {
  const cumulative = new Float64Array(n);
  let sum = 0;
  for (let r = 0; r < n; r++) cumulative[r] = sum += 1 / (r + 1) ** s;
  for (let r = 0; r < n; r++) cumulative[r]! /= sum;
  return cumulative;
}

function pick(cumulative: Float64Array, u: number): number {
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid]! < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Small seeded PRNG: the same pack on every run, so figures compare across runs. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
