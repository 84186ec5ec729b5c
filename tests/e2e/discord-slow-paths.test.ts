// Slow and failing Discord: the click is acknowledged before the slow channel post, so the interaction never expires
// (no 10062) and is never answered twice (no 40060); a refused post becomes a kind ephemeral follow-up.
import { afterEach, describe, expect, it } from 'vitest';
import type { FakeDiscordOptions, RecordedRequest } from '../fakes/discord-fake.ts';
import { startDiscordAgainstFake, type DiscordHarness } from '../fakes/discord-harness.ts';
import { FAKE_IDS } from '../fakes/discord-ids.ts';
import { buttonClick, slashCommand } from '../fakes/discord-payloads.ts';
import { until } from '../support/bot-process.ts';

let h: DiscordHarness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

/** Asks `/summit who name:putin`, then (with the fake now behaving as `then`) clicks Share on the reply. */
async function shareClick(harness: DiscordHarness, then: FakeDiscordOptions) {
  const command = slashCommand('who', { name: 'putin' });
  harness.fake.dispatchInteraction(command);
  const reply = (await harness.fake.callbackOf(command.id)).body as { data: object };
  harness.fake.options = then;
  const click = buttonClick('sd1:s:0:who:putin', reply.data);
  harness.fake.dispatchInteraction(click);
  return click;
}

describe('Discord slow paths', () => {
  it('acknowledges a share click while its channel post is still unanswered, so a slow post cannot expire it', async () => {
    // The fake answers the channel post only when the test says: the click's acknowledgement must come first, however
    // slow the post (a bot that waited for the post would never acknowledge; the wait below fails naming it).
    let answerPost!: () => void;
    h = await startDiscordAgainstFake();
    const click = await shareClick(h, { channelMessageGate: new Promise((resolve) => (answerPost = resolve)) });
    const harness = h;
    const isPost = (r: RecordedRequest) => r.path === `/api/v10/channels/${FAKE_IDS.channel}/messages`;
    const callback = await until('the click acknowledged while its channel post is held', () =>
      harness.fake.requests.find((r) => r.path.startsWith(`/api/v10/interactions/${click.id}/`) && r.status),
    );
    expect(callback).toMatchObject({ status: 204, body: { type: 6 } });
    // The post may reach the fake just after the acknowledgement (the bot acks, then posts); it is held unanswered
    // either way, so the acknowledgement above did not wait for it.
    await until('the channel post held', () => harness.fake.requests.some(isPost));
    expect(harness.fake.requests.filter(isPost).map((r) => r.status)).toEqual([undefined]);
    answerPost();
    const edit = await harness.fake.waitForRequest((r) => r.method === 'PATCH' && r.path.includes(click.token));
    expect(edit.status).toBe(200);
    expect(harness.fake.requests.filter(isPost).map((r) => r.status)).toEqual([200]);
    expect(harness.fake.errorCodes()).toEqual([]);
  });

  it('tells the sharer kindly when the bot may not post in the channel', async () => {
    h = await startDiscordAgainstFake();
    const click = await shareClick(h, { channelMessageStatus: 403 });
    const followUp = await h.fake.waitForRequest((r) => r.method === 'POST' && r.path.endsWith(`/${click.token}`));
    expect(followUp.body).toMatchObject({
      flags: 64,
      allowed_mentions: { parse: [] },
      content: expect.stringMatching(/could not post in this channel/),
    });
    expect(h.fake.errorCodes()).toEqual([50013]);
  });

  it('waits out a 429 on the channel post and retries, so the share still lands once', async () => {
    h = await startDiscordAgainstFake();
    const click = await shareClick(h, { rateLimitFirstChannelMessage: true });
    await h.fake.waitForRequest((r) => r.method === 'PATCH' && r.path.includes(click.token));
    const posts = h.fake.requests.filter((r) => r.path === `/api/v10/channels/${FAKE_IDS.channel}/messages`);
    expect(posts.map((r) => r.status)).toEqual([429, 200]);
  });
});
