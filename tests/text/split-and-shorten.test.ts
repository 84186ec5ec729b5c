import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shorten } from '../../src/text/shorten.ts';
import { splitText } from '../../src/text/split-text.ts';

const SEED = 20251203;
const ESCAPE = /&(?:amp|lt|gt);/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('splitText', () => {
  it('cuts at the last space that keeps a piece within the limit', () => {
    expect(splitText('one two three four', 9)).toEqual(['one two', 'three', 'four']);
  });

  it('cuts a word with no space hard, but never between the halves of an emoji or inside an escape', () => {
    expect(splitText('ab🐻cd', 3)).toEqual(['ab', '🐻c', 'd']);
    expect(splitText('abc&amp;def', 5, ESCAPE)).toEqual(['abc', '&amp;', 'def']);
  });

  it('keeps every character and every piece within the limit, on any text (seeded property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.integer({ min: 8, max: 60 }), (text, max) => {
        const pieces = splitText(text, max);
        for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(max);
        expect(pieces.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
        for (const piece of pieces) expect(piece).not.toMatch(LONE_SURROGATE);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe('shorten', () => {
  it('leaves short text alone and marks a cut with an ellipsis', () => {
    expect(shorten('frobnicate', 30)).toBe('frobnicate');
    expect(shorten('frobnicate everything', 10)).toBe('frobnicat…');
  });

  it('never leaves half an emoji or half an escape before the ellipsis', () => {
    expect(shorten('abc🐻def', 5)).toBe('abc…');
    expect(shorten('ab&amp;cdef', 6, ESCAPE)).toBe('ab…');
  });
});
