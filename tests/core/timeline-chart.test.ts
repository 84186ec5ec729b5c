// The timeline picture's data: which days and events are drawn, how they are marked, and its text alternative.
import { describe, expect, it } from 'vitest';
import { MAX_CHART_LABEL, shortLabel, timelineChart } from '../../src/core/timeline-chart.ts';
import { chartToSvg } from '../../src/picture/chart-to-svg.ts';
import { bundledPack } from '../support/bundled-pack.ts';

describe('timeline chart', () => {
  it('draws the story days of the bundled pack with marked events and counted sources', () => {
    const chart = timelineChart(bundledPack());
    expect(chart.days.map((d) => d.label)).toEqual(['Thu 28 Aug', 'Tue 2 Sep', 'Wed 3 Sep']);
    const parade = chart.days[2]?.events.find((e) => e.id === 'victory-day-parade');
    expect(parade).toMatchObject({ status: 'expected', sources: 3 });
    const crossing = chart.days[1]?.events.find((e) => e.label.startsWith('Kim crosses into China'));
    expect(crossing).toMatchObject({ status: 'happened' });
    expect(chart.background).toBeGreaterThanOrEqual(4);
    expect(chart.days.reduce((n, d) => n + d.events.length, 0)).toBeLessThanOrEqual(24);
    expect(chart.alt).toMatch(/^Timeline picture\. 28 Aug 2025 – 3 Sep 2025 · \d+ events on 3 days/);
    expect(chart.alt).toContain('Victory Day military parade in Beijing');
  });

  it('marks an event that a conflict names as disputed', () => {
    const pack = bundledPack();
    const [first] = pack.facts.timeline.filter((e) => e.date === '2025-09-02');
    const conflict = { ...pack.facts.conflicts[0]!, events: [first!.id] };
    const chart = timelineChart({ ...pack, facts: { ...pack.facts, conflicts: [conflict] } });
    const drawn = chart.days.flatMap((d) => d.events);
    expect(drawn.filter((e) => e.disputed).map((e) => e.id)).toEqual([first!.id]);
  });

  it('cuts a long label at a word and escapes text in the SVG', () => {
    const label = shortLabel(
      'The delegation crossed the northern border early in the morning and reached the capital by noon',
    );
    expect(label.length).toBeLessThanOrEqual(MAX_CHART_LABEL);
    expect(label).toMatch(/ the…$|\w…$/);
    const svg = chartToSvg({
      title: 'T',
      subtitle: 'S',
      background: 0,
      alt: '',
      days: [
        {
          date: '2024-03-14',
          label: 'Thu 14 Mar',
          more: 0,
          events: [{ id: 'a', label: 'Tom & <Jerry>', status: 'expected', sources: 2, disputed: true }],
        },
      ],
    });
    expect(svg).toContain('Tom &amp; &lt;Jerry&gt; (expected)');
    expect(svg).toContain('2 sources');
  });
});
