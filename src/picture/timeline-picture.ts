// The timeline picture every front end posts: the chart of a pack's timeline (or a filtered part of it) as a PNG, with
// its text alternative.
import type { Answer } from '../core/answer-model.ts';
import type { StoryPack, TimelineEvent } from '../core/story-pack.ts';
import { timelineChart } from '../core/timeline-chart.ts';
import { chartToSvg } from './chart-to-svg.ts';
import { svgToPng } from './svg-to-png.ts';

export interface TimelinePicture {
  readonly png: Buffer;
  readonly alt: string;
  readonly fileName: string;
}

export function timelinePicture(pack: StoryPack, events?: readonly TimelineEvent[]): TimelinePicture {
  const chart = timelineChart(pack, events);
  return { png: svgToPng(chartToSvg(chart)), alt: chart.alt, fileName: 'summit-timeline.png' };
}

/** The picture of what a timeline answer shows: the events its lines name (all of them for `timeline`, a filter's). */
export function pictureOfAnswer(pack: StoryPack, answer: Answer): TimelinePicture {
  const ids = new Set(
    answer.sections.flatMap((s) => s.lines.flatMap((l) => (l.ref?.type === 'event' ? [l.ref.id] : []))),
  );
  return timelinePicture(
    pack,
    pack.facts.timeline.filter((e) => ids.has(e.id)),
  );
}
