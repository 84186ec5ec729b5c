// What a review answer's Correct… button carries: the fact and the fields to fill the form with, parsed with zod when
// it comes back. Slack: button value <= 2000 characters — https://docs.slack.dev/reference/block-kit/block-elements/button-element
import { z } from 'zod';
import type { AnswerAction } from '../../core/answer-model.ts';
import { encodeValue, parseValue } from './button-value.ts';
import { MAX_BUTTON_VALUE } from './slack-limits.ts';

type CorrectAction = Extract<AnswerAction, { type: 'correct' }>;

export const correctValueSchema = z.strictObject({
  f: z.string().min(1).max(120),
  v: z.array(
    z.strictObject({
      n: z.enum(['name', 'role', 'country', 'title', 'date']),
      l: z.string().max(100),
      v: z.string().max(300),
    }),
  ),
});
export type CorrectValue = z.infer<typeof correctValueSchema>;

/** The value; fields too long to carry are sent empty (the form starts blank there), never cut. */
export function encodeCorrectValue(action: CorrectAction): string | undefined {
  const full: CorrectValue = { f: action.factId, v: action.fields.map((f) => ({ n: f.name, l: f.label, v: f.value })) };
  for (const value of [full, { ...full, v: full.v.map((f) => ({ ...f, v: '' })) }]) {
    if (!correctValueSchema.safeParse(value).success) continue;
    const encoded = encodeValue(value);
    if (encoded.length <= MAX_BUTTON_VALUE) return encoded;
  }
  return undefined;
}

export function parseCorrectValue(raw: unknown): CorrectValue | undefined {
  return parseValue(correctValueSchema, raw);
}
