// Who a sentence is about when it names no one: "His armoured train ..." or "She said ..." is about the person the
// sentence before it is about (anaphora by a singular personal pronoun); "the North Korean leader" is the person
// the pack knows by that role (person-descriptions.ts). A question about that person then meets the sentence.

/** English singular personal pronouns: the one person the previous sentence is about. */
const SINGULAR = new Set(['he', 'his', 'him', 'himself', 'she', 'her', 'hers', 'herself']);
/** Plural pronouns: everyone the previous sentence is about. */
const PLURAL = new Set(['they', 'their', 'them', 'themselves']);

/**
 * The people a sentence is about: those it names or describes; failing that, by its pronoun, the people of the
 * sentence before (which may itself have inherited them). `previous` is the result for the sentence before, or
 * empty at an article's start.
 */
export function aboutPersons(
  words: readonly string[],
  named: readonly number[],
  previous: readonly number[],
): number[] {
  if (named.length > 0) return [...named];
  if (previous.length === 0) return [];
  if (words.some((w) => SINGULAR.has(w))) return previous.slice(0, 1);
  if (words.some((w) => PLURAL.has(w))) return [...previous];
  return [];
}
