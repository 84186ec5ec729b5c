// End to end through the real discord.js client and the fake Discord: /summit timeline offers "Show as picture"; a
// click answers with the timeline PNG attached, described by the picture's text alternative. A click that finds no
// story day to draw, or a picture Discord refuses, gets a kind ephemeral line instead.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { StoryPack } from '../../src/core/story-pack.ts';
import { NO_PICTURE } from '../../src/picture/timeline-picture.ts';
import type { RecordedRequest } from '../fakes/discord-fake.ts';
import { startDiscordAgainstFake, type DiscordHarness } from '../fakes/discord-harness.ts';
import { snowflake } from '../fakes/discord-ids.ts';
import { buttonClick, slashCommand } from '../fakes/discord-payloads.ts';
import { bundledPack } from '../support/bundled-pack.ts';
import { withoutDays } from '../support/pack-without-days.ts';

/** The pack the bot answers from; a test may swap it, as a pack reload does, between showing a button and its click. */
let pack: StoryPack = bundledPack();
let h: DiscordHarness;
beforeAll(async () => {
  h = await startDiscordAgainstFake({}, { getPack: () => pack });
});
afterEach(() => {
  pack = bundledPack();
});
afterAll(async () => {
  await h?.stop();
});

/** Runs /summit timeline and returns the custom id of its "Show as picture" button. */
async function pictureButton(): Promise<string | undefined> {
  const command = slashCommand('timeline');
  h.fake.dispatchInteraction(command);
  const shown = (await h.fake.callbackOf(command.id)).body as {
    data: { components: { components: { label: string; custom_id: string }[] }[] };
  };
  return shown.data.components.flatMap((r) => r.components).find((c) => c.label === 'Show as picture')?.custom_id;
}

const isCallbackOf = (interactionId: string) => (r: RecordedRequest) =>
  r.method === 'POST' && r.path.startsWith(`/api/v10/interactions/${interactionId}/`);
const channelPosts = () => h.fake.requests.filter((r) => r.method === 'POST' && r.path.includes('/channels/'));

describe('the timeline picture on Discord', () => {
  it('attaches the picture to the reply when "Show as picture" is clicked', async () => {
    const picture = await pictureButton();
    expect(picture).toMatch(/^sd1:g:0:timeline/);
    const click = buttonClick(picture!, { flags: 64 }, snowflake());
    h.fake.dispatchInteraction(click);
    const reply = await h.fake.callbackOf(click.id);
    expect(reply.status).toBe(204);
    expect(String(reply.headers['content-type'])).toContain('multipart/form-data');
    const body = String(reply.body);
    expect(body).toContain('filename="summit-timeline.png"');
    expect(body).toContain('PNG');
    expect(body).toContain('Timeline picture. 28 Aug 2025 – 3 Sep 2025');
  });

  it('tells only the clicker there is no story day to draw when the timeline has none by the click, attaching nothing', async () => {
    const picture = await pictureButton();
    // The pack is reloaded before the click, its sources now giving no day for any event.
    pack = withoutDays(bundledPack());
    const posted = channelPosts().length;
    const click = buttonClick(picture!, { flags: 64 }, snowflake());
    h.fake.dispatchInteraction(click);
    const reply = await h.fake.callbackOf(click.id);
    expect(reply.status).toBe(204);
    expect(String(reply.headers['content-type'])).toContain('application/json');
    expect(reply.body).toMatchObject({
      type: 4,
      data: { content: NO_PICTURE, flags: 64, allowed_mentions: { parse: [] } },
    });
    expect(JSON.stringify(reply.body)).not.toContain('attachments');
    expect(h.fake.requests.filter(isCallbackOf(click.id))).toHaveLength(1);
    expect(channelPosts()).toHaveLength(posted);
  });

  it('tells the clicker kindly, under a reference the log has, when Discord refuses the picture, and keeps serving', async () => {
    const picture = await pictureButton();
    const click = buttonClick(picture!, { flags: 64 }, snowflake());
    h.fake.refuseCallback(click.id, 413, { code: 40005, message: 'Request entity too large' });
    h.fake.dispatchInteraction(click);
    const refused = await h.fake.callbackOf(click.id);
    expect(refused.status).toBe(413);
    expect(String(refused.body)).toContain('filename="summit-timeline.png"');
    // The refused reply left the interaction unanswered, so the notice is its first response.
    const notice = await h.fake.waitForRequest((r) => isCallbackOf(click.id)(r) && r !== refused);
    expect(notice.status).toBe(204);
    const body = notice.body as { type: number; data: { content: string; flags: number; allowed_mentions: unknown } };
    expect(body).toMatchObject({ type: 4, data: { flags: 64, allowed_mentions: { parse: [] } } });
    const ref = /^Something went wrong on my side \(ref (\w+)\)\. Please try again\.$/.exec(body.data.content)?.[1];
    expect(ref).toBeDefined();
    const logged = h.logs
      .join('')
      .split('\n')
      .filter((line) => line.includes(`"requestId":"${ref}"`))
      .map((line) => JSON.parse(line) as { msg: string; err?: { message?: string } });
    expect(logged).toContainEqual(expect.objectContaining({ msg: 'discord interaction failed' }));
    expect(JSON.stringify(logged)).toContain('Request entity too large');
    expect(logged.map((l) => l.msg)).not.toContain('could not tell the user');

    const again = buttonClick(picture!, { flags: 64 }, snowflake());
    h.fake.dispatchInteraction(again);
    const reply = await h.fake.callbackOf(again.id);
    expect(reply.status).toBe(204);
    expect(String(reply.body)).toContain('filename="summit-timeline.png"');
  });
});
