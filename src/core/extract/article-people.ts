// Stage 3: the people of one article. Full-name mentions are grouped by name (transliteration variants together);
// a later one-word mention ("Zhao said") joins the full name it repeats, the most mentioned one when several share
// it; a one-word name right after a kinship word ("his wife, Dana") is a person of its own. Unresolved one-word
// mentions are dropped, never guessed.
import type { AnnotatedArticle, NameMention } from './annotated-article.ts';
import { nameWords, sameName, wordKey } from './name-key.ts';
import { quoteAround } from './quote-around.ts';
import { bareLower, lookupFor } from './word-lookup.ts';

export interface RoleCitation {
  readonly role: string;
  readonly quote: string;
}

export interface ArticlePerson {
  readonly name: string;
  readonly words: string[];
  readonly spellings: string[];
  readonly roles: RoleCitation[];
  country?: string;
  /** Every sentence index that mentions the person, full or one-word. */
  readonly sentences: Set<number>;
  /** A quote showing the name as written, for people with no role. */
  readonly mentionQuote: string;
}

export interface MentionsBySentence {
  readonly full: NameMention[][];
  readonly single: NameMention[][];
}

export function articlePeople(doc: AnnotatedArticle, mentions: MentionsBySentence): ArticlePerson[] {
  const inflections = doc.words.nameInflections;
  const lookup = lookupFor(doc.words);
  const people: ArticlePerson[] = [];
  const add = (mention: NameMention, sentenceIndex: number): void => {
    const sentence = doc.sentences[sentenceIndex];
    if (!sentence) return;
    const words = nameWords(mention.text, inflections);
    const quote = quoteAround(sentence.text, mention.text, mention.role);
    let person = people.find((p) => sameName(p.words, words));
    if (!person) {
      person = { name: mention.text, words, spellings: [], roles: [], sentences: new Set(), mentionQuote: quote };
      people.push(person);
    }
    if (!person.spellings.includes(mention.text)) person.spellings.push(mention.text);
    person.sentences.add(sentenceIndex);
    if (mention.role && !person.roles.some((r) => r.role === mention.role)) {
      person.roles.push({ role: mention.role, quote });
    }
    person.country ??= mention.country;
  };
  mentions.full.forEach((list, s) => list.forEach((m) => add(m, s)));
  mentions.single.forEach((list, s) =>
    list.forEach((m) => {
      const sentence = doc.sentences[s];
      const before = sentence?.tokens.slice(Math.max(0, m.first - 3), m.first).map((t) => bareLower(t.text)) ?? [];
      if (before.some((w) => lookup.relation.has(w)) && m.role) return add(m, s);
      const person = resolveOneWord(people, wordKey(m.text, inflections));
      if (!person) return;
      person.sentences.add(s);
      if (!person.spellings.includes(m.text)) person.spellings.push(m.text);
    }),
  );
  return people;
}

function resolveOneWord(people: readonly ArticlePerson[], key: string): ArticlePerson | undefined {
  const candidates = people.filter((p) => p.words.length > 1 && (p.words[0] === key || p.words.at(-1) === key));
  return candidates.sort((a, b) => b.sentences.size - a.sentences.size)[0];
}
