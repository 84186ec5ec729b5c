// End to end through the real discord.js client and the fake Discord: /summit timeline offers "Show as picture"; a
// click answers with the timeline PNG attached, described by the picture's text alternative.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscordAgainstFake, type DiscordHarness } from '../fakes/discord-harness.ts';
import { snowflake } from '../fakes/discord-ids.ts';
import { buttonClick, slashCommand } from '../fakes/discord-payloads.ts';

let h: DiscordHarness;
beforeAll(async () => {
  h = await startDiscordAgainstFake();
});
afterAll(async () => {
  await h?.stop();
});

describe('the timeline picture on Discord', () => {
  it('attaches the picture to the reply when "Show as picture" is clicked', async () => {
    const command = slashCommand('timeline');
    h.fake.dispatchInteraction(command);
    const shown = (await h.fake.callbackOf(command.id)).body as {
      data: { components: { components: { label: string; custom_id: string }[] }[] };
    };
    const picture = shown.data.components.flatMap((r) => r.components).find((c) => c.label === 'Show as picture');
    expect(picture?.custom_id).toMatch(/^sd1:g:0:timeline/);
    const click = buttonClick(picture!.custom_id, { flags: 64 }, snowflake());
    h.fake.dispatchInteraction(click);
    const reply = await h.fake.callbackOf(click.id);
    expect(reply.status).toBe(204);
    expect(String(reply.headers['content-type'])).toContain('multipart/form-data');
    const body = String(reply.body);
    expect(body).toContain('filename="summit-timeline.png"');
    expect(body).toContain('PNG');
    expect(body).toContain('Timeline picture. 28 Aug 2025 – 3 Sep 2025');
  });
});
