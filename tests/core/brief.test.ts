import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLED_STORY_DIR } from '../../src/config.ts';
import { answerText } from '../support/answer-text.ts';
import type { Answer } from '../../src/core/answer-model.ts';
import { answerBriefPreview } from '../../src/core/brief/answer-brief.ts';
import { composeBrief } from '../../src/core/brief/compose-brief.ts';
import { loadPack } from '../../src/core/load-pack.ts';
import type { StoryPack } from '../../src/core/story-pack.ts';
import { citedIds, lineText, summaryText } from '../support/answer-view.ts';
import { bundledPack } from '../support/bundled-pack.ts';

const section = (answer: Answer, heading: string) => answer.sections.find((s) => s.heading === heading);
const texts = (answer: Answer, heading: string) => section(answer, heading)?.lines.map((l) => lineText(l)) ?? [];
const citedArticles = (answer: Answer) =>
  new Set(answer.sections.flatMap((s) => s.lines.flatMap((l) => citedIds(answer, l))));

describe('composeBrief on the bundled pack', () => {
  const pack = bundledPack();
  const brief = (date: string) => composeBrief(pack, { date, firstSeen: new Map() });

  it('has the date in the headline and the four sections, every line cited', () => {
    const answer = brief('2025-09-03');
    expect(answer.title).toBe('Daily brief — 3 Sep 2025');
    expect(answer.sections.map((s) => s.heading)).toEqual([
      'Latest',
      'New since the last brief',
      'What to watch',
      'Who',
    ]);
    for (const line of answer.sections.flatMap((s) => s.lines)) expect(line.citations.length).toBeGreaterThan(0);
  });

  it('before the parade (29 Aug 2025) knows only what article 004 had published', () => {
    const answer = brief('2025-08-29');
    expect([...citedArticles(answer)]).toEqual(['004']);
    expect(texts(answer, 'Latest')[0]).toMatch(/^28 Aug 2025 — Kim Jong Un is reported to be attending/);
    expect(texts(answer, 'Latest').join('\n')).not.toMatch(/2015|2019|crosses/);
    expect(texts(answer, 'What to watch')[0]).toMatch(
      /^3 Sep 2025 — Victory Day military parade.*expected as of 28 Aug 2025/,
    );
    expect(texts(answer, 'New since the last brief')).toHaveLength(1);
    // Kim has no role sourced by 004, so he is named with 004's sentence about him.
    expect(texts(answer, 'Who')).toEqual([
      'Kim Jong Un (North Korea)',
      'Xi Jinping — Chinese leader, overseeing the parade (China)',
      'Vladimir Putin — Russian President (Russia)',
    ]);
  });

  it('during the parade (3 Sep 2025) leads with the arrivals of 2 Sep and still watches the parade', () => {
    const answer = brief('2025-09-03');
    const latest = texts(answer, 'Latest');
    expect(latest).toHaveLength(5);
    expect(latest.every((t) => /2 Sep 2025/.test(t))).toBe(true);
    expect(latest.join('\n')).toMatch(/Putin arrives in Beijing/);
    const watch = texts(answer, 'What to watch');
    expect(watch.some((t) => t.startsWith('3 Sep 2025 — Victory Day military parade'))).toBe(true);
    expect(watch.join('\n')).not.toMatch(/date has passed/);
    expect(section(answer, 'What to watch')?.lines.every((l) => l.status === 'expected')).toBe(true);
    expect(texts(answer, 'New since the last brief')).toHaveLength(3);
  });

  it('after the parade (10 Sep 2025) says the parade is overdue instead of claiming it happened', () => {
    const answer = brief('2025-09-10');
    const parade = texts(answer, 'What to watch').find((t) => t.includes('Victory Day military parade'));
    expect(parade).toMatch(/its date has passed; no source by 10 Sep 2025 reports how it went$/);
    const trump = texts(answer, 'What to watch').find((t) => t.includes('Trump'));
    expect(trump).not.toMatch(/date has passed/);
    expect(texts(answer, 'Who')[0]).toBe(
      'Kim Jong Un — North Korean leader; leader of North Korea for 14 years (as of 2025) (North Korea)',
    );
  });

  it('lists each new article with headline, outlet, kind and lede', () => {
    const lines = section(brief('2025-09-03'), 'New since the last brief')?.lines ?? [];
    expect(lines[0] && lineText(lines[0])).toBe(
      '“Kim Jong Un Joins Forces with Putin and Global Leaders at China’s Grand Military Parade” — unnamed auto-blog (byline "Admin"), 28 Aug 2025 (estimated) · auto-blog rewrite, not original reporting. Lede: North Korea’s Kim Jong Un will attend a military parade in Beijing next week, marking a significant diplomatic moment.',
    );
    expect(lines[2] && lineText(lines[2])).toMatch(
      /^\(no headline\) — Glance AI summary \(rapid-read format\), 2 Sep 2025 \(estimated\) · AI-generated summary/,
    );
  });

  it('says so in one short answer when nothing is new since the previous brief', () => {
    const firstSeen = new Map(pack.articles.map((a) => [a.id, '2025-09-02T06:00:00.000Z']));
    const answer = composeBrief(pack, {
      date: '2025-09-04',
      previousBriefDate: '2025-09-03',
      previousBriefAt: '2025-09-03T06:00:00.000Z',
      firstSeen,
    });
    expect(answer).toEqual({
      schemaVersion: 2,
      status: 'answered',
      title: 'Daily brief — 4 Sep 2025: nothing new',
      summary: [
        {
          type: 'text',
          text: 'No new articles since the brief of 3 Sep 2025, so nothing has changed in what the sources say. Ask ',
        },
        { type: 'command', command: 'timeline' },
        { type: 'text', text: ' for the full picture.' },
      ],
      sections: [],
      sources: [],
      actions: [],
    });
  });

  it('has nothing to say before the first source was published', () => {
    expect(brief('2025-08-01')).toMatchObject({ status: 'not-found', sections: [] });
  });
});

