// One page of an answer as a message, with the buttons its actions ask for. Options that do not fit in a custom id
// (a 300-character `ask` question) are kept in a small in-memory store and the id carries their key instead.
import { createHash } from 'node:crypto';
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from 'discord.js';
import type { SubcommandName } from '../../../commands/summit.ts';
import type { Answer, AnswerStatus } from '../../core/answer-model.ts';
import { answerMessage, type AnswerMessage } from './answer-message.ts';
import { answerToEmbeds } from './answer-to-embeds.ts';
import { encodeCustomId, type ButtonAction, type ButtonState } from './custom-id.ts';
import { reviewRows, type ReviewButtonState } from './review-components.ts';

export interface ViewCommand {
  readonly subcommand: SubcommandName;
  readonly options: Readonly<Record<string, string>>;
}

/** Where the message lives: the asker's own ephemeral reply (with "Share"), or the channel (paging only). */
export type ViewScope = 'ephemeral' | 'channel';

/** Bounded map, oldest entry dropped first: for option values too long for a custom id, and for done shares. */
export class BoundedMap<V> {
  readonly #entries = new Map<string, V>();
  constructor(readonly capacity: number) {}
  get(key: string): V | undefined {
    return this.#entries.get(key);
  }
  set(key: string, value: V): void {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    if (this.#entries.size > this.capacity) this.#entries.delete(this.#entries.keys().next().value as string);
  }
  delete(key: string): void {
    this.#entries.delete(key);
  }
}

/** The page as a message, and the answer's status (for metrics). */
export interface RenderedView {
  readonly message: AnswerMessage;
  readonly status: AnswerStatus;
}

export function renderView(
  answer: Answer,
  command: ViewCommand,
  view: { page: number; scope: ViewScope; shared?: boolean },
  longOptions: BoundedMap<Readonly<Record<string, string>>>,
  /** Where a review answer's buttons keep their state; without it they are left out. */
  reviewButtons?: BoundedMap<ReviewButtonState>,
): RenderedView | undefined {
  const pages = answerToEmbeds(answer);
  if (view.page >= pages.length) return undefined;
  const id = customIds(command, longOptions);
  const paged = answer.actions.some((a) => a.type === 'page');
  const shareable = answer.actions.some((a) => a.type === 'share') && view.scope === 'ephemeral';
  const message = answerMessage(pages, view.page, {
    ...(paged ? { pageId: (page: number) => id(view.scope === 'ephemeral' ? 'page' : 'channelPage', page) } : {}),
    ...(shareable ? { shareId: id('share', view.page), shared: view.shared === true } : {}),
  });
  const review = reviewButtons ? reviewRows(answer, reviewButtons) : [];
  // "Show as picture": a row of its own, so the page buttons keep their places.
  const picture: APIActionRowComponent<APIButtonComponent>[] = answer.actions.some((a) => a.type === 'picture')
    ? [
        {
          type: ComponentType.ActionRow as const,
          components: [
            {
              type: ComponentType.Button as const,
              style: ButtonStyle.Secondary as const,
              label: 'Show as picture',
              custom_id: id('picture', 0),
            },
          ],
        },
      ]
    : [];
  return {
    message: { ...message, components: [...message.components, ...review, ...picture] },
    status: answer.status,
  };
}

function customIds(command: ViewCommand, longOptions: BoundedMap<Readonly<Record<string, string>>>) {
  const state = (action: ButtonAction, page: number): ButtonState => ({ action, page, ...command });
  // The longest id this command can produce (page 999): if that fits, every id fits.
  if (encodeCustomId(state('share', 999)) !== undefined) {
    return (action: ButtonAction, page: number) => encodeCustomId(state(action, page)) as string;
  }
  const key = createHash('sha256').update(JSON.stringify(command)).digest('base64url').slice(0, 16);
  longOptions.set(key, command.options);
  return (action: ButtonAction, page: number) =>
    encodeCustomId({ action, page, subcommand: command.subcommand, options: { ref: key }, ref: true }) as string;
}
