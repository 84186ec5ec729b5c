// The inverted index `ask` searches: every article sentence as index terms (stems, people, resolved days), in flat
// typed arrays so 300,000 sentences fit in tens of megabytes and a question touches only the postings of its terms.
// Built once per pack and cached, like pack-index.ts: packs are immutable once loaded.
import { perPack } from '../per-pack.ts';
import type { StoryPack } from '../story-pack.ts';
import { B, K1 } from './bm25.ts';
import { bylineWords, isByline } from './byline.ts';
import { englishFor } from './language-bridge.ts';
import { buildNameKeys, personsIn, type NameKeys } from './name-keys.ts';
import { termOf, foldWords } from './tokenize.ts';
import { isTimeWord, NO_TIME, timeIn } from './time-words.ts';
import { TermTable } from './term-table.ts';
import { buildDescriptions, describedPersons, type Descriptions } from './person-descriptions.ts';
import { pairedCountryWords } from './paired-places.ts';
import { aboutPersons } from './sentence-about.ts';

export interface AskIndex {
  readonly pack: StoryPack;
  readonly names: NameKeys;
  /** People by the roles the pack gives them: "the North Korean leader". */
  readonly descriptions: Descriptions;
  /** The story's "today": the newest article's publication day, for "yesterday" or "on Wednesday" in questions. */
  readonly today: string;
  readonly sentenceCount: number;
  readonly sentenceArticle: Int32Array;
  readonly sentenceNo: Int32Array;
  /** Word terms per sentence, for BM25 length normalisation. */
  readonly lengths: Uint16Array;
  readonly avgLength: number;
  /** BM25's K1 * (1 - B + B * length / avgLength) per sentence, computed once. */
  readonly lengthNorm: Float32Array;
  readonly terms: TermTable;
  /** Sentences per term (document frequency), by term id. */
  readonly df: Int32Array;
  /** Terms of sentence s, ascending (duplicates kept): sentenceTerms[termStart[s] .. termStart[s+1]). */
  readonly termStart: Int32Array;
  readonly sentenceTerms: Int32Array;
  /**
   * Terms of each article's attribution: outlet, what it is based on, its language's English name. "According to
   * AP" or "the Spanish-language report" is answered by any sentence of such an article.
   */
  readonly articleTerms: readonly ReadonlySet<number>[];
  /** Postings of term t: postings[postingStart[t] .. postingStart[t+1]), ascending sentence ids. */
  readonly postingStart: Int32Array;
  readonly postings: Int32Array;
  readonly tfs: Uint8Array;
  /**
   * People sentence s names or describes: personList[personStart[s] .. personStart[s+1]). Its index terms also hold
   * the people it is about by a pronoun (sentence-about.ts).
   */
  readonly personStart: Int32Array;
  readonly personList: Uint16Array;
  /** Ordinary words of the articles by length, for correcting a misspelled question word. */
  readonly wordsByLength: ReadonlyMap<number, readonly string[]>;
  /** Every ordinary (non-stopword) word the articles use. */
  readonly vocabulary: ReadonlySet<string>;
}

export const askIndexOf: (pack: StoryPack) => AskIndex = perPack(buildAskIndex);

export function personTerm(person: number): string {
  return `@p:${person}`;
}
export function dayTerm(day: string): string {
  return `@d:${day}`;
}
export function monthTerm(month: string): string {
  return `@m:${month}`;
}

