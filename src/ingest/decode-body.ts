// Bytes to text in the page's own encoding: a byte-order mark, then the Content-Type charset, then a <meta charset>
// (or http-equiv, or an XML declaration's encoding) in the first 1024 bytes, as the HTML standard's sniffing does; UTF-8 when none is stated or the
// label is unknown — https://html.spec.whatwg.org/multipage/parsing.html#determining-the-character-encoding
const BOMS: readonly [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0xff, 0xfe], 'utf-16le'],
];

function charsetOf(body: Uint8Array, contentType: string | null): string {
  for (const [bytes, label] of BOMS) if (bytes.every((b, i) => body[i] === b)) return label;
  const fromHeader = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  if (fromHeader && isKnownLabel(fromHeader)) return fromHeader;
  const head = Buffer.from(body.subarray(0, 1024)).toString('latin1');
  // <meta charset> in HTML; the XML declaration's encoding in feeds — https://www.w3.org/TR/xml/#NT-EncodingDecl
  const fromMeta = (/<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head) ??
    /^<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head))?.[1];
  if (fromMeta && isKnownLabel(fromMeta)) return fromPrescan(fromMeta);
  return 'utf-8';
}

/**
 * A label found in the document itself: a page whose ASCII bytes could be read to find it is not UTF-16, so the
 * standard reads a declared UTF-16 as UTF-8 (`<meta charset=utf-16>` on a UTF-8 page is common) —
 * https://html.spec.whatwg.org/multipage/parsing.html#prescan-a-byte-stream-to-determine-its-encoding
 */
function fromPrescan(label: string): string {
  const name = new TextDecoder(label).encoding;
  return name === 'utf-16le' || name === 'utf-16be' ? 'utf-8' : name;
}

export function decodeBody(body: Uint8Array, contentType: string | null): string {
  return new TextDecoder(charsetOf(body, contentType)).decode(body);
}

function isKnownLabel(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}
