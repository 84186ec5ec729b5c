// Buttons through the real discord.js client and the fake: paging in place, sharing in the channel, double clicks,
// tampered ids, autocomplete and the deferred `ask` path.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedRequest } from '../fakes/discord-fake.ts';
import { startDiscordAgainstFake, type DiscordHarness } from '../fakes/discord-harness.ts';
import { FAKE_IDS, snowflake } from '../fakes/discord-ids.ts';
import { buttonClick, slashCommand } from '../fakes/discord-payloads.ts';

interface Body {
  type: number;
  data: {
    flags?: number;
    content?: string;
    embeds: { title: string; footer?: { text: string } }[];
    components: { components: { label: string; custom_id: string; disabled: boolean }[] }[];
    allowed_mentions?: unknown;
    choices?: { name: string; value: string }[];
  };
}
const bodyOf = (r: RecordedRequest) => r.body as Body;
const button = (b: Body, label: string) =>
  b.data.components.flatMap((row) => row.components).find((c) => c.label === label) as {
    custom_id: string;
    disabled: boolean;
  };

let h: DiscordHarness;
beforeAll(async () => {
  h = await startDiscordAgainstFake();
});
afterAll(async () => {
  await h?.stop();
});

/** Dispatches an interaction and resolves with its callback body. */
async function send(interaction: { id: string }): Promise<Body> {
  h.fake.dispatchInteraction(interaction);
  const callback = await h.fake.callbackOf(interaction.id);
  expect(callback.status).toBe(204);
  return bodyOf(callback);
}

describe('Discord buttons', () => {
  it('suggests Vladimir Putin first while the user types "putn"', async () => {
    const body = await send(slashCommand('who', { name: 'putn' }, 'name'));
    expect(body.type).toBe(8);
    expect(body.data.choices?.[0]).toEqual({
      name: expect.stringMatching(/^Vladimir Putin — /),
      value: 'Vladimir Putin',
    });
    expect(body.data.choices?.length).toBeLessThanOrEqual(25);
  });

  it('turns to the next page in place (callback type 7), and a double click shows the same page twice', async () => {
    const first = await send(slashCommand('timeline'));
    expect(first.data.embeds[0]?.footer?.text).toMatch(/^Page 1 of \d+/);
    expect(button(first, 'Previous').disabled).toBe(true);
    const next = button(first, 'Next').custom_id;
    const messageId = snowflake();
    const [a, b] = await Promise.all([
      send(buttonClick(next, first.data, messageId)),
      send(buttonClick(next, first.data, messageId)),
    ]);
    for (const update of [a, b]) {
      expect(update.type).toBe(7);
      expect(update.data.embeds[0]?.footer?.text).toMatch(/^Page 2 of \d+/);
      expect(update.data.allowed_mentions).toEqual({ parse: [] });
      expect(button(update, 'Share in channel').custom_id).toBe('sd1:s:1:timeline');
    }
    expect(h.fake.errorCodes()).toEqual([]);
  });

  it('shares in the channel once, attributed without a ping, even when Share is clicked twice', async () => {
    // Only this test's requests count: other tests in the file share the same fake.
    const before = h.fake.requests.length;
    const ours = (r: RecordedRequest) => h.fake.requests.indexOf(r) >= before;
    const reply = await send(slashCommand('who', { name: 'putin' }));
    const share = button(reply, 'Share in channel').custom_id;
    const messageId = snowflake();
    const clicks = [buttonClick(share, reply.data, messageId), buttonClick(share, reply.data, messageId)];
    const [first, second] = await Promise.all(clicks.map((c) => send(c)));
    expect(first?.type).toBe(6);
    expect(second).toMatchObject({ type: 4, data: { flags: 64, content: 'Already shared in this channel.' } });

    const post = await h.fake.waitForRequest(
      (r) => ours(r) && r.method === 'POST' && r.path === `/api/v10/channels/${FAKE_IDS.channel}/messages`,
    );
    expect(post.body).toMatchObject({
      content: `Shared by <@${FAKE_IDS.user}>`,
      allowed_mentions: { parse: [] },
      embeds: reply.data.embeds,
      components: [],
    });
    const edit = await h.fake.waitForRequest(
      (r) => r.method === 'PATCH' && r.path.includes(`/webhooks/${FAKE_IDS.application}/${clicks[0]?.token}/`),
    );
    const edited = { type: 7, data: edit.body } as Body;
    expect(button(edited, 'Shared in channel').disabled).toBe(true);
    const posts = h.fake.requests.filter((r) => ours(r) && r.method === 'POST' && r.path.includes('/channels/'));
    expect(posts).toEqual([post]);
    expect(h.fake.errorCodes()).toEqual([]);
  });

  it('pages a shared answer in place for everyone, without a Share button and keeping the attribution', async () => {
    const reply = await send(slashCommand('timeline'));
    const click = buttonClick(button(reply, 'Share in channel').custom_id, reply.data);
    await send(click);
    const post = await h.fake.waitForRequest(
      (r) => r.method === 'POST' && r.path.includes('/channels/') && JSON.stringify(r.body).includes('sd1:c:'),
    );
    const shared = { type: 0, data: post.body } as Body;
    expect(button(shared, 'Next').custom_id).toBe('sd1:c:1:timeline');
    const turned = await send(buttonClick('sd1:c:1:timeline', { ...shared.data, flags: 0 }));
    expect(turned.type).toBe(7);
    expect(turned.data.content).toBeUndefined();
    expect(turned.data.embeds[0]?.footer?.text).toMatch(/^Page 2 of /);
    expect(turned.data.components[0]?.components.map((c) => c.label)).toEqual(['Previous', 'Next']);
  });

  it.each([
    ['a tampered id', 'sd1:p:0:who:putin:extra'],
    ['an unknown subcommand', 'sd1:p:0:drop:tables'],
    ['an oversized id', `sd1:p:0:who:${'a'.repeat(200)}`],
    ['a page that does not exist', 'sd1:p:77:who:putin'],
  ])('answers %s with a kind ephemeral line', async (_, customId) => {
    const body = await send(buttonClick(customId, {}));
    expect(body).toMatchObject({ type: 4, data: { flags: 64, allowed_mentions: { parse: [] } } });
    expect(body.data.content).toMatch(/Run `\/summit` again/);
  });

  it('defers `ask` first (type 5, ephemeral), then edits in the answer', async () => {
    const interaction = slashCommand('ask', { question: 'how long is the parade?' });
    const body = await send(interaction);
    expect(body).toEqual({ type: 5, data: { flags: 64 } });
    const edit = await h.fake.waitForRequest(
      (r) => r.method === 'PATCH' && r.path.endsWith(`/${interaction.token}/messages/%40original`),
    );
    expect(edit.body).toMatchObject({
      allowed_mentions: { parse: [] },
      embeds: [expect.objectContaining({ title: expect.any(String) })],
    });
  });
});
