// Button custom ids carry the state a click needs — what to show and which page — so any process can answer a click
// without a session store. They come back from users' clients, so they are parsed with zod like any payload.
// Custom ids are at most 100 characters: https://discord.com/developers/docs/components/reference#button
import { z } from 'zod';
import { summitCommand, type SubcommandName } from '../../../commands/summit.ts';
import { DISCORD_LIMITS } from './discord-limits.ts';

const PREFIX = 'sd1';
const subcommandNames = summitCommand.subcommands.map((s) => s.name) as [SubcommandName, ...SubcommandName[]];

export const buttonActions = {
  /** Show a page of the viewer's own (ephemeral) answer. */
  page: 'p',
  /** Show a page of an answer shared in the channel. */
  channelPage: 'c',
  /** Post the page publicly in the channel. */
  share: 's',
  /** Post the answer's picture ("Show as picture") in the channel, as an attachment. */
  picture: 'g',
} as const;
export type ButtonAction = keyof typeof buttonActions;

export interface ButtonState {
  readonly action: ButtonAction;
  readonly page: number;
  readonly subcommand: SubcommandName;
  /** Option values by option name, as the command gave them; or, with `ref`, `{ ref: key }` of values kept in memory. */
  readonly options: Readonly<Record<string, string>>;
  /** True when the options did not fit in 100 characters and `options.ref` names where they are kept. */
  readonly ref?: boolean;
}

const letters = Object.fromEntries(Object.entries(buttonActions).map(([k, v]) => [v, k])) as Record<
  string,
  ButtonAction
>;

const idSchema = z
  .string()
  .max(DISCORD_LIMITS.customId)
  .regex(/^sd1:[a-zA-Z]:\d{1,3}:[a-z]+(:|$)/)
  .transform((id, ctx) => {
    const [, letter = '', page = '', subcommand = '', ...values] = id.split(':');
    const action = letters[letter.toLowerCase()];
    const ref = letter !== letter.toLowerCase();
    const definition = summitCommand.subcommands.find((s) => s.name === subcommand);
    const names: readonly string[] = ref ? ['ref'] : (definition?.options.map((o) => o.name) ?? []);
    if (!action || !definition || values.length > names.length) {
      ctx.addIssue({ code: 'custom', message: 'unknown action or subcommand, or too many values' });
      return z.NEVER;
    }
    const options = Object.fromEntries(
      values.map((v, i) => [names[i] as string, unescapeValue(v)] as const).filter(([, v]) => v !== ''),
    );
    return { action, page: Number(page), subcommand: definition.name, options, ref };
  })
  .pipe(
    z.strictObject({
      action: z.enum(Object.keys(buttonActions) as [ButtonAction, ...ButtonAction[]]),
      page: z.number().int().min(0).max(999),
      subcommand: z.enum(subcommandNames),
      options: z.record(z.string(), z.string().max(300)),
      ref: z.boolean(),
    }),
  );

/** The custom id, or undefined when the state does not fit in 100 characters. */
export function encodeCustomId(state: ButtonState): string | undefined {
  const letter = buttonActions[state.action];
  const definition = summitCommand.subcommands.find((s) => s.name === state.subcommand);
  const names: readonly string[] = state.ref ? ['ref'] : (definition?.options.map((o) => o.name) ?? []);
  const values = names.map((n) => escapeValue(state.options[n] ?? ''));
  while (values.length > 0 && values[values.length - 1] === '') values.pop();
  const id = [PREFIX, state.ref ? letter.toUpperCase() : letter, state.page, state.subcommand, ...values].join(':');
  return id.length <= DISCORD_LIMITS.customId ? id : undefined;
}

export type DecodedCustomId = { ok: true; state: ButtonState } | { ok: false; problem: string };

export function decodeCustomId(id: string): DecodedCustomId {
  const parsed = idSchema.safeParse(id);
  if (!parsed.success) return { ok: false, problem: parsed.error.issues.map((i) => i.message).join('; ') };
  const { ref, ...rest } = parsed.data;
  return { ok: true, state: { ...rest, ...(ref ? { ref } : {}) } };
}

// ":" separates values, so it (and the escape character) is percent-escaped inside them.
function escapeValue(value: string): string {
  return value.replace(/%/g, '%25').replace(/:/g, '%3A');
}

function unescapeValue(value: string): string {
  return value.replace(/%3A/gi, ':').replace(/%25/g, '%');
}
