// Discord's hard limits, in one place, each with the page that states it. Lengths are measured in UTF-16 units
// (String#length), which never undercounts Discord's character count.

import { shorten } from '../../text/shorten.ts';

export const DISCORD_LIMITS = {
  // https://discord.com/developers/docs/resources/message#embed-object-embed-limits
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  /** Title + description + field names and values + footer text + author name, across all embeds of a message. */
  embedsTotal: 6000,
  // https://discord.com/developers/docs/resources/message#create-message-jsonform-params
  embedsPerMessage: 10,
  content: 2000,
  // https://discord.com/developers/docs/components/reference#action-row
  actionRows: 5,
  buttonsPerRow: 5,
  // https://discord.com/developers/docs/components/reference#button
  customId: 100,
  buttonLabel: 80,
  // https://discord.com/developers/docs/components/reference#text-input
  textInputLabel: 45,
  // https://discord.com/developers/docs/resources/message#attachment-object
  attachmentDescription: 1024,
  // https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-autocomplete
  autocompleteChoices: 25,
  // https://discord.com/developers/docs/interactions/application-commands#application-command-object-application-command-option-choice-structure
  choiceName: 100,
  choiceValue: 100,
  // https://discord.com/developers/docs/interactions/application-commands#application-command-object-application-command-structure
  commandName: 32,
  commandDescription: 100,
  // https://discord.com/developers/docs/interactions/receiving-and-responding#responding-to-an-interaction
  /** An interaction must get its initial response within this many milliseconds, or its token dies (10062). */
  initialResponseMs: 3000,
} as const;

/** A markdown escape ("\\*") is one character to the reader: a cut must never fall between its two. */
export const MARKDOWN_ESCAPE = /\\./;

/** Cuts `text` to `max` characters with a visible "…", for labels only (never for answer lines, which paginate). */
export function clip(text: string, max: number): string {
  return shorten(text, max, MARKDOWN_ESCAPE);
}
