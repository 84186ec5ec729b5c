// Clause spans of a sentence: the unit that status (will / is expected to) and a time of day belong to. A sentence
// like "He left on Monday and crossed the border on Tuesday, and will arrive tomorrow" has three.
const CLAUSE_BREAK = /[,;:—–]|\s(?:and|but|while|y|pero|und|aber|и|но|și|dar)\s/giu;

export interface Clause {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export function clausesOf(sentence: string): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  for (const match of sentence.matchAll(CLAUSE_BREAK)) {
    clauses.push({ start, end: match.index, text: sentence.slice(start, match.index) });
    start = match.index + match[0].length;
  }
  clauses.push({ start, end: sentence.length, text: sentence.slice(start) });
  return clauses.filter((c) => c.text.trim().length > 0);
}

export function clauseAt(clauses: readonly Clause[], offset: number): Clause | undefined {
  return clauses.find((c) => c.start <= offset && offset < c.end) ?? clauses.at(-1);
}

/** Expected, when the clause of the time words (or, for a clause of a few words, the sentence) carries a marker. */
export function isExpectedAt(sentence: string, offset: number, expected: RegExp): boolean {
  const clauses = clausesOf(sentence);
  const clause = clauseAt(clauses, offset);
  const words = clause?.text.trim().split(/\s+/u).length ?? 0;
  const scope = clause && words > 4 ? clause.text : sentence;
  expected.lastIndex = 0;
  return expected.test(scope);
}
