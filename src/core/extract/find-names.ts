// Stage 1: person-name candidates. A name is a run of capitalised words that are not titles, calendar words,
// countries or function words (in any script, so it serves Latin and Cyrillic alike). A run that names a place or an
// organisation, follows a determiner ("the Great Hall") or a non-person classifier ("newspaper X") is not a person.
// One-word mentions are kept apart: they only count once resolved to a full name of the same article.
import type { AnnotatedSentence, NameMention, Token } from './annotated-article.ts';
import { bareLower, type WordLookup } from './word-lookup.ts';

/** Lower-case particles that may sit inside a name ("Ursula von der Leyen"). */
export const PARTICLES = new Set(['von', 'van', 'der', 'de', 'da', 'di', 'du', 'bin', 'al', 'la', 'le', 'dos']);
const MAX_NAME_WORDS = 5;

export interface NameCandidates {
  readonly full: NameMention[];
  readonly single: NameMention[];
}

/** `lowercaseWords`: words the article also writes in lower case; such a word opening a sentence is no name. */
export function findNames(
  sentence: AnnotatedSentence,
  lookup: WordLookup,
  lowercaseWords: ReadonlySet<string>,
): NameCandidates {
  const tokens = sentence.tokens;
  const full: NameMention[] = [];
  const single: NameMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameWord(tokens, i, lookup, lowercaseWords)) {
      i++;
      continue;
    }
    let last = i;
    while (last + 1 < tokens.length && last - i + 1 < MAX_NAME_WORDS && !isPossessive(tokens[last])) {
      if (isNameWord(tokens, last + 1, lookup, lowercaseWords)) last++;
      else if (PARTICLES.has(tokens[last + 1]?.text ?? '') && isNameWord(tokens, last + 2, lookup, lowercaseWords)) {
        last += 2;
      } else break;
    }
    const mention = toMention(sentence.text, tokens, i, last);
    if (!isExcluded(tokens, i, last, lookup)) (last > i ? full : single).push(mention);
    i = last + 1;
  }
  return { full, single };
}

function isNameWord(
  tokens: readonly Token[],
  i: number,
  lookup: WordLookup,
  lowercaseWords: ReadonlySet<string>,
): boolean {
  const token = tokens[i];
  if (!token?.capitalized) return false;
  const bare = bareLower(token.text);
  if (lookup.nonName.has(bare) || lookup.title.has(bare)) return false;
  // A short month abbreviation before another capitalised word is a given name ("Jan Nowak"), not "Jan. 5".
  const next = tokens[i + 1];
  if (lookup.calendar.has(bare) && !(bare.length <= 4 && next?.capitalized && !lookup.title.has(next.lower)))
    return false;
  const previous = tokens[i - 1];
  // A kinship word opens no name ("Tatăl ei, ..."), but a capitalised one inside a name is the name ("Choe Son Hui").
  const inRun = previous?.capitalized === true && !lookup.title.has(bareLower(previous.text));
  if (lookup.words.countries[bare] !== undefined || (lookup.relation.has(bare) && !inRun)) return false;
  // The second word of a two-word country ("North Korea's") is the country, not a name.
  if (previous && lookup.words.countries[`${previous.lower} ${bare}`] !== undefined) return false;
  // An acronym (NIS, TASS, KCNA) is an organisation; two capitals may be initials ("KP Sharma Oli").
  if (/^[\p{Lu}.]{3,}$/u.test(token.text)) return false;
  if (/\d/u.test(token.text)) return false;
  if (previous && lookup.determiner.has(previous.lower)) return false;
  const opensSentence = !previous || (!previous.isWord && i === 1);
  return !(opensSentence && lowercaseWords.has(bare));
}

function isPossessive(token: Token | undefined): boolean {
  return token !== undefined && /['’]s$/u.test(token.text);
}

function isExcluded(tokens: readonly Token[], first: number, last: number, lookup: WordLookup): boolean {
  for (let k = first; k <= last; k++) {
    const bare = bareLower(tokens[k]?.text ?? '');
    if (lookup.place.has(bare)) return true;
  }
  const before = tokens[first - 1];
  return before !== undefined && lookup.classifier.has(before.lower);
}

function toMention(text: string, tokens: readonly Token[], first: number, last: number): NameMention {
  const start = tokens[first]?.start ?? 0;
  const end = tokens[last]?.end ?? start;
  return { first, last, text: text.slice(start, end).replace(/['’]s$/u, '') };
}
