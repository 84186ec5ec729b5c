// The index terms a question word may appear as in the articles: its WordNet relatives and the newsroom table, the
// kinds of X for the head of "which X", the plain verb of a prefixed one, and the article word nearest a typo.
import { distance } from 'fastest-levenshtein';
import type { AskIndex } from './ask-index.ts';
import { DOMAIN_WORDS } from './domain-words.ts';
import { kindsOf, lemmasOf, relatedWords, type RelatedWord } from './related-words.ts';
import { termOf } from './tokenize.ts';

/** Relatives kept per word, best first: enough for paraphrase, few enough to keep search fast. */
const MAX_RELATIVES = 6;

/**
 * The index terms a question word may appear as in an article, each with its factor: the newsroom paraphrase table
 * (domain-words.ts) and WordNet's relatives (related-words.ts, loaded on the first question that needs them).
 */
export function relativesOf(index: AskIndex, word: string, exact: number | undefined): Map<number, number> {
  const best = new Map<number, number>();
  if (/\d/.test(word)) return best;
  const offered = [...tableWords(word), ...relatedWords(word)];
  for (const related of offered) {
    const id = termIdOf(index, related.word);
    if (id === undefined || id === exact || related.factor <= (best.get(id) ?? 0)) continue;
    best.set(id, related.factor);
  }
  return new Map([...best].sort((a, b) => b[1] - a[1]).slice(0, MAX_RELATIVES));
}

/**
 * The head of "which X" also meets the nouns naming a kind of X (related-words.ts, kindsOf), closest first and beyond
 * the relatives' cap: the head is a gate a sentence must pass, and one relative fewer would refuse the sentence that
 * names the X by its kind.
 */
export function addKinds(index: AskIndex, word: string, exact: number | undefined, related: Map<number, number>): void {
  let added = 0;
  // Closest kinds first (kindsOf is sorted): "which people" has thousands, and each term is searched.
  for (const kind of kindsOf(word)) {
    if (added >= MAX_KINDS) break;
    const id = termIdOf(index, kind.word);
    if (id === undefined || id === exact || kind.factor <= (related.get(id) ?? 0)) continue;
    related.set(id, kind.factor);
    added++;
  }
}

/** Kinds of X kept for the head, of those the articles use: enough for "which official", bounded for "which person". */
const MAX_KINDS = 40;

/** The terms of X and of the words that name an X (the newsroom table, its WordNet relatives and kinds), for the reader's span. */
export function headTermsOf(word: string | undefined): ReadonlySet<string> {
  if (word === undefined) return new Set();
  const words = [
    word,
    ...tableWords(word).map((r) => r.word),
    ...relatedWords(word).map((r) => r.word),
    ...kindsOf(word).map((k) => k.word),
  ];
  return new Set(words.map((w) => termOf(w)).filter((t) => t !== null));
}

/** The newsroom table's paraphrases of a word, by each of its lemmas (domain-words.ts). */
function tableWords(word: string): RelatedWord[] {
  return lemmasOf(word).flatMap((lemma) => DOMAIN_WORDS.get(lemma) ?? []);
}

/** Prefixes that make a verb of a verb ("debrief", "reopen", "co-host"): the articles may use the plain verb. */
const VERB_PREFIX = /^(?:de|re|pre|co|un|mis|over|out|under)(?=[a-z]{4})/;
/** The plain verb is near the prefixed one ("brief" for "debrief"), but it is not the same relation. */
const UNPREFIXED_FACTOR = 0.6;

/** A word no article uses, with a verb prefix, is met by the plain word the articles do use ("debrief" -> "brief"). */
export function addUnprefixed(index: AskIndex, word: string, related: Map<number, number>): void {
  const plain = word.replace(VERB_PREFIX, '');
  if (plain === word) return;
  const id = termIdOf(index, plain);
  if (id !== undefined && UNPREFIXED_FACTOR > (related.get(id) ?? 0)) related.set(id, UNPREFIXED_FACTOR);
}

/** The article word nearest a misspelled question word ("tiananmin" -> "tiananmen"), most common first on ties. */
export function correctTypo(index: AskIndex, word: string): number | undefined {
  if (word.length < 5) return undefined;
  const allowed = word.length >= 8 ? 2 : 1;
  let best: { id: number; d: number; df: number } | undefined;
  for (let length = word.length - allowed; length <= word.length + allowed; length++) {
    for (const candidate of index.wordsByLength.get(length) ?? []) {
      if (candidate[0] !== word[0] && candidate.at(-1) !== word.at(-1)) continue;
      const d = distance(word, candidate);
      if (d > allowed) continue;
      const id = termIdOf(index, candidate);
      if (id === undefined) continue;
      const df = index.df[id] ?? 0;
      if (!best || d < best.d || (d === best.d && df > best.df)) best = { id, d, df };
    }
  }
  return best?.id;
}

/** The index term id of a word, or undefined for a stopword or a word no article uses. */
export function termIdOf(index: AskIndex, word: string): number | undefined {
  const term = termOf(word);
  return term === null ? undefined : index.terms.find(term);
}
