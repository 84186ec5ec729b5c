// Parts of speech of a question's words (wink-nlp's tagger with its English lite model), so `ask` knows which
// words carry the question — its main verbs and the noun it asks about — without hand lists. Only questions are
// tagged (a few milliseconds each); article sentences never are. The model loads on first use (~0.4–0.7 s, ~45 MB).
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { foldWords } from './tokenize.ts';

export type Tag = 'noun' | 'proper' | 'verb' | 'aux' | 'adjective' | 'other';

let nlp: ReturnType<typeof winkNLP> | undefined;

function tagger(): ReturnType<typeof winkNLP> {
  nlp ??= winkNLP(model, ['pos']);
  return nlp;
}

/** Loads the model now (at index build) so the first question does not wait for it. */
export function warmTagger(): void {
  tagger();
}

/**
 * The tag of each of `words` (the question's folded words, as tokenize.ts makes them), matched in order to the
 * tagger's tokens; a word the tagger split differently ("Năstase") is 'other'.
 */
export function tagWords(text: string, words: readonly string[]): Tag[] {
  const doc = tagger().readDoc(text);
  const tokens = doc.tokens().out();
  const tags = doc.tokens().out(tagger().its.pos);
  const folded = tokens.map((t) => foldWords(t).join(' '));
  const result: Tag[] = [];
  let at = 0;
  for (const word of words) {
    let found = -1;
    for (let j = at; j < folded.length && j < at + 4; j++) {
      if (folded[j] === word) {
        found = j;
        break;
      }
    }
    if (found < 0) {
      result.push('other');
      continue;
    }
    result.push(tagOf(tags[found] ?? ''));
    at = found + 1;
  }
  return result;
}

function tagOf(pos: string): Tag {
  switch (pos) {
    case 'NOUN':
      return 'noun';
    case 'PROPN':
      return 'proper';
    case 'VERB':
      return 'verb';
    case 'AUX':
      return 'aux';
    case 'ADJ':
      return 'adjective';
    default:
      return 'other';
  }
}
