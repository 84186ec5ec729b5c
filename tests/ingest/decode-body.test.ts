import { describe, expect, it } from 'vitest';
import { decodeBody } from '../../src/ingest/decode-body.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decodeBody: charset lies', () => {
  it('reads a UTF-8 page that declares <meta charset=utf-16> as UTF-8, as the HTML standard does', () => {
    const page = '<html><head><meta charset=utf-16></head><body><p>Überfahrt nach Göteborg – 東京</p></body></html>';
    expect(decodeBody(utf8(page), 'text/html')).toContain('Überfahrt nach Göteborg – 東京');
  });

  it('reads utf-16le declared in an http-equiv the same way', () => {
    const page = '<meta http-equiv="Content-Type" content="text/html; charset=UTF-16LE"><p>café</p>';
    expect(decodeBody(utf8(page), 'text/html')).toContain('café');
  });

  it('falls back to UTF-8 for a label no decoder knows', () => {
    expect(decodeBody(utf8('<meta charset="x-klingon"><p>naïve</p>'), null)).toContain('naïve');
  });

  it('still follows a byte-order mark over any declaration', () => {
    const bom = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<meta charset=utf-8><p>ok</p>', 'utf16le')]);
    expect(decodeBody(bom, 'text/html; charset=utf-8')).toContain('<p>ok</p>');
  });
});
