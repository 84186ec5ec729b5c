// Between the adapters and the core: every command from every front end comes here once parsed or typed, and leaves
// as an Answer. Parses once; routes channel actions (briefs, feeds, updates) to their services and everything else to
// the core; caches core answers; turns failures into a kind answer with a request id. It holds the clock, so the
// core never reads one. Adapters only translate payloads in and render Answers out.
import { LRUCache } from 'lru-cache';
import { localDateIn } from '../briefs/brief-time.ts';
import type { Answer, AnswerAction } from '../core/answer-model.ts';
import { answer } from '../core/answer.ts';
import { parseCommandText, validateCommand, type ParseResult } from '../core/parse-command.ts';
import type { StoryPack } from '../core/story-pack.ts';
import type { Logger } from '../log.ts';
import { createAnswerCache } from './answer-cache.ts';
import type { ChannelRoute } from './channel-route.ts';
import { failedAnswer, needsChannelAnswer, unavailableAnswer } from './notices.ts';
import type { CommandInput, PlatformContext } from './platform-context.ts';

export interface DispatcherOptions {
  readonly getPack: () => StoryPack;
  readonly routes: readonly ChannelRoute[];
  readonly now: () => Date;
  /** The zone whose calendar day is "today" for a brief preview (BRIEF_TIMEZONE). */
  readonly timezone: string;
  readonly logger: Logger;
  readonly newRequestId: () => string;
  /** Defaults: 500 answers for 10 s — short, so time-dependent answers (a preview) stay fresh. */
  readonly cache?: { readonly max: number; readonly ttlMs: number };
}

export interface Dispatched {
  readonly answer: Answer;
  /** For metrics and logs: the subcommand asked for, or 'invalid' when the input did not parse. */
  readonly subcommand: string;
  /** The route that answered: 'core' or a service's name. */
  readonly route: string;
}

export interface Dispatcher {
  dispatch(input: CommandInput, context: PlatformContext): Promise<Dispatched>;
}

/** An answer to one person's command may be shared with the channel and paged; a service's reply is final. */
const INTERACTIVE: readonly AnswerAction[] = [
  { type: 'page', direction: 'previous' },
  { type: 'page', direction: 'next' },
  { type: 'share' },
];

/** Distinct command texts whose parse is kept. */
const PARSED_TEXTS = 500;

/** A parse with the JSON the answer cache keys it by. */
interface Parsed {
  readonly parsed: ParseResult;
  readonly json: string;
}

function withJson(parsed: ParseResult): Parsed {
  return { parsed, json: JSON.stringify(parsed) };
}

export function createDispatcher(options: DispatcherOptions): Dispatcher {
  const { max = 500, ttlMs = 10_000 } = options.cache ?? {};
  const cache = createAnswerCache({ max, ttlMs, now: () => options.now().getTime() });

  // A command's text parses the same every time: a busy channel's repeated command (or a bench) parses it once.
  const parses = new LRUCache<string, Parsed>({ max: PARSED_TEXTS });
  const parseText = (text: string): Parsed => {
    let hit = parses.get(text);
    if (!hit) {
      hit = withJson(parseCommandText(text));
      parses.set(text, hit);
    }
    return hit;
  };

  const answerFromCore = (parsed: ParseResult, json: string, context: PlatformContext): Answer => {
    const pack = options.getPack();
    const today = localDateIn(options.now(), options.timezone);
    const key = `${context.platform}\u0000${today}\u0000${json}`;
    const cached = cache.get(pack, key);
    if (cached) return cached;
    const core = answer(pack, parsed, { today });
    const shown = context.platform === 'terminal' ? core : { ...core, actions: [...core.actions, ...INTERACTIVE] };
    cache.set(pack, key, shown);
    return shown;
  };

  return {
    async dispatch(input, context) {
      const { parsed, json } = 'text' in input ? parseText(input.text) : withJson(validateCommand(input));
      const subcommand = parsed.ok ? parsed.command.subcommand : 'invalid';
      try {
        const route = parsed.ok ? options.routes.find((r) => r.matches(parsed.command)) : undefined;
        if (!parsed.ok || !route) return { answer: answerFromCore(parsed, json, context), subcommand, route: 'core' };
        const { channelId, userId, platform } = context;
        if (channelId === undefined || userId === undefined || platform === 'terminal') {
          return { answer: needsChannelAnswer(`/summit ${subcommand}`), subcommand, route: route.name };
        }
        const handler = route.handler();
        if (!handler) return { answer: unavailableAnswer(route.unavailable), subcommand, route: route.name };
        const answered = await handler(parsed.command, { ...context, platform, channelId, userId });
        return { answer: answered, subcommand, route: route.name };
      } catch (error) {
        const requestId = options.newRequestId();
        options.logger.error({ err: error, requestId, subcommand, platform: context.platform }, 'answering failed');
        return { answer: failedAnswer(requestId), subcommand, route: 'error' };
      }
    },
  };
}
