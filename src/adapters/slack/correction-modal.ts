// The Correct… form as a Slack modal: one text input per field the fact has (role, date, wording…), filled in with what
// it says now. What the submission needs comes back in private_metadata: the fact, the original values (only changed
// fields are sent), the channel, and the response_url of the review message to replace. Pure.
// https://docs.slack.dev/reference/views/modal-views — title <= 24 chars, private_metadata <= 3000 chars.
import { z } from 'zod';
import { CORRECTION_LIMITS } from '../../core/extract/review-file.ts';
import type { CorrectValue } from './correct-value.ts';
import { shortenPlain } from './escape-mrkdwn.ts';

export const CORRECT_CALLBACK_ID = 'summit_review_correct_form';
export const INPUT_ACTION_ID = 'value';
const MAX_METADATA = 3000;

export const correctionMetaSchema = z.strictObject({
  f: z.string().min(1).max(120),
  o: z.record(z.string(), z.string()),
  c: z.string().max(40).optional(),
  r: z.string().url().optional(),
});
export type CorrectionMeta = z.infer<typeof correctionMetaSchema>;

export function correctionModal(value: CorrectValue, where: { channel?: string; responseUrl?: string }) {
  const meta: CorrectionMeta = {
    f: value.f,
    o: Object.fromEntries(value.v.map((f) => [f.n, f.v])),
    ...(where.channel ? { c: where.channel } : {}),
    ...(where.responseUrl ? { r: where.responseUrl } : {}),
  };
  const metadata = JSON.stringify(meta);
  return {
    type: 'modal' as const,
    callback_id: CORRECT_CALLBACK_ID,
    title: { type: 'plain_text' as const, text: 'Correct a fact' },
    submit: { type: 'plain_text' as const, text: 'Save correction' },
    close: { type: 'plain_text' as const, text: 'Cancel' },
    // A form whose metadata would not fit still opens; its submission is then refused kindly as expired.
    private_metadata: metadata.length <= MAX_METADATA ? metadata : '',
    blocks: [
      {
        type: 'context' as const,
        elements: [{ type: 'plain_text' as const, text: shortenPlain(`Fact ${value.f}`, 150) }],
      },
      ...value.v.map((field) => ({
        type: 'input' as const,
        block_id: field.n,
        optional: true,
        label: { type: 'plain_text' as const, text: shortenPlain(field.l, 100) },
        element: {
          type: 'plain_text_input' as const,
          action_id: INPUT_ACTION_ID,
          // The correction's own limit for the field, so the form never takes what the review service refuses; a
          // value over it starts blank rather than cut.
          max_length: CORRECTION_LIMITS[field.n],
          ...(field.v && field.v.length <= CORRECTION_LIMITS[field.n] ? { initial_value: field.v } : {}),
        },
      })),
    ],
  };
}

/** The changed fields of a submitted form: `values` is view.state.values (block id = field name). */
export function changedFields(
  meta: CorrectionMeta,
  values: Record<string, Record<string, { value?: string | null }>>,
): Record<string, string> {
  const changed: Record<string, string> = {};
  for (const [field, inputs] of Object.entries(values)) {
    const value = inputs[INPUT_ACTION_ID]?.value?.trim() ?? '';
    if (value !== '' && value !== meta.o[field]) changed[field] = value;
  }
  return changed;
}
