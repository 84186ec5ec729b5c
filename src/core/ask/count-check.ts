// "How many tanks?" is answered by a number that counts tanks ("thousands of troops"), not by any number in a
// sentence that mentions tanks. Checked on the few best candidates only, from their words.
import { isNumberWord } from './sentence-features.ts';
import { termOf } from './tokenize.ts';
import type { TermTable } from './term-table.ts';

/** Words allowed between a number and what it counts: "over 20 heads", "thousands of military personnel". */
const BEFORE = 4;
const AFTER = 2;

export function countsTerm(words: readonly string[], counted: number, terms: TermTable): boolean {
  for (let i = 0; i < words.length; i++) {
    const term = termOf(words[i] ?? '');
    if (term === null || terms.find(term) !== counted) continue;
    for (let j = Math.max(0, i - BEFORE); j <= Math.min(words.length - 1, i + AFTER); j++) {
      if (j !== i && isNumberWord(words[j] ?? '')) return true;
    }
  }
  return false;
}