function buildAskIndex(pack: StoryPack): AskIndex {
  const names = buildNameKeys(pack);
  const descriptions = buildDescriptions(pack.facts.people);
  const terms = new TermTable();
  const count = pack.articles.reduce((n, a) => n + a.sentences.length, 0);
  const sentenceArticle = new Int32Array(count);
  const sentenceNo = new Int32Array(count);
  const lengths = new Uint16Array(count);
  const termStart = new Int32Array(count + 1);
  const personStart = new Int32Array(count + 1);
  let buffer = new Int32Array(count * 16 + 16);
  let used = 0;
  const personBuffer: number[] = [];
  const vocabulary = new Set<string>();
  /** Per distinct word, everything indexing needs: one map lookup per word of 300,000 sentences. */
  const wordInfo = new Map<string, { id: number; time: boolean; nameStart: boolean; describes: boolean }>();
  const push = (id: number): void => {
    if (used === buffer.length) {
      const bigger = new Int32Array(buffer.length * 2);
      bigger.set(buffer);
      buffer = bigger;
    }
    buffer[used++] = id;
  };
  /** A word the sentence stands for without writing it (a byline's headline, a foreign event word's English). */
  const pushWord = (word: string): void => {
    const term = termOf(word);
    if (term !== null) push(terms.idOf(term));
  };

  let s = 0;
  pack.articles.forEach((article, a) => {
    let previous: number[] = [];
    const foreign = article.language !== undefined && article.language !== 'en';
    article.sentences.forEach((text, n) => {
      const words = foldWords(text);
      const start = used;
      let mayHaveTime = false;
      let namesSomeone = false;
      let describesSomeone = false;
      for (let i = 0; i < words.length; i++) {
        const word = words[i]!;
        let info = wordInfo.get(word);
        if (info === undefined) {
          const term = termOf(word);
          const id = term === null ? -1 : terms.idOf(term);
          if (id >= 0 && !/\d/.test(word)) vocabulary.add(word);
          info = {
            id,
            time: isTimeWord(word),
            nameStart: names.byFirstWord.has(word),
            describes: descriptions.byFirstWord.has(word),
          };
          wordInfo.set(word, info);
        }
        if (info.id >= 0) push(info.id);
        if (foreign) for (const english of englishFor(article.language, word)) pushWord(english);
        mayHaveTime ||= info.time;
        namesSomeone ||= info.nameStart;
        describesSomeone ||= info.describes;
      }
      // Most sentences name no time: time-words.ts reads only those with a word it reacts to.
      const time = mayHaveTime ? timeIn(words, article.published) : NO_TIME;
      const persons = namesSomeone ? personsIn(names, words) : [];
      if (describesSomeone) {
        for (const p of describedPersons(descriptions, words).persons) if (!persons.includes(p)) persons.push(p);
      }
      const about = aboutPersons(words, persons, previous);
      previous = about;
      termStart[s] = start;
      sentenceArticle[s] = a;
      sentenceNo[s] = n;
      lengths[s] = Math.min(65_535, Math.max(1, used - start));
      if (isByline(text, n)) for (const word of bylineWords(article.headline ?? '')) pushWord(word);
      for (const word of pairedCountryWords(article.sentences, n, words)) pushWord(word);
      for (const p of about) push(terms.idOf(personTerm(p)));
      for (const day of time.days) push(terms.idOf(dayTerm(day)));
      for (const month of time.months) push(terms.idOf(monthTerm(month)));
      personStart[s] = personBuffer.length;
      personBuffer.push(...persons);
      s++;
    });
  });
  termStart[count] = used;
  personStart[count] = personBuffer.length;

  const articleTerms = pack.articles.map((article) => attributionTerms(article, terms));
  const { df, postingStart, postings, tfs, sorted } = invert(buffer.subarray(0, used), termStart, count, terms.size);
  let total = 0;
  for (const l of lengths) total += l;
  const avgLength = count > 0 ? total / count : 1;
  const lengthNorm = new Float32Array(count);
  for (let i = 0; i < count; i++) lengthNorm[i] = K1 * (1 - B + (B * lengths[i]!) / avgLength);
  return {
    pack,
    names,
    descriptions,
    today: pack.articles.reduce((max, a) => (a.published > max ? a.published : max), '0000-00-00'),
    sentenceCount: count,
    sentenceArticle,
    sentenceNo,
    lengths,
    avgLength,
    lengthNorm,
    terms,
    df,
    termStart,
    sentenceTerms: sorted,
    articleTerms,
    postingStart,
    postings,
    tfs,
    personStart,
    personList: Uint16Array.from(personBuffer),
    wordsByLength: byLength(vocabulary, names.nameWords),
    vocabulary,
  };
}

/** Sentence -> terms lists turned into term -> sentences postings, with each term's count in the sentence. */
function invert(buffer: Int32Array, termStart: Int32Array, count: number, termCount: number) {
  const df = new Int32Array(termCount);
  const sorted = new Int32Array(termStart[count]!);
  for (let s = 0; s < count; s++) {
    const slice = buffer.subarray(termStart[s]!, termStart[s + 1]!);
    const ordered = sorted.subarray(termStart[s]!, termStart[s + 1]!);
    ordered.set(slice);
    ordered.sort();
    for (let i = 0; i < ordered.length; i++) if (i === 0 || ordered[i] !== ordered[i - 1]) df[ordered[i]!]!++;
  }
  const postingStart = new Int32Array(termCount + 1);
  for (let t = 0; t < termCount; t++) postingStart[t + 1] = postingStart[t]! + df[t]!;
  const fill = postingStart.slice(0, termCount);
  const postings = new Int32Array(postingStart[termCount]!);
  const tfs = new Uint8Array(postings.length);
  for (let s = 0; s < count; s++) {
    const end = termStart[s + 1]!;
    for (let i = termStart[s]!; i < end; i++) {
      const t = sorted[i]!;
      if (i > termStart[s]! && sorted[i - 1] === t) {
        const at = fill[t]! - 1;
        tfs[at] = Math.min(255, tfs[at]! + 1);
        continue;
      }
      const at = fill[t]!++;
      postings[at] = s;
      tfs[at] = 1;
    }
  }
  return { df, postingStart, postings, tfs, sorted };
}

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

function attributionTerms(article: StoryPack['articles'][number], terms: TermTable): Set<number> {
  const language = article.language ? LANGUAGE_NAMES.of(article.language) : undefined;
  const text = [article.outlet, article.basedOn ?? '', language ?? ''].join(' ');
  const ids = new Set<number>();
  // "Associated Press" is "AP", "Agence France-Presse" "AFP": a run of capitalised words is also met by its initials.
  const initials = [...text.matchAll(/\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)+/gu)].map((m) =>
    m[0]
      .split(/[\s-]+/)
      .map((w) => w[0] ?? '')
      .join('')
      .toLowerCase(),
  );
  for (const word of [...foldWords(text), ...initials]) {
    const term = termOf(word);
    if (term !== null) ids.add(terms.idOf(term));
  }
  return ids;
}

function byLength(vocabulary: ReadonlySet<string>, nameWords: ReadonlySet<string>): Map<number, string[]> {
  const map = new Map<number, string[]>();
  for (const word of vocabulary) {
    if (nameWords.has(word)) continue;
    const list = map.get(word.length);
    if (list) list.push(word);
    else map.set(word.length, [word]);
  }
  return map;
}
