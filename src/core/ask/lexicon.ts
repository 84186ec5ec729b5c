// Whether WordNet knows a word at all: a dictionary word typed in a question is never bent into a misspelled name
// ("chose" is not "Choe").
import { lemmatizer } from './lemmatizer.ts';
import { senses } from './wordnet.ts';

/** Whether WordNet knows the word at all (in any part of speech, as itself or its lemma). */
export function isDictionaryWord(word: string): boolean {
  return (
    senses(lemmatizer().noun(word), 'n').length > 0 ||
    senses(lemmatizer().verb(word), 'v').length > 0 ||
    senses(lemmatizer().adjective(word), 'a').length > 0 ||
    senses(word, 'r').length > 0
  );
}
