// Readiness for /readyz: not ready until READY, ready while connected, not ready while the gateway reconnects, and
// ready again once the session resumes.
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscordAgainstFake, type DiscordHarness } from '../fakes/discord-harness.ts';
import { slashCommand } from '../fakes/discord-payloads.ts';

let h: DiscordHarness;
beforeAll(async () => {
  h = await startDiscordAgainstFake({ holdResume: true });
});
afterAll(async () => {
  await h?.stop();
});

describe('Discord readiness', () => {
  it('is ready once connected', () => {
    expect(h.bot.notReadyReason?.()).toBeUndefined();
  });

  it('is not ready while a dropped gateway connection resumes, and ready again after RESUMED', async () => {
    const resuming = once(h.fake, 'resume');
    h.fake.dropGateway();
    await resuming;
    expect(h.bot.notReadyReason?.()).toMatch(/^Discord gateway reconnecting/);
    h.fake.completeResume();
    // Dispatches are handled in order: once this command is answered, RESUMED has been handled too.
    const interaction = slashCommand('help');
    h.fake.dispatchInteraction(interaction);
    expect((await h.fake.callbackOf(interaction.id)).status).toBe(204);
    expect(h.bot.notReadyReason?.()).toBeUndefined();
  });

  it('is not ready once stopped', async () => {
    await h.bot.stop();
    expect(h.bot.notReadyReason?.()).toBe('stopped');
  });
});
