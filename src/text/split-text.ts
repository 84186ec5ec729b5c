// The one splitter: text into pieces of at most `max` characters, at whitespace where it can, so a long line is
// carried over to the next field or row instead of being cut off. Joining the pieces with single spaces gives back
// the text (whitespace runs aside).
import { safeCut } from './safe-cut.ts';

export function splitText(text: string, max: number, atom?: RegExp): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let cut = Math.max(rest.lastIndexOf(' ', max), rest.lastIndexOf('\n', max));
    let skip = 1;
    if (cut < max / 2) {
      // No usable whitespace in the second half: cut hard, but safely.
      cut = safeCut(rest, max, atom);
      skip = 0;
    }
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut + skip);
  }
  pieces.push(rest);
  return pieces;
}
