// Hostile and odd input through the real discord.js client and the fake gateway: unknown subcommands and commands,
// missing or mistyped options, tampered and oversized button ids, a server where /summit was never registered, and
// thousands of random option values. Every one gets one kind, limit-abiding, non-pinging answer; the client stays up.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summitCommand } from '../../commands/summit.ts';
import { limitProblems, type MessageBody } from '../adapters/discord/discord-limits-check.ts';
import type { RecordedRequest } from '../fakes/discord-fake.ts';
import { startDiscordAgainstFake, type DiscordHarness } from '../fakes/discord-harness.ts';
import { buttonClick, slashCommand } from '../fakes/discord-payloads.ts';

let h: DiscordHarness;
beforeAll(async () => {
  h = await startDiscordAgainstFake();
});
afterAll(async () => {
  await h?.stop();
});

interface Interaction {
  id: string;
  token: string;
}

/** Dispatches an interaction and resolves with the message the user finally sees (edited in after a deferral). */
async function shown(interaction: Interaction): Promise<MessageBody> {
  h.fake.dispatchInteraction(interaction);
  const callback = await h.fake.callbackOf(interaction.id);
  expect(callback.status).toBe(204);
  const body = callback.body as { type: number; data?: MessageBody & { flags?: number } };
  // 5: deferred reply, 6: deferred update (a share): what the user sees is edited in afterwards.
  if (body.type !== 5 && body.type !== 6) return body.data as MessageBody;
  if (body.type === 5) expect(body.data?.flags).toBe(64);
  const edit: RecordedRequest = await h.fake.waitForRequest(
    (r) => r.path.startsWith('/api/v10/webhooks/') && r.path.includes(`/${interaction.token}`),
  );
  return edit.body as MessageBody;
}

/** Visible text must not carry a live @everyone/@here (allowed_mentions is the real guard; this keeps it readable). */
function visibleText(body: MessageBody): string {
  return JSON.stringify([body.content ?? '', body.embeds ?? []]);
}

function expectKind(body: MessageBody, pattern: RegExp): void {
  expect(limitProblems(body)).toEqual([]);
  expect(body.content ?? JSON.stringify(body.embeds)).toMatch(pattern);
}

describe('Discord hostile input', () => {
  it('answers an unknown subcommand kindly', async () => {
    expectKind(await shown(slashCommand('drop', { tables: 'all' })), /did not understand those options/);
  });

  it('answers `ask` without its required question kindly', async () => {
    const body = await shown(slashCommand('ask'));
    expect(limitProblems(body)).toEqual([]);
    expect(body.embeds?.[0]).toMatchObject({ color: 0xed4245 });
  });

  it('answers an option sent as a number where a string is expected kindly', async () => {
    const interaction = slashCommand('who');
    const sub = (interaction.data as { options: { options: unknown[] }[] }).options[0] as { options: unknown[] };
    sub.options.push({ type: 4, name: 'name', value: 42 });
    expectKind(await shown(interaction), /did not understand those options/);
  });

  it('answers a command that is not /summit kindly', async () => {
    expectKind(await shown(slashCommand('x', {}, undefined, { commandName: 'other' })), /only answer `\/summit`/);
  });

  it.each([
    ['another prefix', 'evil:drop'],
    ['an id of 10,000 characters', `sd1:p:0:who:${'%3A'.repeat(3333)}`],
    ['an empty id', ''],
    ['a negative page', 'sd1:p:-1:who:putin'],
    ['a ref that was never stored', 'sd1:P:0:ask:AAAAAAAAAAAAAAAA'],
  ])('answers a button with %s kindly', async (_, customId) => {
    expectKind(await shown(buttonClick(customId, {})), /Run `\/summit` again|expired/);
  });

  it('answers from a server where /summit was never registered (nor cached), without crashing', async () => {
    const body = await shown(slashCommand('who', { name: 'putin' }, undefined, { guildId: '999999999999999999' }));
    expect(limitProblems(body)).toEqual([]);
    expect(body.embeds?.[0]?.title).toBe('Vladimir Putin');
  });

  it('answers 300 random button ids (ours in shape or not) within every limit', async () => {
    const customId = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ maxLength: 120 }).map((t) => `sd1:${t}`),
    );
    await fc.assert(
      fc.asyncProperty(customId, async (id) => {
        expect(limitProblems(await shown(buttonClick(id, {})))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps 2,000 random option values within every Discord limit, pinging nobody, and stays up', async () => {
    const names = summitCommand.subcommands.map((s) => s.name);
    const value = fc.oneof(
      fc.string({ maxLength: 400 }),
      fc.string({ unit: 'grapheme', maxLength: 120 }),
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.constantFrom('@everyone', '@here', '<@1>', '<@&2>', '**', '```', 'putin', 'sep 3', 'subscribe', 'status'),
    );
    const command = fc.record({
      subcommand: fc.oneof(
        { weight: 9, arbitrary: fc.constantFrom(...names) },
        fc.string({ minLength: 1, maxLength: 32 }),
      ),
      values: fc.array(value, { maxLength: 3 }),
      extra: fc.option(fc.tuple(fc.string({ minLength: 1, maxLength: 20 }), value), { nil: undefined }),
    });
    await fc.assert(
      fc.asyncProperty(command, async ({ subcommand, values, extra }) => {
        const definition = summitCommand.subcommands.find((s) => s.name === subcommand);
        const options: Record<string, string> = {};
        for (const [i, option] of (definition?.options ?? []).entries())
          if (values[i]) options[option.name] = values[i];
        if (extra) options[extra[0]] = extra[1];
        const body = await shown(slashCommand(subcommand, options));
        expect(limitProblems(body)).toEqual([]);
        expect(visibleText(body)).not.toMatch(/@(everyone|here)/);
      }),
      { numRuns: 2000 },
    );
    expect(h.fake.errorCodes()).toEqual([]);
    expect(h.logs.filter((line) => line.includes('"level":50'))).toEqual([]);
    expect(h.bot.notReadyReason?.()).toBeUndefined();
  }, 60_000);
});
