// Where a hard cut may fall in a text: never between the halves of a surrogate pair (an emoji would turn into two
// broken characters) and never inside an atom, an escape the platform reads as one character ("&amp;", "\*").
export function safeCut(text: string, at: number, atom?: RegExp): number {
  let cut = Math.min(at, text.length);
  const code = text.charCodeAt(cut - 1);
  if (cut > 0 && cut < text.length && code >= 0xd800 && code <= 0xdbff) cut -= 1;
  if (atom) {
    const pattern = new RegExp(atom.source, 'g');
    for (const match of text.slice(0, cut + 16).matchAll(pattern)) {
      const end = match.index + match[0].length;
      if (match.index < cut && cut < end) return match.index;
      if (match.index >= cut) break;
    }
  }
  return cut;
}
