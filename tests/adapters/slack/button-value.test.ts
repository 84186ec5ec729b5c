import { describe, expect, it } from 'vitest';
import { encodeButtonValue, parseButtonValue } from '../../../src/adapters/slack/button-value.ts';

describe('button values', () => {
  it('round-trips the command text, page and sharer', () => {
    const value = encodeButtonValue({ c: 'timeline sep 3', p: 2, s: 'U0ALICE' });
    expect(value).toBe('{"c":"timeline sep 3","p":2,"s":"U0ALICE"}');
    expect(parseButtonValue(value)).toEqual({ c: 'timeline sep 3', p: 2, s: 'U0ALICE' });
  });

  it('keeps & < > out of the value without changing what it decodes to', () => {
    const value = encodeButtonValue({ c: 'who <!channel> & co', p: 0 });
    expect(value).toBe('{"c":"who \\u003c!channel\\u003e \\u0026 co","p":0}');
    expect(parseButtonValue(value)?.c).toBe('who <!channel> & co');
  });

  it.each([
    ['not JSON', 'who putin'],
    ['a negative page', '{"c":"who","p":-1}'],
    ['a fractional page', '{"c":"who","p":1.5}'],
    ['a sharer that is not a user id', '{"c":"who","p":0,"s":"!channel"}'],
    ['an extra key', '{"c":"who","p":0,"x":1}'],
    ['an overlong command', JSON.stringify({ c: 'x'.repeat(501), p: 0 })],
    ['a number instead of a string', 42],
  ])('refuses %s', (_name, raw) => {
    expect(parseButtonValue(raw)).toBeUndefined();
  });

  it('leaves out a value that would not fit', () => {
    expect(encodeButtonValue({ c: '"'.repeat(500), p: 0 })).toBeUndefined();
  });
});
