// Whether two written names are one person's: transliteration variants (Kim Jong-un / Kim Jong Un, Choe / Choi,
// Seong / Song, Qasym / Kassym, Владимир Путин / Vladimir Putin) compare equal word by word, each word allowed one
// edit once spelling-neutral letters are folded. Different word counts never match: "Kim" alone is resolved elsewhere.
import { distance } from 'fastest-levenshtein';

// Cyrillic -> Latin, the common news transliteration (so Russian copy meets English copy).
const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
}; // prettier-ignore

/** A name as comparable words: folded accents, Latin letters, q=k, y=i, doubled letters once. */
export function nameWords(name: string, inflections: readonly string[] = []): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[\s\-‐‑]+/u)
    .map((w) => stripInflection(w.replace(/['’]s$/u, ''), inflections))
    .map((w) => [...w].map((c) => CYRILLIC[c] ?? c).join(''))
    .map((w) =>
      w
        .replace(/[^a-z]/g, '')
        .replace(/q/g, 'k')
        .replace(/y/g, 'i')
        .replace(/(.)\1+/g, '$1'),
    )
    .filter((w) => w.length > 0);
}

function stripInflection(word: string, inflections: readonly string[]): string {
  for (const suffix of inflections) {
    if (word.length > suffix.length + 1 && word.endsWith(suffix)) return word.slice(0, -suffix.length);
  }
  return word;
}

export function sameName(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length || a.length === 0) return false;
  return a.every((word, i) => sameWord(word, b[i] ?? ''));
}

function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  return a.length >= 3 && b.length >= 3 && a[0] === b[0] && distance(a, b) <= 1;
}

/**
 * Whether names written in different scripts are one person's, where transliteration systems part ways: Russian
 * renders Korean and Chinese names by its own conventions (Kim Jong Un is "Ким Чен Ын", Choe is "Цой"), which no
 * one-edit rule bridges ("Wang" is "Ван"). Each word of two names of two words or more must be the same word, or have
 * the same consonant skeleton — the sounds those systems write differently folded together (ch, j, dzh, zh, ts and c;
 * ng and n; kh and h; w and v) — and vowels alike (vowelsAlike). Only across scripts: within one, a skeleton would
 * join different names ("Jin" and "Jun").
 */
export function soundsAlike(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length || a.length < 2) return false;
  return a.every((word, i) => {
    const other = b[i] ?? '';
    if (word === other) return true;
    const x = skeleton(word);
    return x.length > 0 && x === skeleton(other) && vowelsAlike(word, other);
  });
}

function skeleton(word: string): string {
  return word
    .replace(/ng/g, 'n')
    .replace(/kh/g, 'h')
    .replace(/dzh|ch|zh|ts|j|c/g, 'j')
    .replace(/w/g, 'v')
    .replace(/[aeiou]/g, '')
    .replace(/(.)\1+/g, '$1');
}

/**
 * The vowels transliterations write differently for one sound: "Jong" is "Чен", "Un" "Ын" (i here), "Lee" "Ли". An
 * "a" is written "a" everywhere, so "Chan" is not "Jin", nor "Anna" "Inna".
 */
const NEAR_VOWELS: Readonly<Record<string, string>> = { a: 'a', e: 'eio', i: 'ieu', o: 'oe', u: 'ui' };

/** As many vowel groups, each opening with a vowel near the other's ("Aleksandr" is not "Aleksandra"). */
function vowelsAlike(a: string, b: string): boolean {
  const x = a.match(/[aeiou]+/g) ?? [];
  const y = b.match(/[aeiou]+/g) ?? [];
  return x.length === y.length && x.every((group, i) => NEAR_VOWELS[group[0] ?? '']?.includes(y[i]?.[0] ?? '-'));
}

const CYRILLIC_LETTER = /[\u0400-\u04ff]/;

/** Whether a word or name has Cyrillic letters. */
export function isCyrillic(text: string): boolean {
  return CYRILLIC_LETTER.test(text);
}

/** A name as written and as comparable words (nameWords). */
export interface WrittenName {
  readonly name: string;
  readonly words: readonly string[];
}

/** Whether a name in one script sounds like one in the other (soundsAlike); false for two in the same script. */
export function soundsAlikeAcrossScripts(a: WrittenName, b: WrittenName): boolean {
  return isCyrillic(a.name) !== isCyrillic(b.name) && soundsAlike(a.words, b.words);
}

/** The key a one-word mention ("Zhao", "Путина") is compared with. */
export function wordKey(word: string, inflections: readonly string[] = []): string {
  return nameWords(word, inflections).join('');
}
