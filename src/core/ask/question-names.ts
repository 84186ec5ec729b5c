// The names a question writes: capitalised words (a name no language translates) and the places it names after a
// preposition or a verb of visiting, which an answering English sentence must name too (sentence-coverage.ts).
import { PLACE_NOUNS } from './span-words.ts';
import { foldWords } from './tokenize.ts';

/**
 * Folded words of a capitalised name right after a preposition of place ("to Russia", "in Oslo", "from Bergen"): the
 * place the asked event happened at, which a sentence about another place does not answer.
 */
export function placeNames(text: string): Set<string> {
  const names = new Set<string>();
  // After a preposition of place, or as the object of a verb of visiting ("visit Oslo", "toured Bergen").
  const before =
    /(?<![\p{L}])(?:to|in|at|from|into|visit|visits|visited|visiting|tour|toured|touring)\s+(\p{Lu}[\p{L}'’-]*)/gu;
  for (const m of text.matchAll(before)) {
    for (const w of foldWords(m[1] ?? '')) names.add(w);
  }
  // "At the airport", "in the station": a place noun after a preposition of place names where, as a name does.
  for (const m of text.matchAll(/(?<![\p{L}])(?:at|in|into|from)\s+the\s+(\p{Ll}+)(?![\p{L}])/gu)) {
    if (PLACE_NOUN_SET.has(m[1] ?? '')) names.add(m[1] ?? '');
  }
  return names;
}

const PLACE_NOUN_SET = new Set(PLACE_NOUNS);

/** Folded words the question capitalises after its first word: names, which no language translates. */
export function properWords(text: string): Set<string> {
  const names = new Set<string>();
  for (const m of text.matchAll(/(?<=[\s(“"'‘-])\p{Lu}[\p{L}\p{N}'’-]*/gu))
    for (const w of foldWords(m[0])) names.add(w);
  return names;
}
