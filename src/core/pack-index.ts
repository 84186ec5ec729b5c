// Lookup structures derived from a loaded pack, built once per pack and cached (packs are immutable once loaded).
import { foldText, normalizeQuoteText } from './normalize-text.ts';
import { perPack } from './per-pack.ts';
import type { Article, Person, StoryPack } from './story-pack.ts';

export interface IndexedSentence {
  readonly article: Article;
  readonly text: string;
  /** foldText of the sentence, padded with spaces so ` word ` finds whole words. */
  readonly folded: string;
}

export interface NameKey {
  readonly person: Person;
  /** Folded name, e.g. "kim jong un". */
  readonly folded: string;
  readonly tokens: readonly string[];
  readonly compact: string;
}

export interface PackIndex {
  readonly sentences: readonly IndexedSentence[];
  readonly nameKeys: readonly NameKey[];
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
  const nameKeys = pack.facts.people.flatMap((person) =>
    [person.name, ...person.spellings, ...person.otherSpellings, ...person.shortNames].map((name) => {
      const folded = foldText(name);
      return { person, folded, tokens: folded.split(' '), compact: folded.replace(/ /g, '') };
    }),
  );
  const roleTokens = new Map(
    pack.facts.people.map((p) => [
      p.id,
      new Set(p.roles.flatMap((r) => foldText(`${r.role} ${p.country}`).split(' '))),
    ]),
  );
  // A loaded pack always has an article (the loader refuses an empty one).
  const latest = pack.articles.at(-1)?.published ?? '';
  return { sentences, nameKeys, roleTokens, storyYear: latest.slice(0, 4) };
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
