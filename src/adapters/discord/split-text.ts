// Splits text into pieces of at most `max` characters, at whitespace where possible, so long lines paginate instead
// of being cut. Joining the pieces with single spaces gives back the text (whitespace runs aside).

export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let cut = Math.max(rest.lastIndexOf(' ', max), rest.lastIndexOf('\n', max));
    let skip = 1;
    if (cut < max / 2) {
      // No usable whitespace: cut hard, but never inside an escape ("\*") or a surrogate pair.
      cut = max;
      skip = 0;
      if (rest[cut - 1] === '\\') cut -= 1;
      if (isHighSurrogate(rest.charCodeAt(cut - 1))) cut -= 1;
    }
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut + skip);
  }
  pieces.push(rest);
  return pieces;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
