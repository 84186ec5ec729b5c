// Lookup structures derived from a loaded pack, built once per pack and cached (packs are immutable once loaded).
import { foldWords } from './ask/tokenize.ts';
import { foldText, normalizeQuoteText } from './normalize-text.ts';
import { perPack } from './per-pack.ts';
import type { Article, Person, StoryPack } from './story-pack.ts';

export interface IndexedSentence {
  readonly article: Article;
  readonly text: string;
  /** foldText of the sentence, padded with spaces so ` word ` finds whole words. */
  readonly folded: string;
}

/** One spelling or short name of one person: the one name index that who, timeline, autocomplete and ask read. */
export interface NameKey {
  readonly person: Person;
  /** The person's position in pack.facts.people. */
  readonly personIndex: number;
  /** Folded name, e.g. "kim jong un". */
  readonly folded: string;
  readonly tokens: readonly string[];
  readonly compact: string;
  /** The name as ask's index words (foldWords: Cyrillic transliterated), so a question's words meet it exactly. */
  readonly words: readonly string[];
  /** `words` run together: "kimjongun". */
  readonly wordsCompact: string;
}

export interface PackIndex {
  readonly sentences: readonly IndexedSentence[];
  readonly nameKeys: readonly NameKey[];
  /** Keys by their first word (ask's words), longest first: exact matching costs one map lookup per word. */
  readonly nameKeysByFirstWord: ReadonlyMap<string, readonly NameKey[]>;
  /** Every word of every key (ask's words), so a name word is never mistaken for an ordinary word. */
  readonly nameWords: ReadonlySet<string>;
  /** Folded role text per person, for "who foreign minister". */
  readonly roleTokens: ReadonlyMap<string, ReadonlySet<string>>;
  /** The year most articles speak from: the default for "sep 3". */
  readonly storyYear: string;
}

export const indexOf: (pack: StoryPack) => PackIndex = perPack(buildIndex);

function buildIndex(pack: StoryPack): PackIndex {
  const sentences = pack.articles.flatMap((article) =>
    article.sentences.map((text) => ({ article, text, folded: ` ${foldText(text)} ` })),
  );
  const nameKeys = pack.facts.people.flatMap((person, personIndex) =>
    [person.name, ...person.spellings, ...person.otherSpellings, ...person.shortNames].map((name): NameKey => {
      const folded = foldText(name);
      const tokens = folded.split(' ');
      const words = foldWords(name);
      const compact = folded.replace(/ /g, '');
      return { person, personIndex, folded, tokens, compact, words, wordsCompact: words.join('') };
    }),
  );
  const nameKeysByFirstWord = new Map<string, NameKey[]>();
  for (const key of nameKeys) {
    const first = key.words[0];
    if (first !== undefined) nameKeysByFirstWord.set(first, [...(nameKeysByFirstWord.get(first) ?? []), key]);
  }
  for (const list of nameKeysByFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  const nameWords = new Set(nameKeys.flatMap((k) => k.words));
  const roleTokens = new Map(
    pack.facts.people.map((p) => [
      p.id,
      new Set(p.roles.flatMap((r) => foldText(`${r.role} ${p.country}`).split(' '))),
    ]),
  );
  // A loaded pack always has an article (the loader refuses an empty one).
  const latest = pack.articles.at(-1)?.published ?? '';
  return { sentences, nameKeys, nameKeysByFirstWord, nameWords, roleTokens, storyYear: latest.slice(0, 4) };
}

/** Each person's mentions, found on first ask and kept with the pack: `who` lists every person's count. */
const mentionsByPerson = perPack((): Map<string, IndexedSentence[]> => new Map());

/** Sentences that mention the person by any spelling or short name the fact sheet lists. */
export function sentencesMentioning(pack: StoryPack, person: Person): IndexedSentence[] {
  const known = mentionsByPerson(pack).get(person.id);
  if (known) return known;
  const keys = indexOf(pack)
    .nameKeys.filter((k) => k.person === person)
    .map((k) => ` ${k.folded} `);
  const found = indexOf(pack).sentences.filter((s) => keys.some((k) => s.folded.includes(k)));
  mentionsByPerson(pack).set(person.id, found);
  return found;
}

/** Each article's body as quotes are matched against it (normalizeQuoteText), computed once per pack. */
const quoteBodies = perPack(
  (pack): ReadonlyMap<string, string> => new Map(pack.articles.map((a) => [a.id, normalizeQuoteText(a.body)])),
);

/** The articles whose text holds `words` (whitespace and typographic quotes aside), in pack order. */
export function articlesQuoting(pack: StoryPack, words: string): Article[] {
  const needle = normalizeQuoteText(words);
  const bodies = quoteBodies(pack);
  return pack.articles.filter((a) => bodies.get(a.id)?.includes(needle));
}

/** Sentences containing the folded phrase as whole words. */
export function sentencesContaining(pack: StoryPack, phrase: string): IndexedSentence[] {
  const needle = ` ${foldText(phrase)} `;
  if (needle.trim() === '') return [];
  return indexOf(pack).sentences.filter((s) => s.folded.includes(needle));
}
