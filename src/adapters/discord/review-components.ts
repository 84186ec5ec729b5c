// A review answer's buttons on Discord (Confirm, Hide, Correct…, Previous, Next) and the Correct… form as a modal.
// Pure. A custom id holds at most 100 characters and a fact id alone may be longer, so each button's state (its
// command, or the fact and its fields) is kept in a bounded map under a short hash, like long options.
// https://discord.com/developers/docs/components/reference#button — 5 buttons per row, custom_id <= 100.
// https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-modal
import { createHash } from 'node:crypto';
import {
  ButtonStyle,
  ComponentType,
  TextInputStyle,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIModalInteractionResponseCallbackData,
} from 'discord.js';
import type { Answer, AnswerAction } from '../../core/answer-model.ts';
import type { BoundedMap } from './answer-view.ts';
import { CORRECTION_LIMITS } from '../../core/extract/review-file.ts';
import { clip, DISCORD_LIMITS } from './discord-limits.ts';

type CorrectAction = Extract<AnswerAction, { type: 'correct' }>;
export type ReviewButtonState = { readonly command: string } | { readonly correct: CorrectAction };

export const REVIEW_PREFIX = 'summit-rv:';
export const CORRECT_PREFIX = 'summit-rc:';
export const MODAL_PREFIX = 'summit-rm:';
const ROW = 5;
const STYLES = { primary: ButtonStyle.Primary, danger: ButtonStyle.Danger } as const;

const keyOf = (state: ReviewButtonState) =>
  createHash('sha256').update(JSON.stringify(state)).digest('base64url').slice(0, 20);

export function reviewRows(
  answer: Answer,
  store: BoundedMap<ReviewButtonState>,
): APIActionRowComponent<APIButtonComponent>[] {
  const buttons: APIButtonComponent[] = answer.actions.flatMap((a): APIButtonComponent[] => {
    if (a.type !== 'review' && a.type !== 'correct') return [];
    const state: ReviewButtonState = a.type === 'review' ? { command: a.command } : { correct: a };
    const key = keyOf(state);
    store.set(key, state);
    const prefix = a.type === 'review' ? REVIEW_PREFIX : CORRECT_PREFIX;
    const style = a.type === 'review' && a.style ? STYLES[a.style] : ButtonStyle.Secondary;
    return [
      {
        type: ComponentType.Button,
        style,
        label: clip(a.label, DISCORD_LIMITS.buttonLabel),
        custom_id: `${prefix}${key}`,
      },
    ];
  });
  const rows: APIActionRowComponent<APIButtonComponent>[] = [];
  for (let i = 0; i < buttons.length; i += ROW) {
    rows.push({ type: ComponentType.ActionRow, components: buttons.slice(i, i + ROW) });
  }
  return rows;
}

/** The Correct… form: one text input per field (Discord: at most 5 rows, label <= 45, title <= 45). */
export function correctionModal(action: CorrectAction, key: string): APIModalInteractionResponseCallbackData {
  return {
    custom_id: `${MODAL_PREFIX}${key}`,
    title: 'Correct a fact',
    components: action.fields.slice(0, 5).map((field) => ({
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.TextInput,
          custom_id: field.name,
          label: clip(field.label, DISCORD_LIMITS.textInputLabel),
          style: field.name === 'title' ? TextInputStyle.Paragraph : TextInputStyle.Short,
          required: false,
          max_length: CORRECTION_LIMITS[field.name],
          // As on Slack: a value too long for the field starts blank rather than cut, so saving the form unchanged
          // can never shorten what the fact says.
          ...(field.value && field.value.length <= CORRECTION_LIMITS[field.name] ? { value: field.value } : {}),
        },
      ],
    })),
  };
}
