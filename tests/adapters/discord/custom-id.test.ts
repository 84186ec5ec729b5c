import { describe, expect, it } from 'vitest';
import { decodeCustomId, encodeCustomId } from '../../../src/adapters/discord/custom-id.ts';

describe('button custom ids', () => {
  it('round-trips the page and the command, escaping ":" in values', () => {
    const state = { action: 'page', page: 2, subcommand: 'timeline', options: { filter: 'sep 3: 10%' } } as const;
    const id = encodeCustomId(state);
    expect(id).toBe('sd1:p:2:timeline:sep 3%3A 10%25');
    expect(decodeCustomId(id!)).toEqual({ ok: true, state });
  });

  it('encodes a command without options compactly', () => {
    expect(encodeCustomId({ action: 'share', page: 0, subcommand: 'who', options: {} })).toBe('sd1:s:0:who');
  });

  it('refuses ids that do not fit in 100 characters', () => {
    expect(encodeCustomId({ action: 'share', page: 0, subcommand: 'ask', options: { question: 'q'.repeat(99) } })).toBe(
      undefined,
    );
  });

  it.each([
    ['unknown action', 'sd1:x:0:who:putin'],
    ['unknown subcommand', 'sd1:p:0:rm -rf:putin'],
    ['too many values', 'sd1:p:0:who:putin:extra'],
    ['page not a number', 'sd1:p:two:who'],
    ['oversized', `sd1:p:0:who:${'a'.repeat(120)}`],
    ['another format', '{"page":1}'],
  ])('rejects a tampered id (%s)', (_, id) => {
    expect(decodeCustomId(id).ok).toBe(false);
  });
});
