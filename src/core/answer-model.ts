// The neutral answer every front end renders (schema version 2): a title, a summary and sections of lines, each line
// typed inline parts plus what it is (kind, reference, status, provenance) and the sources behind it. Sources are
// numbered once, here in the core, so every front end shows the same [1], [2]. Plain data, JSON-serialisable, no
// platform concepts and no markup: a command is a part, never backticks in a string.
// The zod schema is the definition; docs/answer.schema.json is generated from it (npm run schema).
import { z } from 'zod';
import { sourceKinds } from './pack-schema.ts';

export const ANSWER_SCHEMA_VERSION = 2;

const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);

export const inlinePartSchema = z.discriminatedUnion('type', [
  /** `strong`: the words that answer the question (ask's answer span), shown in bold where the platform has it. */
  z.strictObject({ type: z.literal('text'), text: z.string(), strong: z.boolean().optional() }),
  /** A command the user can type, without the leading "/summit": rendered as code where the platform has it. */
  z.strictObject({ type: z.literal('command'), command: z.string() }),
  z.strictObject({ type: z.literal('person'), personId: z.string(), name: z.string() }),
  z.strictObject({
    type: z.literal('date'),
    /** ISO value at its precision: YYYY, YYYY-MM or YYYY-MM-DD. */
    value: isoDate,
    precision: z.enum(['year', 'month', 'day']),
    /** "before 2 Sep 2025": the source dates it only as earlier than the value. */
    before: z.boolean().optional(),
    /** A local time of day, only when the text states one, with its zone when known. */
    time: z.strictObject({ local: z.string().regex(/^\d{2}:\d{2}$/), zone: z.string().optional() }).optional(),
    /** The date as people read it ("3 Sep 2025"). */
    label: z.string(),
  }),
  /** Verbatim words of a source; `source` is its 1-based number in `answer.sources`. */
  z.strictObject({ type: z.literal('quote'), source: z.number().int().min(1), text: z.string() }),
]);
export type InlinePart = z.infer<typeof inlinePartSchema>;

export const lineKinds = ['role', 'spelling', 'event', 'mention', 'claim', 'fact', 'article', 'note'] as const;

export const lineStatuses = ['happened', 'expected', 'overdue'] as const;

export const lineCitationSchema = z.strictObject({
  source: z.number().int().min(1),
  /** Verbatim words from that source that support the line. */
  quote: z.string(),
});

export const answerLineSchema = z.strictObject({
  kind: z.enum(lineKinds),
  parts: z.array(inlinePartSchema),
  ref: z.strictObject({ type: z.enum(['person', 'event', 'conflict', 'article']), id: z.string() }).optional(),
  status: z.enum(lineStatuses).optional(),
  /** Reviewed: an editor's fact sheet (or review). Extracted: read from the text by the machine, not yet reviewed. */
  provenance: z.enum(['reviewed', 'extracted']).optional(),
  /** The sources a renderer shows with the line, each with its quote. */
  citations: z.array(lineCitationSchema),
  /**
   * Further sources behind the line that it does not show: a timeline event quotes at most three and counts the rest
   * ("and 14 more sources"); they are listed here so the JSON carries every one. Renderers do not show them.
   */
  moreCitations: z.array(lineCitationSchema).optional(),
});
export type AnswerLine = z.infer<typeof answerLineSchema>;

export const answerSectionSchema = z.strictObject({
  heading: z.string(),
  /** A conflict section holds claims that disagree; renderers mark it as such. */
  conflict: z.strictObject({ id: z.string(), topic: z.string() }).optional(),
  lines: z.array(answerLineSchema),
});
export type AnswerSection = z.infer<typeof answerSectionSchema>;

export const answerSourceSchema = z.strictObject({
  n: z.number().int().min(1),
  articleId: z.string(),
  headline: z.string().nullable(),
  outlet: z.string(),
  url: z.string().nullable(),
  /** Publication date YYYY-MM-DD. */
  published: z.string(),
  publishedEstimated: z.boolean(),
  kind: z.enum(sourceKinds),
});
export type AnswerSource = z.infer<typeof answerSourceSchema>;

export const answerStatuses = [
  /** Answered from the pack. */
  'answered',
  /** The question was fine but the pack has nothing for it (unknown name, empty filter). */
  'not-found',
  /** The input could not be understood (unknown subcommand, overlong text). */
  'bad-input',
  /** A service the command needs is not running (brief subscriptions without a database). */
  'unavailable',
  /** Answering failed on our side; the summary carries the request id to quote. */
  'failed',
] as const;
export type AnswerStatus = (typeof answerStatuses)[number];

/** The timeline as a picture, declared as data (src/core/timeline-chart.ts decides what it shows; front ends draw it). */
export const timelineChartSchema = z.strictObject({
  title: z.string(),
  subtitle: z.string(),
  /** The story's days on the time axis, each with its best-sourced events; `more` counts the events not drawn. */
  days: z.array(
    z.strictObject({
      date: isoDate,
      label: z.string(),
      more: z.number().int().min(0),
      events: z.array(
        z.strictObject({
          id: z.string(),
          label: z.string(),
          status: z.enum(['happened', 'expected']),
          /** Articles behind the event. */
          sources: z.number().int().min(0),
          /** A conflict names the event: its sources disagree. */
          disputed: z.boolean(),
        }),
      ),
    }),
  ),
  /** Events before the story's days, listed in the text only. */
  background: z.number().int().min(0),
  /** The picture's text alternative, for screen readers and text-only clients. */
  alt: z.string(),
});
export type TimelineChart = z.infer<typeof timelineChartSchema>;

export const answerActionSchema = z.discriminatedUnion('type', [
  /** Post this answer publicly in the channel, attributed to the asker. */
  z.strictObject({ type: z.literal('share') }),
  /** Previous / next page where a front end has to split the answer. */
  z.strictObject({ type: z.literal('page'), direction: z.enum(['previous', 'next']) }),
  /** Run a command for the full answer (e.g. from a short update post). */
  z.strictObject({ type: z.literal('run'), label: z.string(), command: z.string() }),
  /** "Show as picture": `command` answers again with this chart, which a front end draws and posts as an image. */
  z.strictObject({ type: z.literal('picture'), label: z.string(), command: z.string(), chart: timelineChartSchema }),
  /** A review answer's button (Confirm, Hide, next fact): runs `command` and shows its answer in place of this one. */
  z.strictObject({
    type: z.literal('review'),
    label: z.string(),
    command: z.string(),
    style: z.enum(['primary', 'danger']).optional(),
  }),
  /** Opens a form to correct a fact: the fields an editor may change, filled in with what the fact says now. */
  z.strictObject({
    type: z.literal('correct'),
    label: z.string(),
    factId: z.string(),
    fields: z.array(
      z.strictObject({
        name: z.enum(['name', 'role', 'country', 'title', 'date']),
        label: z.string(),
        value: z.string(),
      }),
    ),
  }),
]);
export type AnswerAction = z.infer<typeof answerActionSchema>;

export const answerSchema = z.strictObject({
  schemaVersion: z.literal(ANSWER_SCHEMA_VERSION),
  status: z.enum(answerStatuses),
  title: z.string(),
  /** One plain sentence or two under the title: what this is, or what went wrong and what to try. */
  summary: z.array(inlinePartSchema),
  sections: z.array(answerSectionSchema),
  sources: z.array(answerSourceSchema),
  actions: z.array(answerActionSchema),
});
export type Answer = z.infer<typeof answerSchema>;
