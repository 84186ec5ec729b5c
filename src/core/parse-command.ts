// Turns command text ("who putin", "/summit timeline sep 3") into a command, using the one definition in commands/.
import { MAX_COMMAND_TEXT, summitCommand, type SubcommandName } from '../../commands/summit.ts';
import { command as commandPart, say, type DraftPart } from './answer-draft.ts';
import { stripControlCharacters } from './normalize-text.ts';
import { shorten } from '../text/shorten.ts';

export interface SummitCommand {
  readonly subcommand: SubcommandName;
  /** Option values by option name; absent when not given. */
  readonly options: Readonly<Record<string, string>>;
}

export type ParseResult =
  | { ok: true; command: SummitCommand }
  | { ok: false; reason: 'unknown-subcommand' | 'too-long' | 'bad-option'; message: readonly DraftPart[] };

export function findSubcommand(name: string) {
  return summitCommand.subcommands.find((s) => s.name === name.toLowerCase());
}

export function parseCommandText(raw: string): ParseResult {
  if (raw.length > MAX_COMMAND_TEXT * 4) return tooLong(raw.length);
  const text = stripControlCharacters(raw)
    .trim()
    .replace(/^\/?summit\b\s*/i, '');
  if (text.length > MAX_COMMAND_TEXT) return tooLong(text.length);
  if (text === '') return { ok: true, command: { subcommand: 'help', options: {} } };

  const [first = '', ...words] = text.split(/\s+/);
  const subcommand = findSubcommand(first);
  if (!subcommand) {
    return { ok: false, reason: 'unknown-subcommand', message: say(`There is no “${shorten(first, 30)}” command.`) };
  }
  const options: Record<string, string> = {};
  subcommand.options.forEach((option, i) => {
    const value = 'rest' in option && option.rest ? words.slice(i).join(' ') : words[i];
    if (value) options[option.name] = value;
  });
  return validateCommand({ subcommand: subcommand.name, options });
}

/** Checks option values against the definition: the same rules whichever platform the values came from. */
export function validateCommand(command: {
  readonly subcommand: string;
  readonly options: Readonly<Record<string, string>>;
}): ParseResult {
  const definition = findSubcommand(command.subcommand);
  if (!definition) return { ok: false, reason: 'unknown-subcommand', message: say('That command does not exist.') };
  const options: Record<string, string> = {};
  for (const option of definition.options) {
    const value = stripControlCharacters(command.options[option.name] ?? '').trim();
    if (value.length > option.maxLength) {
      return {
        ok: false,
        reason: 'too-long',
        message: say(`The ${option.name} is ${value.length} characters long; the limit is ${option.maxLength}.`),
      };
    }
    if (value === '' && option.required) {
      return {
        ok: false,
        reason: 'bad-option',
        message: say(commandPart(definition.name), ` needs a ${option.name}.`),
      };
    }
    if (value !== '') options[option.name] = value;
  }
  return { ok: true, command: { subcommand: definition.name, options } };
}

function tooLong(length: number): ParseResult {
  return {
    ok: false,
    reason: 'too-long',
    message: say(
      `That request is ${length} characters long; the limit is ${MAX_COMMAND_TEXT}. Try a shorter question.`,
    ),
  };
}
