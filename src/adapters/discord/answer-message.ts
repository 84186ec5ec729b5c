// A page of an answer as a complete Discord message body: its embed, its buttons, and no pings. Pure.
// Buttons: https://discord.com/developers/docs/components/reference#button
import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
} from 'discord.js';

/** allowed_mentions that lets nothing ping anyone — https://discord.com/developers/docs/resources/message#allowed-mentions-object */
export const NO_MENTIONS = { parse: [] as never[] };

export interface PageButtons {
  /** Custom id of a page button, given its target page; absent when the answer is not to be paged. */
  readonly pageId?: (page: number) => string;
  /** Custom id of "Share in channel"; absent on messages already in the channel. */
  readonly shareId?: string;
  /** Show the share button as done (after a share). */
  readonly shared?: boolean;
}

export interface AnswerMessage {
  readonly embeds: APIEmbed[];
  readonly components: APIActionRowComponent<APIButtonComponent>[];
  readonly allowed_mentions: typeof NO_MENTIONS;
}

export function answerMessage(pages: readonly APIEmbed[], page: number, buttons: PageButtons): AnswerMessage {
  const embed = pages[page];
  if (!embed) throw new RangeError(`page ${page} of ${pages.length}`);
  const row: APIButtonComponent[] = [];
  if (pages.length > 1 && buttons.pageId) {
    // Targets are clamped, so Previous and Next never share a custom id (ids must be unique within a message).
    row.push(pageButton('Previous', buttons.pageId(Math.max(0, page - 1)), page === 0));
    row.push(pageButton('Next', buttons.pageId(Math.min(pages.length - 1, page + 1)), page === pages.length - 1));
  }
  if (buttons.shareId) {
    row.push({
      type: ComponentType.Button,
      style: buttons.shared ? ButtonStyle.Secondary : ButtonStyle.Primary,
      label: buttons.shared ? 'Shared in channel' : 'Share in channel',
      custom_id: buttons.shareId,
      disabled: buttons.shared === true,
    });
  }
  return {
    embeds: [embed],
    components: row.length > 0 ? [{ type: ComponentType.ActionRow, components: row }] : [],
    allowed_mentions: NO_MENTIONS,
  };
}

function pageButton(label: string, customId: string, disabled: boolean): APIButtonComponent {
  return { type: ComponentType.Button, style: ButtonStyle.Secondary, label, custom_id: customId, disabled };
}

/** A one-line kind message for the user, e.g. a tampered button; details go to the log with the request id. */
export function noticeMessage(text: string): { content: string; allowed_mentions: typeof NO_MENTIONS } {
  return { content: text.slice(0, 2000), allowed_mentions: NO_MENTIONS };
}
