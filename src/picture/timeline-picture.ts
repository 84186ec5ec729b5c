// The timeline picture every front end posts: an answer's chart (its "Show as picture" action) drawn to a PNG, with
// its text alternative.
import type { Answer, TimelineChart } from '../core/answer-model.ts';
import type { StoryPack, TimelineEvent } from '../core/story-pack.ts';
import { timelineChart } from '../core/timeline-chart.ts';
import { chartToSvg } from './chart-to-svg.ts';
import { svgToPng } from './svg-to-png.ts';

export interface TimelinePicture {
  readonly png: Buffer;
  readonly alt: string;
  /** The alt text's first two sentences (what the picture is, and its span): the message posted with it. */
  readonly caption: string;
  readonly fileName: string;
}

export function pictureOfChart(chart: TimelineChart): TimelinePicture {
  const caption = chart.alt.split('. ').slice(0, 2).join('. ');
  return { png: svgToPng(chartToSvg(chart)), alt: chart.alt, caption, fileName: 'summit-timeline.png' };
}

/** The picture an answer offers ("Show as picture"), or undefined when it offers none. */
export function pictureOfAnswer(answer: Answer): TimelinePicture | undefined {
  const offered = answer.actions.find((a) => a.type === 'picture');
  return offered?.type === 'picture' ? pictureOfChart(offered.chart) : undefined;
}

export function timelinePicture(pack: StoryPack, events?: readonly TimelineEvent[]): TimelinePicture {
  return pictureOfChart(timelineChart(pack, events));
}
