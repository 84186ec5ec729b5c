// The real discord.js client, through startDiscord, against a fake Discord on 127.0.0.1.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_IDS } from '../fakes/discord-fake.ts';
import { startDiscordAgainstFake, type DiscordHarness } from '../fakes/discord-harness.ts';
import { slashCommand } from '../fakes/discord-payloads.ts';

let h: DiscordHarness;
beforeAll(async () => {
  h = await startDiscordAgainstFake();
});
afterAll(async () => {
  await h?.stop();
});

describe('Discord gateway and slash commands', () => {
  it('connects with only the Guilds intent over uncompressed JSON, found through GET /gateway/bot', async () => {
    const identify = h.fake.requests.find((r) => r.path === '/api/v10/gateway/bot');
    expect(identify?.headers.authorization).toBe('Bot fake-discord-token-0123456789');
    expect(h.fake.identifyPayload).toMatchObject({ intents: 1 });
    expect(h.fake.gatewayUrl).toBe('/?v=10&encoding=json');
  });

  it('answers /summit who name:putin ephemerally with Putin’s role, numbered sources and buttons', async () => {
    const interaction = slashCommand('who', { name: 'putin' });
    h.fake.dispatchInteraction(interaction);
    const callback = await h.fake.callbackOf(interaction.id);
    expect(callback.headers.authorization).toBeUndefined();
    expect(callback.query.get('with_response')).toBe('false');
    const body = callback.body as { type: number; data: Record<string, unknown> };
    expect(body.type).toBe(4);
    expect(body.data.flags).toBe(64);
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
    const [embed] = body.data.embeds as {
      title: string;
      fields: { name: string; value: string }[];
      footer: { text: string };
    }[];
    expect(embed?.title).toBe('Vladimir Putin');
    expect(embed?.fields[0]).toEqual({
      name: 'Role',
      value: expect.stringMatching(/^• Russian President \(Russia\) \[1\]\[2\]\[3\]/),
    });
    expect(embed?.footer.text).toMatch(/^\[1\] 000 · topgab\.com .*https:\/\/topgab\.com\//);
    expect(body.data.components).toEqual([
      {
        type: 1,
        components: [{ type: 2, style: 1, label: 'Share in channel', custom_id: 'sd1:s:0:who:putin', disabled: false }],
      },
    ]);
    expect(FAKE_IDS.channel).toBeDefined();
  });
});
