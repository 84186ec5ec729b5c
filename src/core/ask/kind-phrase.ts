// An answer to "which X" described rather than named: the noun phrase of a word that names an X.
import type { Span } from './answer-spans.ts';
import type { ParsedQuestion } from './parse-question.ts';
import { DETERMINERS, hasNounSense, isVerbForm } from './question-verb.ts';
import { STOPWORDS } from './stopwords.ts';
import { foldWords, termOf } from './tokenize.ts';

/** Words looked back from the noun for the opener. */
const PHRASE_REACH = 5;

/**
 * "What kind of plant did she visit?" is answered by a description as well as by a name: the noun phrase of a noun
 * that names an X ("a new fish processing factory"), when it says something the question does not.
 */
export function kindPhrase(q: ParsedQuestion, text: string): Span | undefined {
  const words = [...text.matchAll(/[\p{L}\p{N}'’-]+/gu)];
  for (const [i, m] of words.entries()) {
    const [word, ...more] = foldWords(m[0]);
    const term = word === undefined || more.length > 0 ? null : termOf(word);
    if (term === null || !q.headTerms.has(term)) continue;
    // The X must be the phrase's noun, not a noun modifying another ("factory" in "a factory building").
    const next = words[i + 1]?.[0].toLowerCase() ?? '';
    const between = text.slice(m.index + m[0].length, words[i + 1]?.index);
    if (next !== '' && !/[,;:.()]/.test(between) && !STOPWORDS.has(next) && hasNounSense(next) && !isVerbForm(next)) {
      continue;
    }
    let start = i;
    for (let j = i - 1; j >= 0 && j >= i - PHRASE_REACH; j--) {
      // The phrase does not run across punctuation ("facilities, including a new ... factory").
      if (/[,;:.()]/.test(text.slice((words[j]?.index ?? 0) + (words[j]?.[0].length ?? 0), words[j + 1]?.index))) break;
      // The determiner that opens the noun phrase.
      if (DETERMINERS.has(words[j]?.[0].toLowerCase() ?? '')) {
        start = j;
        break;
      }
    }
    const phrase = words.slice(start, i + 1).flatMap((w) => foldWords(w[0]));
    if (phrase.every((w) => q.words.has(w) || STOPWORDS.has(w))) continue;
    const from = words[start]?.index ?? m.index;
    return { start: from, end: m.index + m[0].length };
  }
  return undefined;
}
