// Slack's Block Kit limits, in one place, each with the page that states it. The renderer stays under all of them and
// the contract tests check every page against them.

/** Slack: at most 50 blocks in a message — https://docs.slack.dev/reference/block-kit/blocks */
export const MAX_BLOCKS = 50;
/** Slack: section text <= 3000 characters — https://docs.slack.dev/reference/block-kit/blocks/section-block */
export const MAX_SECTION_TEXT = 3000;
/** Slack: header plain_text <= 150 characters — https://docs.slack.dev/reference/block-kit/blocks/header-block */
export const MAX_HEADER_TEXT = 150;
/** Slack: a context block holds at most 10 elements — https://docs.slack.dev/reference/block-kit/blocks/context-block */
export const MAX_CONTEXT_ELEMENTS = 10;
/**
 * A context element is a text object; Slack caps text objects at 3000 characters
 * (https://docs.slack.dev/reference/block-kit/composition-objects/text-object). We stay at 2000 for headroom.
 */
export const MAX_CONTEXT_TEXT = 2000;
/** Slack: button value <= 2000 characters — https://docs.slack.dev/reference/block-kit/block-elements/button-element */
export const MAX_BUTTON_VALUE = 2000;
/** Slack: button text <= 75 characters — https://docs.slack.dev/reference/block-kit/block-elements/button-element */
export const MAX_BUTTON_TEXT = 75;
/** Slack: action_id <= 255 characters — https://docs.slack.dev/reference/block-kit/block-elements/button-element */
export const MAX_ACTION_ID = 255;
/** Slack: at most 25 elements in an actions block — https://docs.slack.dev/reference/block-kit/blocks/actions-block */
export const MAX_ACTIONS_ELEMENTS = 25;
/**
 * The text of all blocks together. Slack documents 40 000 characters for `text`, but rejects block sets well before
 * that with `msg_blocks_too_long` (reported near 13 000 characters: https://github.com/slackapi/bolt-js/issues/2509),
 * so a page carries at most this many characters of block text.
 */
export const MAX_PAGE_TEXT = 11_000;
/** The fallback `text` shown in notifications; kept short (Slack truncates `text` at 40 000 characters). */
export const MAX_FALLBACK_TEXT = 3000;
/** An uploaded image's alt text — https://docs.slack.dev/reference/methods/files.getUploadURLExternal */
export const MAX_ALT_TEXT = 1000;
