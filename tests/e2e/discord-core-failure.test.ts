// When answering fails inside the bot (here: the pack cannot be read), the user gets a short, kind ephemeral notice
// with a reference, the log gets the detail under the same reference, and the bot keeps serving.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscordAgainstFake, type DiscordHarness } from '../fakes/discord-harness.ts';
import { slashCommand } from '../fakes/discord-payloads.ts';
import { bundledPack } from '../support/bundled-pack.ts';

let h: DiscordHarness;
let broken = true;

beforeAll(async () => {
  h = await startDiscordAgainstFake(
    {},
    {
      getPack: () => {
        if (broken) throw new Error('pack store unavailable: disk error');
        return bundledPack();
      },
    },
  );
});
afterAll(async () => {
  await h?.stop();
});

describe('Discord when the core fails', () => {
  it('answers kindly with a reference that finds the error in the log, and recovers', async () => {
    const failing = slashCommand('who', { name: 'putin' });
    h.fake.dispatchInteraction(failing);
    const callback = await h.fake.callbackOf(failing.id);
    const body = callback.body as {
      type: number;
      data: { embeds: { title: string; description: string }[]; flags: number; allowed_mentions: unknown };
    };
    expect(body.data.flags).toBe(64);
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
    const [embed] = body.data.embeds;
    expect(embed?.title).toBe('Sorry, something went wrong while answering');
    const ref = /quote request id (\w+)\./.exec(embed?.description ?? '')?.[1];
    expect(ref).toBeDefined();
    const logged = h.logs.join('');
    expect(logged).toContain(`"requestId":"${ref}"`);
    expect(logged).toContain('pack store unavailable: disk error');
    expect(JSON.stringify(body)).not.toContain('disk error');

    broken = false;
    const working = { ...slashCommand('who', { name: 'putin' }), id: '777777777777777777' };
    h.fake.dispatchInteraction(working);
    const answer = (await h.fake.callbackOf(working.id)).body as { data: { embeds: { title: string }[] } };
    expect(answer.data.embeds[0]?.title).toBe('Vladimir Putin');
  });
});
