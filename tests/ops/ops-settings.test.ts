// HOST and METRICS_TOKEN: read from the one env schema, the token scrubbed from logs, and the ops server bound to the
// interface HOST names.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { startOpsServer } from '../../src/ops/ops-server.ts';

describe('ops settings', () => {
  it('reads HOST and METRICS_TOKEN, listing the token among the secrets to scrub', () => {
    const loaded = loadConfig({ HOST: '127.0.0.1', METRICS_TOKEN: 'metrics-token-0123456789' });
    expect(loaded.ok && [loaded.config.host, loaded.config.metricsToken]).toEqual([
      '127.0.0.1',
      'metrics-token-0123456789',
    ]);
    expect(loaded.ok && loaded.config.secrets).toContain('metrics-token-0123456789');
    const defaults = loadConfig({});
    expect(defaults.ok && [defaults.config.host, defaults.config.metricsToken]).toEqual([undefined, undefined]);
  });

  it('refuses a short METRICS_TOKEN and a HOST that is not an address or name', () => {
    const loaded = loadConfig({ HOST: 'http://x/', METRICS_TOKEN: 'short' });
    expect(loaded.ok ? [] : loaded.problems).toEqual([
      'HOST: must be an IP address or host name, e.g. 127.0.0.1 or ::',
      'METRICS_TOKEN: must be at least 16 characters (a random string of your own)',
    ]);
  });

  it('binds the ops server to HOST', async () => {
    const server = await startOpsServer(async (_req, res) => void res.end('ok'), 0, '127.0.0.1');
    try {
      expect(server.address).toBe('127.0.0.1');
      const res = await fetch(`http://127.0.0.1:${server.port}/healthz`);
      expect(await res.text()).toBe('ok');
    } finally {
      await server.close();
    }
  });
});
