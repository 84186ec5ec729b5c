import { describe, expect, it } from 'vitest';
import { answerText } from '../support/answer-text.ts';
import type { Answer, AnswerLine } from '../../src/core/answer-model.ts';
import { allLines as lines, citedIds, lineText, summaryText } from '../support/answer-view.ts';
import { bundledPack } from '../support/bundled-pack.ts';
import { packWithFiveParadeSources } from '../support/parade-sources.ts';

const ask = (text: string): Answer => answerText(bundledPack(), text);
const texts = (a: Answer) => lines(a).map((l) => lineText(l));

describe('who', () => {
  it('lists every person with role, country and how many sources mention them', () => {
    const answer = ask('who');
    expect(answer.status).toBe('answered');
    expect(texts(answer)).toContain('Vladimir Putin — Russian President (Russia) · mentioned by 3 of 3 sources');
    expect(texts(answer)).toContain(
      'Choe Son Hui — North Korean Foreign Minister (North Korea) · mentioned by 1 of 3 sources',
    );
    expect(lines(answer).every((l) => l.citations.length > 0)).toBe(true);
  });

  it('profiles Putin with his role, citations and what each source says', () => {
    const answer = ask('who putin');
    expect(answer.title).toBe('Vladimir Putin');
    const role = answer.sections.find((s) => s.heading === 'Role')?.lines[0];
    expect(role && lineText(role)).toBe('Russian President (Russia)');
    expect(role).toMatchObject({ kind: 'role', ref: { type: 'person', id: 'vladimir-putin' }, provenance: 'reviewed' });
    expect(citedIds(answer, role)).toEqual(['000', '001', '004']);
    expect(answer.sections.map((s) => s.heading)).toEqual(
      expect.arrayContaining(['What 000 (topgab.com (news aggregator)) says', 'Timeline']),
    );
    expect(texts(answer)).toContain(
      'Vladimir Putin also arrived in Beijing on the same day, signaling a concerted effort among these leaders.',
    );
  });

  it('finds Pezeshkian under the German spelling Peseschkian, and shows the spelling the source uses', () => {
    expect(ask('who peseschkian')).toEqual(ask('who pezeshkian'));
    const answer = ask('who pezeshkian');
    expect(texts(answer)).toContain('Spelled “Massud Peseschkian”');
    expect(summaryText(answer)).toMatch(/Mentioned by 1 of 3 sources; 004, 001 do not mention/);
  });

  it('shows both claims where sources disagree about Kim', () => {
    const answer = ask('who kim');
    const conflict = answer.sections.find((s) => s.heading.startsWith('Sources differ'));
    expect(conflict?.conflict?.id).toBeTruthy();
    expect(conflict?.lines.map((l) => [citedIds(answer, l)[0], l.kind, l.ref?.type])).toEqual([
      ['001', 'claim', 'conflict'],
      ['004', 'claim', 'conflict'],
    ]);
  });

  it('gives sentences for a name the fact sheet lacks, marked as such', () => {
    const answer = ask('who rodong sinmun');
    expect(answer.title).toBe('rodong sinmun: not yet in the fact sheet');
    expect(lines(answer)[0]?.provenance).toBe('extracted');
    expect(citedIds(answer, lines(answer)[0])).toEqual(['000']);
  });

  it('says an unknown name is unknown and suggests the closest', () => {
    expect(ask('who Macron')).toMatchObject({ status: 'not-found', title: 'No one called “Macron” in the story' });
    expect(summaryText(ask('who lukashenkovich'))).toMatch(/Did you mean Alexander Lukashenko\?/);
  });
});

/** The ISO date an event line carries (its first part), whether or not its label shows it. */
const dateOf = (line: AnswerLine): string | undefined =>
  line.parts[0]?.type === 'date' ? line.parts[0].value : undefined;