describe('composeBrief on a fixture pack with an article added', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'summit-brief-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(BUNDLED_STORY_DIR, dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'articles', '005.md'),
    [
      '---',
      'id: "005"',
      'headline: "Parade ends with a flypast over Tiananmen"',
      'outlet: Example Wire',
      'url: https://example.com/parade-ends',
      'published: 2025-09-03',
      'publishedEstimated: false',
      'kind: original-reporting',
      'basedOn: null',
      '---',
      'The Victory Day parade in Beijing ended with a flypast over Tiananmen Square. Kim Jong Un watched beside Xi Jinping.',
      '',
    ].join('\n'),
  );
  const loaded = loadPack(dir);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  const pack: StoryPack = loaded.pack;
  const firstSeen = new Map([
    ...pack.articles.map((a): [string, string] => [a.id, '2025-09-02T06:00:00.000Z']),
    ['005', '2025-09-03T20:00:00.000Z'],
  ]);

  it('lists only the article first seen after the previous brief', () => {
    const answer = composeBrief(pack, {
      date: '2025-09-04',
      previousBriefDate: '2025-09-03',
      previousBriefAt: '2025-09-03T06:00:00.000Z',
      firstSeen,
    });
    expect(texts(answer, 'New since the last brief')).toEqual([
      '“Parade ends with a flypast over Tiananmen” — Example Wire, 3 Sep 2025 · original reporting. Lede: The Victory Day parade in Beijing ended with a flypast over Tiananmen Square.',
    ]);
    const source =
      answer.sources[(section(answer, 'New since the last brief')?.lines[0]?.citations[0]?.source ?? 0) - 1];
    expect(source).toMatchObject({ articleId: '005', url: 'https://example.com/parade-ends' });
    expect(summaryText(answer)).toMatch(/From 4 sources published by 4 Sep 2025; 1 new since the brief of 3 Sep 2025/);
  });

  it('does not show the article in a brief dated before its publication', () => {
    const answer = composeBrief(pack, { date: '2025-09-02', firstSeen });
    expect(citedArticles(answer).has('005')).toBe(false);
  });

  it('is "nothing new" the day after, once the article was briefed', () => {
    const answer = composeBrief(pack, {
      date: '2025-09-05',
      previousBriefDate: '2025-09-04',
      previousBriefAt: '2025-09-04T06:00:00.000Z',
      firstSeen,
    });
    expect(answer.sections).toEqual([]);
    expect(answer.title).toMatch(/nothing new$/);
  });
});

describe('brief through the core entry point', () => {
  const pack = bundledPack();

  it('previews today’s brief for `brief` and `brief preview`', () => {
    for (const text of ['brief', 'brief preview']) {
      const answer = answerText(pack, text);
      expect(answer.status).toBe('answered');
      expect(answer.title).toMatch(/^Daily brief — /);
    }
  });

  it('explains that subscribing needs a channel', () => {
    expect(answerText(pack, 'brief subscribe 08:00 Europe/Berlin')).toMatchObject({ status: 'bad-input' });
    expect(answerText(pack, 'brief tomorrow')).toMatchObject({
      status: 'bad-input',
      title: 'There is no “brief tomorrow”',
    });
  });

  it('refuses a date that is not a day', () => {
    expect(answerBriefPreview(pack, '2025-02-30')).toMatchObject({ status: 'bad-input' });
    expect(answerBriefPreview(pack, 'sep 3')).toMatchObject({ status: 'bad-input' });
  });
});
