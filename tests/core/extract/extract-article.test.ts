// Each linguistic rule on a sentence of its own (not from the corpus).
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract/extract-article.ts';

const article = (sentences: string[], published = '2024-03-14', language?: string) =>
  extractArticle({ id: 't1', published, sentences, ...(language ? { language } : {}) });

describe('people', () => {
  it('reads a title written before the name (pre-nominal title)', () => {
    const { people } = article(['Finnish Foreign Minister Elina Valtonen arrived in Oslo.']);
    expect(people[0]).toMatchObject({ name: 'Elina Valtonen', roles: [{ role: 'Finnish Foreign Minister' }] });
  });

  it('reads a role written as an apposition after the name', () => {
    const { people } = article(["Tomas Berg, head of the country's port authority, opened the dock."]);
    expect(people[0]?.roles[0]?.role).toBe("head of the country's port authority");
  });

  it('resolves a later surname-only mention to the full name of the same article', () => {
    const { people } = article(['Mayor Anna Lindqvist spoke first.', 'Lindqvist said the bridge would open.']);
    expect(people).toHaveLength(1);
    expect(people[0]?.spellings).toContain('Lindqvist');
    expect(people[0]?.sentences.size).toBe(2);
  });

  it('merges transliteration variants of one name (hyphen and one-letter differences)', () => {
    const { people } = article(['Envoy Park Min-seok landed.', 'Reporters later met Pak Min Seok.']);
    expect(people).toHaveLength(1);
  });

  it('gives every name of a list its own title', () => {
    const { people } = article(['Guests included Danish Prime Minister Mette Holm and Polish President Jan Nowak.']);
    expect(people.map((p) => p.roles[0]?.role)).toEqual(['Danish Prime Minister', 'Polish President']);
  });

  it('reads kinship written with the possessive after the kinship word (Romanian order)', () => {
    const { people } = article(['Ion Popescu a venit împreună cu soția sa, Maria.'], '2024-03-14', 'ro');
    expect(people.find((p) => p.name === 'Maria')?.roles[0]?.role).toBe('soția sa');
  });

  it('gives names introduced by "such as" the plural class before it (exemplification)', () => {
    const { people } = article(['The board met senior officials such as Paul Weber and Lena Roth.']);
    expect(people.map((p) => p.roles[0]?.role)).toEqual(['senior officials', 'senior officials']);
  });

  it('reads a hyphenated title ("then-Governor")', () => {
    const { people } = article(['The plan was drafted by then-Governor Ruth Adler.']);
    expect(people[0]?.roles[0]?.role).toBe('then-Governor');
  });

  it('keeps a capitalised kinship word that is part of a name ("Son")', () => {
    const { people } = article(['Envoy Lee Son Mi arrived.']);
    expect(people[0]?.name).toBe('Lee Son Mi');
  });

  it('rejoins a sentence the splitter cut after a title abbreviation and shares a plural title across the list', () => {
    const { people } = article(['The delegation included Reps.', 'Ana Ruiz and Tom Kerr of the Green Party.']);
    expect(people.map((p) => p.roles[0]?.role)).toEqual(['Reps.', 'Reps.']);
  });

  it('does not take a place or an organisation for a person', () => {
    const { people } = article(['Crowds filled Wenceslas Square near the National Museum.']);
    expect(people).toEqual([]);
  });
});

describe('dates', () => {
  it('resolves a past-tense weekday to the latest such day on or before publication', () => {
    const { events } = article(['The minister resigned on Monday.'], '2024-03-14');
    expect(events[0]).toMatchObject({ date: '2024-03-11', status: 'happened', inferred: true });
  });

  it('resolves an expected weekday to the next such day', () => {
    const { events } = article(['The council will vote on Monday.'], '2024-03-14');
    expect(events[0]).toMatchObject({ date: '2024-03-18', status: 'expected' });
  });

  it('keeps a time of day only when the text states one', () => {
    const { events } = article(['The ferry docked at about 6 p.m. on March 2.', 'The crew left on March 3.']);
    expect(events[0]).toMatchObject({ date: '2024-03-02', clock: '18:00' });
    expect(events[1]?.clock).toBeUndefined();
  });

  it('reads dates in Spanish, German and Russian', () => {
    expect(article(['El acuerdo se firmó el 5 de marzo.'], '2024-03-14', 'es').events[0]?.date).toBe('2024-03-05');
    expect(article(['Der Vertrag wurde am 5. März unterzeichnet.'], '2024-03-14', 'de').events[0]?.date).toBe(
      '2024-03-05',
    );
    expect(article(['Договор подписали 5 марта.'], '2024-03-14', 'ru').events[0]?.date).toBe('2024-03-05');
  });

  it('keeps a quantity attached to its event', () => {
    const { events } = article(['The summit on March 2 lasted about 90 minutes.']);
    expect(events[0]?.quantities[0]).toMatchObject({ value: 90, unit: 'minutes' });
  });
});

describe('bad input', () => {
  it('never throws, and invents nothing from text without names or dates', () => {
    const result = article(['it was a quiet one, all things considered.']);
    expect(result.people).toEqual([]);
    expect(result.events).toEqual([]);
  });

  it('skips HTML left in the text and a 2 MB line, with the reason', () => {
    const result = article(['<div class="ad">Buy now</div>', 'x'.repeat(2_000_000)]);
    expect(result.skipped.map((s) => s.reason)).toEqual([
      'contains HTML or page code',
      'longer than 2000 characters (not running text)',
    ]);
  });

  it('reports a language it has no words for, and still reads no invented facts', () => {
    const result = article(['東京で会議が開かれた。'], '2024-03-14', 'ja');
    expect(result.skipped[0]?.reason).toMatch(/no word list for language "ja"/);
    expect(result.events).toEqual([]);
  });
});
