// Holds the extraction figures reached on the development corpus (bundled pack + 19 corpus articles, scored by
// eval/extraction-eval.ts against ../shared/corpus/key.json), so a change that loses quality fails here.
import { describe, expect, it } from 'vitest';
import { evaluateExtraction, type ExtractionFigures } from '../../../eval/extraction-eval.ts';
import type { TimelineFigures } from '../../../eval/timeline-figures.ts';

describe('extraction quality on the corpus', () => {
  let figures: ExtractionFigures;
  let extracted: ExtractionFigures;
  let timeline: TimelineFigures;
  it('builds the corpus pack and scores what who and timeline show (reviewed ∪ extracted)', () => {
    ({ pack: figures, extracted, timeline } = evaluateExtraction());
    expect(figures.keyPeople).toBe(71);
  }, 60_000);

  it('finds at least 90% of the key people by name (reached 69 of 71)', () => {
    expect(figures.peopleFound).toBeGreaterThanOrEqual(69);
  });

  it('keeps the role as written for at least 80% of the titled key people (reached 56 of 69)', () => {
    expect(figures.peopleWithRole).toBeGreaterThanOrEqual(56);
    expect(figures.peopleWithRole / figures.keyPeopleWithTitle).toBeGreaterThanOrEqual(0.8);
  });

  it('lists at most 5% people that are none of the key people', () => {
    expect(figures.listedNotInKey / figures.listedPeople).toBeLessThanOrEqual(0.05);
  });

  it('dates at least 85% of the key events on the right day (reached 63 of 69)', () => {
    expect(figures.eventsOnDay).toBeGreaterThanOrEqual(63);
    expect(figures.eventsOnDay / figures.keyEvents).toBeGreaterThanOrEqual(0.85);
  });

  it('finds at least 9 of the 11 key conflicts', () => {
    expect(figures.conflictsFound).toBeGreaterThanOrEqual(9);
  });

  it('reads like a newsroom timeline: short lines, at most 3 quotes, lines that match the key, no repeats', () => {
    expect(timeline.medianLineChars).toBeLessThanOrEqual(160);
    expect(timeline.mostQuotesShown).toBeLessThanOrEqual(3);
    expect(timeline.linesMatchingKey / timeline.linesCitingCorpus).toBeGreaterThanOrEqual(0.85);
    expect(timeline.linesMatchingKey / timeline.keyEventsFound).toBeLessThanOrEqual(1.3);
  });

  it('gives no who role that opens with a conjunction or a clause opener', () => {
    expect(timeline.rolesOpeningAClause).toEqual([]);
  });

  it('cites only quotes that occur in their article, in the extracted layer and in the loaded pack', () => {
    expect(figures.quotesVerified).toBe(figures.quotes);
    expect(extracted.quotesVerified).toBe(extracted.quotes);
  });
});
