// Event lines and the rules that keep false events out, each on a sentence of its own (not from the corpus).
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract/extract-article.ts';
import { splitSentences } from '../../../src/core/split-sentences.ts';

const events = (sentences: string[], published = '2024-03-14', language?: string) =>
  extractArticle({ id: 't1', published, sentences, ...(language ? { language } : {}) }).events;

describe('event labels', () => {
  it('labels an event with the clause of its time words, not the whole sentence', () => {
    const [e] = events([
      'The mayor opened the new bridge over the river on March 12, and engineers who had worked on it for six years said it would carry 40,000 cars a day once the tolls were finally settled.',
    ]);
    expect(e?.line).toBe('The mayor opened the new bridge over the river on March 12');
    expect(e?.quote).toContain('tolls were finally settled');
  });

  it('joins a relative clause holding the time words to the clause it describes', () => {
    const lines = events([
      'In the capital the delegates are attending the regional water forum, which runs from 11/3 to 12/3, and they are expected to sign a joint statement on river management on its last day.',
    ]).map((e) => e.line);
    expect(lines[0]).toBe(
      'In the capital the delegates are attending the regional water forum, which runs from 11/3 to 12/3',
    );
  });

  it('keeps a short sentence whole as its own label, so no front end quotes it twice', () => {
    expect(events(['The ferry strike ended on Tuesday.'])[0]?.line).toBe('The ferry strike ended on Tuesday.');
  });

  it('drops doubled full stops at the end of a label', () => {
    expect(events(['The old harbour was rebuilt in 1962..'])[0]?.line).toBe('The old harbour was rebuilt in 1962.');
  });
});

describe('no false events', () => {
  it('does not date an event by a dateline (place, date and agency opening a wire report)', () => {
    expect(events(['Oslo, 13 mar (NTB).'])).toEqual([]);
    const [e, ...rest] = events(['OSLO, March 13 (NTB) -- The ferry strike ended on Tuesday.']);
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ date: '2024-03-12', line: 'The ferry strike ended on Tuesday.' });
  });

  it('reads "today\'s" as an adjective (the present age), not as a day', () => {
    expect(events(["The minister said the plan answers today's needs."])).toEqual([]);
  });

  it('dates nothing from a fragment without a verb', () => {
    expect(events(['March 13, 2024 (Reuters).'])).toEqual([]);
  });

  it('reads "since YEAR" as the past start of a span, not as an expected event', () => {
    const [e] = events(['She will be the first mayor to attend since 1987.']);
    expect(e).toMatchObject({ date: '1987', status: 'happened' });
  });

  it("does not date a looking-back article's sentences without time words to its own publication day", () => {
    const later = events(
      ['In early February, the minister travelled to Oslo for the summit.', 'The talks ended without a statement.'],
      '2024-03-14',
    );
    expect(later.map((e) => e.date)).toEqual(['2024-02']);
    const news = events(['The minister arrived in Oslo on Wednesday.', 'The talks ended without a statement.']);
    expect(news.map((e) => e.date)).toEqual(['2024-03-13', '2024-03-13']);
  });
});

describe('sentences', () => {
  it('keeps a day the sentence splitter cut off after a month abbreviation ("on Aug. 28.")', () => {
    expect(splitSentences('The two sides announced it on Aug. 28. Nothing else was said.')).toEqual([
      'The two sides announced it on Aug. 28.',
      'Nothing else was said.',
    ]);
  });
});