describe('timeline', () => {
  it('groups the story by day and keeps earlier history apart as background, one short line per event', () => {
    const answer = ask('timeline');
    const headings = answer.sections.map((s) => s.heading);
    expect(headings.slice(0, 3)).toEqual(['Thu 28 Aug 2025', 'Tue 2 Sep 2025', 'Wed 3 Sep 2025']);
    const background = answer.sections.find((s) => s.heading === 'Background')?.lines.map((l) => lineText(l)) ?? [];
    expect(background[0]).toMatch(/^1945 — Japan surrenders/);
    expect(background).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^2015 — China’s previous Victory Day parade/),
        expect.stringMatching(/^2018 — /),
      ]),
    );
    const daySections = answer.sections.filter((s) => /^\w{3} \d/.test(s.heading));
    const days = daySections.flatMap((s) => s.lines);
    // Under its day's heading a line does not repeat the day: its date part keeps the value, its label is empty.
    expect(daySections.find((s) => s.heading === 'Tue 2 Sep 2025')?.lines.map(dateOf)).toContain('2025-09-02');
    expect(days.filter((l) => lineText(l).startsWith('2 Sep 2025'))).toEqual([]);
    const texts = days.map((l) => lineText(l));
    expect(texts).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Kim crosses into China/),
        expect.stringMatching(
          /^Victory Day military parade in Beijing, with Kim, Xi and Putin expected side by side — expected as of 28 Aug 2025 \(estimated\)$/,
        ),
      ]),
    );
    const parade = days.find((l) => lineText(l).includes('Victory Day military parade'));
    expect(parade?.status).toBe('expected');
    expect(days.every((l) => l.citations.length <= 3)).toBe(true);
  });

  it('shows at most three sources on a line, says how many more, and lists them all for the event id', () => {
    const pack = packWithFiveParadeSources();
    const parade = answerText(pack, 'timeline')
      .sections.flatMap((s) => s.lines)
      .find((l) => lineText(l).includes('Victory Day military parade'));
    expect(parade?.citations).toHaveLength(3);
    expect(lineText(parade!)).toMatch(/— and 2 more sources: \/summit timeline victory-day-parade$/);
    const all = answerText(pack, 'timeline victory-day-parade');
    expect(all.sections.find((s) => s.heading === 'Every source')?.lines).toHaveLength(5);
  });

  it.each(['sep 3', '2025-09-03', '3 September', 'September 3rd 2025'])('narrows to a day: %s', (filter) => {
    const answer = ask(`timeline ${filter}`);
    expect(answer.title).toBe('Timeline: 3 Sep 2025');
    expect(answer.sections[0]?.lines.every((l) => dateOf(l) === '2025-09-03')).toBe(true);
  });

  it('narrows to a person and to a keyword', () => {
    const putin = ask('timeline putin').sections.flatMap((s) => s.lines.filter((l) => l.kind === 'event'));
    expect(putin.map(dateOf)).toEqual(['2025-09-02', '2025-09-03', '2025-09']);
    expect(ask('timeline train').sections[0]?.lines.length).toBeGreaterThanOrEqual(2);
  });

  it('says so when nothing matches', () => {
    expect(ask('timeline 1999')).toMatchObject({ status: 'not-found' });
    expect(ask('timeline zebras')).toMatchObject({ status: 'not-found', title: 'No events for “zebras”' });
  });

  it('says so without naming a filter when the pack dates nothing at all', () => {
    const pack = bundledPack();
    const empty = { ...pack, facts: { ...pack.facts, timeline: [] } };
    expect(answerText(empty, 'timeline')).toMatchObject({ status: 'not-found', title: 'No events' });
  });
});

describe('sources', () => {
  it('labels 001 as AI-generated and the others as rewrites, with estimated dates marked', () => {
    const list = texts(ask('sources'));
    expect(list.find((t) => t.startsWith('001'))).toMatch(
      /AI-generated summary, not original reporting · based on AP report of 2 Sep 2025 · URL unknown/,
    );
    expect(list.find((t) => t.startsWith('000'))).toMatch(/2 Sep 2025 \(estimated\) · aggregator rewrite/);
    expect(list.find((t) => t.startsWith('004'))).toMatch(/auto-blog rewrite.*cited by \d+ facts/);
  });

  it('shows one source with every fact it supports', () => {
    const answer = ask('sources 004');
    expect(answer.title).toMatch(/^004: Kim Jong Un Joins Forces/);
    expect(texts(answer)).toContain('Based on: BBC report of 28 Aug 2025 by Laura Bicker and Jean Mackenzie');
    const supports = answer.sections.find((s) => s.heading === 'Facts it supports')?.lines ?? [];
    expect(supports.length).toBeGreaterThan(10);
    expect(supports.every((l) => l.citations.every((c) => answer.sources[c.source - 1]?.articleId === '004'))).toBe(
      true,
    );
  });

  it('accepts 4 for 004 and explains an unknown id', () => {
    expect(ask('sources 4').title).toBe(ask('sources 004').title);
    expect(ask('sources 999')).toMatchObject({ status: 'not-found', title: 'No source “999”' });
  });
});

describe('help and bad input', () => {
  it('builds help from the command definition', () => {
    const help = ask('help');
    expect(help.sections.map((s) => s.heading)).toEqual([
      '/summit who [name]',
      '/summit timeline [filter]',
      '/summit sources [id]',
      '/summit ask <question>',
      ...help.sections.slice(4).map((s) => s.heading),
    ]);
  });

  it('answers an empty or whitespace-only query with the help', () => {
    expect(ask('').title).toBe(ask('help').title);
    expect(ask('   \t ').status).toBe('answered');
  });

  it('refuses a 10,000-character query kindly', () => {
    const huge = ask(`who ${'a'.repeat(10_000)}`);
    expect(huge.status).toBe('bad-input');
    expect(summaryText(huge)).toMatch(/limit is 500/);
    const long = ask(`who ${'a'.repeat(200)}`);
    expect(long.status).toBe('bad-input');
    expect(summaryText(long)).toBe('The name is 200 characters long; the limit is 100.');
  });

  it('ignores control characters and copes with emoji', () => {
    expect(ask('who\u0000 pu\u0007tin').title).toBe('Vladimir Putin');
    expect(ask('who 🐻‍❄️').status).toBe('not-found');
  });

  it('asks for a required option that is missing', () => {
    expect(ask('ask')).toMatchObject({
      status: 'bad-input',
      summary: [
        { type: 'command', command: 'ask' },
        { type: 'text', text: ' needs a question.' },
      ],
    });
    expect(ask('ask    ')).toMatchObject({ status: 'bad-input' });
  });

  it('answers an unknown subcommand with the help', () => {
    const unknown = ask('frobnicate everything');
    expect(unknown.status).toBe('bad-input');
    expect(summaryText(unknown)).toMatch(/^There is no “frobnicate” command\./);
    expect(ask('/summit who putin').title).toBe('Vladimir Putin');
  });
});
