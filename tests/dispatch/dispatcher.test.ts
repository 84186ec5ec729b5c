import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { finishAnswer, say } from '../../src/core/answer-draft.ts';
import type { StoryPack } from '../../src/core/story-pack.ts';
import type { ChannelRoute } from '../../src/dispatch/channel-route.ts';
import { createDispatcher, type DispatcherOptions } from '../../src/dispatch/dispatcher.ts';
import type { PlatformContext } from '../../src/dispatch/platform-context.ts';
import { createLogger } from '../../src/log.ts';
import { summaryText } from '../support/answer-view.ts';
import { bundledPack } from '../support/bundled-pack.ts';

const slack: PlatformContext = { platform: 'slack', channelId: 'C1', userId: 'U1', canManage: true };
const terminal: PlatformContext = { platform: 'terminal', canManage: false };

function setup(overrides: Partial<DispatcherOptions> = {}) {
  let now = new Date('2025-09-03T08:00:00Z');
  const logged: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _e, done) {
      logged.push(chunk.toString());
      done();
    },
  });
  const calls: { command: string; channel: string; canManage: boolean }[] = [];
  const briefRoute: ChannelRoute = {
    name: 'briefs',
    matches: (c) => c.subcommand === 'brief' && c.options.action === 'subscribe',
    handler: () => async (command, ctx) => {
      calls.push({ command: command.subcommand, channel: ctx.channelId, canManage: ctx.canManage });
      return finishAnswer({ status: 'answered', title: 'Subscribed', summary: say('Daily at 08:00.'), sections: [] });
    },
    unavailable: 'Daily briefs are',
  };
  const dispatcher = createDispatcher({
    getPack: bundledPack,
    routes: [briefRoute],
    now: () => now,
    timezone: 'Europe/Berlin',
    logger: createLogger({ level: 'info', secrets: [], destination: sink }),
    newRequestId: () => 'req-42',
    ...overrides,
  });
  return { dispatcher, calls, logged, advance: (ms: number) => (now = new Date(now.getTime() + ms)) };
}

describe('the dispatcher', () => {
  it('sends channel actions to their service with the platform context, everything else to the core', async () => {
    const { dispatcher, calls } = setup();
    const subscribed = await dispatcher.dispatch({ text: 'brief subscribe 08:00' }, slack);
    expect(subscribed).toMatchObject({ route: 'briefs', subcommand: 'brief', answer: { title: 'Subscribed' } });
    expect(calls).toEqual([{ command: 'brief', channel: 'C1', canManage: true }]);
    const who = await dispatcher.dispatch({ subcommand: 'who', options: { name: 'putin' } }, slack);
    expect(who).toMatchObject({ route: 'core', subcommand: 'who', answer: { title: 'Vladimir Putin' } });
  });

  it('gives chat answers share and page actions, a service reply and the terminal none', async () => {
    const { dispatcher } = setup();
    const chat = await dispatcher.dispatch({ text: 'who putin' }, slack);
    expect(chat.answer.actions.map((a) => a.type)).toEqual(['page', 'page', 'share']);
    expect((await dispatcher.dispatch({ text: 'who putin' }, terminal)).answer.actions).toEqual([]);
    expect((await dispatcher.dispatch({ text: 'brief subscribe' }, slack)).answer.actions).toEqual([]);
  });

  it('says a channel action needs a channel when it comes from the terminal', async () => {
    const { dispatcher, calls } = setup();
    const { answer } = await dispatcher.dispatch({ text: 'brief subscribe' }, terminal);
    expect(answer).toMatchObject({ status: 'bad-input', title: '/summit brief works in a channel' });
    expect(calls).toEqual([]);
  });

  it('answers kindly when a service is not running', async () => {
    const { dispatcher } = setup({
      routes: [{ name: 'briefs', matches: () => true, handler: () => undefined, unavailable: 'Daily briefs are' }],
    });
    const { answer } = await dispatcher.dispatch({ text: 'brief subscribe' }, slack);
    expect(answer).toMatchObject({ status: 'unavailable', title: 'Daily briefs are unavailable right now' });
  });

  it('turns a failure into a kind answer with the request id, and logs the detail under that id', async () => {
    const { dispatcher, logged } = setup({
      routes: [
        {
          name: 'broken',
          matches: () => true,
          handler: () => () => Promise.reject(new Error('database is locked')),
          unavailable: 'x',
        },
      ],
    });
    const { answer, route } = await dispatcher.dispatch({ text: 'who putin' }, slack);
    expect(route).toBe('error');
    expect(answer.status).toBe('failed');
    expect(summaryText(answer)).toContain('request id req-42');
    expect(summaryText(answer)).not.toContain('database is locked');
    const line = logged.find((l) => l.includes('"requestId":"req-42"'));
    expect(line).toContain('database is locked');
  });

  it('parses typed text and option values with the same rules', async () => {
    const { dispatcher } = setup();
    const typed = await dispatcher.dispatch({ text: `who ${'a'.repeat(200)}` }, slack);
    const options = await dispatcher.dispatch({ subcommand: 'who', options: { name: 'a'.repeat(200) } }, slack);
    expect(typed.answer).toEqual(options.answer);
    expect(typed.answer.status).toBe('bad-input');
    expect((await dispatcher.dispatch({ subcommand: 'nope', options: {} }, slack)).subcommand).toBe('invalid');
  });

  it('serves a repeated command from its cache until the entry is 10 s old or the pack is reloaded', async () => {
    let pack: StoryPack = bundledPack();
    const { dispatcher, advance } = setup({ getPack: () => pack });
    const first = await dispatcher.dispatch({ text: 'who putin' }, slack);
    expect((await dispatcher.dispatch({ text: 'who putin' }, slack)).answer).toBe(first.answer);
    advance(10_001);
    const later = await dispatcher.dispatch({ text: 'who putin' }, slack);
    expect(later.answer).not.toBe(first.answer);
    expect(later.answer).toEqual(first.answer);
    pack = { ...bundledPack() };
    expect((await dispatcher.dispatch({ text: 'who putin' }, slack)).answer).not.toBe(later.answer);
  });

  it('previews the brief of the day in its zone, from its own clock', async () => {
    const { dispatcher, advance } = setup();
    expect((await dispatcher.dispatch({ text: 'brief' }, slack)).answer.title).toBe('Daily brief — 3 Sep 2025');
    advance(16 * 3600_000); // 00:00 UTC on 4 Sep is already 02:00 in Berlin
    expect((await dispatcher.dispatch({ text: 'brief' }, slack)).answer.title).toBe('Daily brief — 4 Sep 2025');
  });
});
