import { describe, expect, it } from 'vitest';
import { nameChoices } from '../../../src/adapters/discord/autocomplete.ts';
import { bundledPack } from '../../support/bundled-pack.ts';

describe('who name: autocomplete', () => {
  it('puts Vladimir Putin first for the typo "putn"', () => {
    expect(nameChoices(bundledPack(), 'putn')[0]).toEqual({
      name: expect.stringMatching(/^Vladimir Putin — /),
      value: 'Vladimir Putin',
    });
  });

  it('offers people before anything is typed, at most 25, each within 100 characters', () => {
    const choices = nameChoices(bundledPack(), '');
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const c of choices) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
  });

  it('finds Pezeshkian under the German spelling', () => {
    expect(nameChoices(bundledPack(), 'Peseschkian')[0]?.value).toMatch(/Pezeshkian/);
  });
});
