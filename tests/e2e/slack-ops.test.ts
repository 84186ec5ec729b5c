// End to end, operations in HTTP mode: /healthz, /readyz and /metrics served on the Slack port (Bolt's own server),
// commands counted by subcommand and status, and readiness that follows the server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMetrics } from '../../src/ops/metrics.ts';
import { createOpsHandler } from '../../src/ops/ops-routes.ts';
import { startSlackHarness, type SlackHarness } from '../fakes/slack-harness.ts';
import { slashCommandBody } from '../fakes/slack-signing.ts';

const metrics = createMetrics();
let h: SlackHarness;
let base: string;

beforeAll(async () => {
  const opsHandler = createOpsHandler(metrics, () => [{ name: 'slack', check: () => h.slack.notReadyReason?.() }]);
  h = await startSlackHarness('http', { metrics, opsHandler });
  base = `http://127.0.0.1:${h.slack.port}`;
});
afterAll(async () => {
  await h?.stop();
});

async function ask(text: string) {
  const body = slashCommandBody({ text, responseUrl: h.responses.urlFor('unused') });
  const res = await h.signedEvent(body);
  expect(res.status).toBe(200);
  await res.text();
}

describe('Slack HTTP mode operations', () => {
  it('answers GET /healthz and /readyz on the Slack port', async () => {
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.text()).toBe('ok\n');
    const ready = await fetch(`${base}/readyz`);
    expect([ready.status, await ready.text()]).toEqual([200, 'ready\n']);
  });

  it('does not serve the ops routes to other methods, nor anything else on the port', async () => {
    expect((await fetch(`${base}/healthz`, { method: 'POST' })).status).toBe(404);
    expect((await fetch(`${base}/admin`)).status).toBe(404);
  });

  it('counts each command by subcommand and status, with its latency, in /metrics', async () => {
    await ask('who putin');
    await ask('who putin');
    await ask('bogus words');
    await ask('brief subscribe');
    const text = await (await fetch(`${base}/metrics`)).text();
    expect(text).toContain('summit_commands_total{platform="slack",subcommand="who",status="answered"} 2');
    expect(text).toContain('summit_commands_total{platform="slack",subcommand="invalid",status="bad-input"} 1');
    expect(text).toContain('summit_commands_total{platform="slack",subcommand="brief",status="unavailable"} 1');
    expect(text).toMatch(/summit_command_duration_seconds_count\{platform="slack"\} 4/);
  });
});

describe('Slack readiness', () => {
  it('is ready while listening and says why not once stopped', async () => {
    const other = await startSlackHarness('http');
    expect(other.slack.notReadyReason?.()).toBeUndefined();
    // Bolt's start-up auth.test must settle before its fake Web API closes, or it rejects unobserved.
    await other.api.calls.next((c) => c.method === 'auth.test');
    const body = slashCommandBody({ text: 'help', responseUrl: other.responses.urlFor('unused') });
    await (await other.signedEvent(body)).text();
    await other.stop();
    expect(other.slack.notReadyReason?.()).toBe('not listening for Slack HTTP requests');
  });
});
