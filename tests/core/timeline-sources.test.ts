import { describe, expect, it } from 'vitest';
import { answerSchema, type Answer } from '../../src/core/answer-model.ts';
import { quotesBehind } from '../../src/core/answer-plain-text.ts';
import { answerText } from '../support/answer-text.ts';
import { lineText } from '../support/answer-view.ts';
import { bundledPack } from '../support/bundled-pack.ts';
import { FIFTH, FOURTH, packWithFiveParadeSources } from '../support/parade-sources.ts';

function paradeLine(answer: Answer) {
  const line = answer.sections.flatMap((s) => s.lines).find((l) => l.ref?.id === 'victory-day-parade');
  if (!line) throw new Error('no parade line');
  return line;
}

describe('timeline: every source of a line in the JSON', () => {
  it('shows three quotes and "and 2 more sources" for an event with five, and its JSON carries all five', () => {
    const answer = answerText(packWithFiveParadeSources(), 'timeline');
    const line = paradeLine(answer);
    expect(quotesBehind(line)).toHaveLength(3);
    expect(lineText(line)).toMatch(/— and 2 more sources: \/summit timeline victory-day-parade$/);

    const json = answerSchema.parse(JSON.parse(JSON.stringify(answer)));
    const parade = paradeLine(json);
    const all = [...parade.citations, ...(parade.moreCitations ?? [])];
    expect(all.map((c) => json.sources[c.source - 1]?.articleId).sort()).toEqual(['000', '001', '004', 'x1', 'x2']);
    expect(all.map((c) => c.quote)).toEqual(expect.arrayContaining([FOURTH, FIFTH]));
    expect(parade.moreCitations?.map((c) => c.quote)).toEqual([FOURTH, FIFTH]);
  });

  it('numbers the sources only moreCitations name after every source a reader sees', () => {
    const answer = answerText(packWithFiveParadeSources(), 'timeline');
    const more = paradeLine(answer).moreCitations ?? [];
    const seen = answer.sections.flatMap((s) => s.lines.flatMap((l) => l.citations.map((c) => c.source)));
    expect(more.map((c) => answer.sources[c.source - 1]?.articleId)).toEqual(['x1', 'x2']);
    expect(Math.min(...more.map((c) => c.source))).toBeGreaterThan(Math.max(...seen));
  });

  it('carries the other quotes of an article it shows once, since a line shows one quote per article', () => {
    const answer = answerText(bundledPack(), 'timeline');
    const details = answer.sections.flatMap((s) => s.lines).find((l) => l.ref?.id === 'parade-details');
    expect(details?.citations.map((c) => c.quote)).toEqual([
      'The parade will last about 70 minutes and will be overseen by Chinese leader Xi Jinping.',
    ]);
    expect(details?.moreCitations?.map((c) => c.quote)).toEqual([
      'Thousands of military personnel will march through Tiananmen Square',
      'The parade will showcase China’s newest military hardware, including fighter jets, tanks, and advanced anti-drone technology.',
    ]);
  });

  it('leaves moreCitations out of a line that shows all its sources, and out of the event-id answer', () => {
    const answer = answerText(bundledPack(), 'timeline');
    const guests = answer.sections.flatMap((s) => s.lines).find((l) => l.ref?.id === 'parade-foreign-leaders');
    expect(guests?.citations).toHaveLength(1);
    expect(guests).not.toHaveProperty('moreCitations');
    const event = answerText(packWithFiveParadeSources(), 'timeline victory-day-parade');
    expect(event.sections[0]?.lines[0]).not.toHaveProperty('moreCitations');
    expect(event.sections.find((s) => s.heading === 'Every source')?.lines).toHaveLength(5);
  });
});
