import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createMetrics } from '../../src/ops/metrics.ts';
import { createOpsHandler, type OpsOptions, type ReadinessCheck } from '../../src/ops/ops-routes.ts';

const servers: ReturnType<typeof createServer>[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

async function serve(checks: ReadinessCheck[], options: OpsOptions = {}) {
  const metrics = createMetrics();
  const server = createServer((req, res) => void createOpsHandler(metrics, () => checks, options)(req, res));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    metrics,
    get: (p: string, headers: Record<string, string> = {}) => fetch(`${base}${p}`, { headers }),
  };
}

describe('ops routes', () => {
  it('says alive on /healthz and ready on /readyz when every check passes', async () => {
    const { get } = await serve([{ name: 'pack', check: () => undefined }]);
    expect(await (await get('/healthz')).text()).toBe('ok\n');
    const ready = await get('/readyz');
    expect([ready.status, await ready.text()]).toEqual([200, 'ready\n']);
  });

  it('answers 503 with every reason when not ready', async () => {
    const { get } = await serve([
      { name: 'slack', check: () => 'socket not connected' },
      { name: 'database', check: () => 'read-only' },
    ]);
    const res = await get('/readyz');
    expect([res.status, await res.text()]).toEqual([
      503,
      'not ready\nslack: socket not connected\ndatabase: read-only\n',
    ]);
  });

  it('stays 200 when only a degrading check fails, and lists it; 503 once a blocking one fails too', async () => {
    const posting = { name: 'posting', degradesOnly: true, check: () => 'paused' };
    const degraded = await (await serve([posting])).get('/readyz');
    expect([degraded.status, await degraded.text()]).toEqual([200, 'ready (degraded)\nposting: paused\n']);
    const both = await (await serve([posting, { name: 'database', check: () => 'down' }])).get('/readyz');
    expect([both.status, await both.text()]).toEqual([503, 'not ready\nposting: paused\ndatabase: down\n']);
  });

  it('counts a check that does not answer in time, or throws, as a reason, never a 500', async () => {
    const { get } = await serve(
      [
        { name: 'database', check: () => new Promise<string | undefined>(() => undefined) },
        { name: 'pack', check: () => Promise.reject(new Error('/secret/path exploded')) },
      ],
      { checkTimeoutMs: 50 },
    );
    const res = await get('/readyz');
    expect([res.status, await res.text()]).toEqual([
      503,
      'not ready\ndatabase: no answer within 0.05 s\npack: check failed\n',
    ]);
  });

  it('serves /metrics only with the bearer token when METRICS_TOKEN is set', async () => {
    const { get } = await serve([], { metricsToken: 'metrics-token-0123456789' });
    const refused = await get('/metrics');
    expect([refused.status, refused.headers.get('www-authenticate'), await refused.text()]).toEqual([
      401,
      'Bearer realm="metrics"',
      'unauthorized\n',
    ]);
    expect((await get('/metrics', { authorization: 'Bearer metrics-token-012345678' })).status).toBe(401);
    const allowed = await get('/metrics', { authorization: 'Bearer metrics-token-0123456789' });
    expect([allowed.status, (await allowed.text()).includes('summit_commands_total')]).toEqual([200, true]);
    expect((await get('/healthz')).status).toBe(200);
  });

  it('exports command, brief and reload metrics in Prometheus text format', async () => {
    const { get, metrics } = await serve([]);
    metrics.commandServed('slack', 'who', 0.0004, 'answered');
    metrics.briefPosted('discord');
    metrics.packReloaded(false);
    const res = await get('/metrics');
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    expect(text).toContain('summit_commands_total{platform="slack",subcommand="who",status="answered"} 1');
    expect(text).toContain('summit_command_duration_seconds_bucket{le="0.0005",platform="slack"} 1');
    expect(text).toContain('summit_briefs_total{platform="discord",outcome="posted"} 1');
    expect(text).toContain('summit_pack_reloads_total{outcome="error"} 1');
    expect((await get('/nope')).status).toBe(404);
  });
});
