// `npm run bench`: interaction -> callback latency through the real discord.js client and the loopback fake Discord.
// 1,000 `/summit who name:putin` INTERACTION_CREATE events, one at a time, each timed from the gateway frame being
// sent to the interaction callback POST arriving at the fake (the whole path: gateway, routing, core, render, REST);
// then bursts of 100 sent at once, each interaction timed the same way (queueing in the client included).
import { startDiscordAgainstFake } from '../tests/fakes/discord-harness.ts';
import { slashCommand } from '../tests/fakes/discord-payloads.ts';
import { percentile, round } from './measure.ts';

export const name =
  'discord: /summit who name:putin, interaction -> callback (1,000 one at a time, then 5 bursts of 100 at once)';

const RUNS = 1000;
const WARM_UP = 50;
const BURST = 100;
const BURSTS = 5;

export async function run(): Promise<Record<string, number | string>> {
  const h = await startDiscordAgainstFake();
  try {
    const once = async () => {
      const interaction = slashCommand('who', { name: 'putin' });
      const sent = performance.now();
      h.fake.dispatchInteraction(interaction);
      const callback = await h.fake.callbackOf(interaction.id);
      if (callback.status !== 204) throw new Error(`callback answered ${callback.status}`);
      return callback.at - sent;
    };
    for (let i = 0; i < WARM_UP; i++) await once();
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) times.push(await once());
    times.sort((a, b) => a - b);
    const burst: number[] = [];
    for (let i = 0; i < BURSTS; i++) burst.push(...(await Promise.all(Array.from({ length: BURST }, once))));
    burst.sort((a, b) => a - b);
    return {
      interactions: RUNS,
      'p50 ms': round(percentile(times, 50)),
      'p99 ms': round(percentile(times, 99)),
      'max ms': round(times[times.length - 1] ?? NaN),
      [`burst of ${BURST}: p50 ms`]: round(percentile(burst, 50)),
      [`burst of ${BURST}: p99 ms`]: round(percentile(burst, 99)),
      [`burst of ${BURST}: max ms`]: round(burst[burst.length - 1] ?? NaN),
      'Discord errors (10062/40060)': h.fake.errorCodes().length,
    };
  } finally {
    await h.stop();
  }
}
