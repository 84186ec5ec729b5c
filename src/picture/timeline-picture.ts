// The timeline picture every front end posts: an answer's chart (its "Show as picture" action) drawn to a PNG, with
// its text alternative.
import type { Answer, TimelineChart } from '../core/answer-model.ts';
import type { StoryPack, TimelineEvent } from '../core/story-pack.ts';
import { PICTURE_LEAD, timelineChart } from '../core/timeline-chart.ts';
import { chartToSvg } from './chart-to-svg.ts';
import { svgToPng } from './svg-to-png.ts';

export interface TimelinePicture {
  readonly png: Buffer;
  readonly alt: string;
  /** What the picture is and its span (the alt text's opening): the message posted with it. */
  readonly caption: string;
  readonly fileName: string;
}

export function pictureOfChart(chart: TimelineChart): TimelinePicture {
  const caption = `${PICTURE_LEAD}. ${chart.subtitle}`;
  return { png: svgToPng(chartToSvg(chart)), alt: chart.alt, caption, fileName: 'summit-timeline.png' };
}

/** What every front end says when an answer offers no picture: the timeline has no dated day to draw. */
export const NO_PICTURE = 'This timeline has no story days to draw.';

/** The picture an answer offers ("Show as picture"), or undefined when it offers none. */
export function pictureOfAnswer(answer: Answer): TimelinePicture | undefined {
  const offered = answer.actions.find((a) => a.type === 'picture');
  return offered?.type === 'picture' ? pictureOfChart(offered.chart) : undefined;
}

export function timelinePicture(pack: StoryPack, events?: readonly TimelineEvent[]): TimelinePicture {
  return pictureOfChart(timelineChart(pack, events));
}
