// The one definition of `/summit`: Discord registration, Slack/terminal text parsing, autocomplete and help are all
// derived from this data. No platform imports here, and no story: descriptions fit any pack, and examples are
// templates the help fills from the loaded pack ({person}, {day}, {article}: src/core/help-examples.ts).

export interface OptionDefinition {
  readonly name: string;
  readonly description: string;
  readonly required: boolean;
  /** Longest value accepted, in characters (Discord enforces it client-side; the parser enforces it everywhere). */
  readonly maxLength: number;
  readonly autocomplete?: boolean;
  /** When set, only these values are accepted. */
  readonly choices?: readonly string[];
  /** When true, this option takes the rest of the text, spaces included. */
  readonly rest?: boolean;
}

export interface SubcommandDefinition {
  readonly name: string;
  readonly description: string;
  readonly options: readonly OptionDefinition[];
  /** Templates: {person}, {day} and {article} are filled from the loaded pack when the help is shown. */
  readonly examples: readonly string[];
}

export interface CommandDefinition {
  readonly name: string;
  readonly description: string;
  readonly subcommands: readonly SubcommandDefinition[];
}

export const summitCommand = {
  name: 'summit',
  description: 'Sourced answers about the story: who, what happened when, and which articles say so',
  subcommands: [
    {
      name: 'who',
      description: 'The people in the story, or one person: role, spellings, what each source says',
      options: [
        {
          name: 'name',
          description: 'A name in any spelling the sources use, or a short name',
          required: false,
          maxLength: 100,
          autocomplete: true,
          rest: true,
        },
      ],
      examples: ['who', 'who {person}'],
    },
    {
      name: 'timeline',
      description: 'Events in date order with the sources’ own wording; filter by day, person or keyword',
      options: [
        {
          name: 'filter',
          description: 'A day (YYYY-MM-DD, or a month and day), a person or a keyword',
          required: false,
          maxLength: 100,
          rest: true,
        },
      ],
      examples: ['timeline', 'timeline {day}', 'timeline {person}'],
    },
    {
      name: 'sources',
      description: 'The articles behind every answer: outlet, date, kind of source, what each supports',
      options: [
        {
          name: 'id',
          description: 'An article id, as sources lists them',
          required: false,
          maxLength: 40,
        },
      ],
      examples: ['sources', 'sources {article}'],
    },
    {
      name: 'ask',
      description: 'A free question, answered only with sentences from the articles (or “the sources don’t say”)',
      options: [
        {
          name: 'question',
          description: 'A question in your own words',
          required: true,
          maxLength: 300,
          rest: true,
        },
      ],
      examples: ['ask what did {person} say?', 'ask what happened on {day}?'],
    },
    {
      name: 'brief',
      description: 'The daily brief: preview it, or subscribe this channel to get it every morning',
      options: [
        {
          name: 'action',
          description: 'preview (default), subscribe, unsubscribe or status',
          required: false,
          maxLength: 20,
          choices: ['preview', 'subscribe', 'unsubscribe', 'status'],
        },
        {
          name: 'time',
          description: 'Local time to post, HH:MM (default 08:00)',
          required: false,
          maxLength: 5,
        },
        {
          name: 'timezone',
          description: 'IANA time zone, e.g. Europe/Berlin (default: the bot’s BRIEF_TIMEZONE)',
          required: false,
          maxLength: 64,
        },
      ],
      examples: ['brief', 'brief subscribe 08:00 Europe/Berlin', 'brief status'],
    },
    {
      name: 'feeds',
      description: 'The feeds new articles come from: list them, or add or remove one (RSS, Atom, JSON Feed)',
      options: [
        {
          name: 'action',
          description: 'list (default), add or remove',
          required: false,
          maxLength: 10,
          choices: ['list', 'add', 'remove'],
        },
        {
          name: 'url',
          description: 'The feed’s address, http(s)://…',
          required: false,
          maxLength: 480,
        },
        {
          name: 'scope',
          description: 'add only: all = every item; story (default) = only items about the story',
          required: false,
          maxLength: 10,
          choices: ['story', 'all'],
        },
      ],
      examples: [
        'feeds',
        'feeds add https://example.com/rss.xml',
        'feeds add https://example.com/rss.xml all',
        'feeds remove https://example.com/rss.xml',
      ],
    },
    {
      name: 'updates',
      description: 'A short post in this channel whenever new articles change the story',
      options: [
        {
          name: 'action',
          description: 'status (default), subscribe or unsubscribe',
          required: false,
          maxLength: 20,
          choices: ['status', 'subscribe', 'unsubscribe'],
        },
      ],
      examples: ['updates subscribe', 'updates status', 'updates unsubscribe'],
    },
    {
      name: 'review',
      description: 'Editors: confirm, hide or correct facts read from the text; review log lists decisions',
      options: [
        {
          name: 'args',
          description: 'empty (the queue), a page number, log, or confirm|hide|correct <fact id>',
          required: false,
          maxLength: 400,
          rest: true,
        },
      ],
      examples: ['review', 'review log'],
    },
    {
      name: 'help',
      description: 'What the bot can answer, with examples',
      options: [],
      examples: ['help'],
    },
  ],
} as const satisfies CommandDefinition;

export type SubcommandName = (typeof summitCommand.subcommands)[number]['name'];

/** Whole command text longer than this is refused before parsing (a kind error, never a truncation). */
export const MAX_COMMAND_TEXT = 500;
