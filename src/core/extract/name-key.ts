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

/** The key a one-word mention ("Zhao", "Путина") is compared with. */
export function wordKey(word: string, inflections: readonly string[] = []): string {
  return nameWords(word, inflections).join('');
}
