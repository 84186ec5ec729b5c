// Prometheus metrics (prom-client) on a registry of our own, so tests and several bots in one process never collide.
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface Metrics {
  readonly registry: Registry;
  commandServed(platform: string, subcommand: string, seconds: number, status: string): void;
  briefPosted(platform: string): void;
  briefFailed(platform: string): void;
  packReloaded(ok: boolean): void;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const commands = new Counter({
    name: 'summit_commands_total',
    help: 'Commands answered, by platform, subcommand and answer status',
    labelNames: ['platform', 'subcommand', 'status'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'summit_command_duration_seconds',
    help: 'Time to compute and render an answer',
    labelNames: ['platform'] as const,
    buckets: [0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 3],
    registers: [registry],
  });
  const briefs = new Counter({
    name: 'summit_briefs_total',
    help: 'Daily briefs, by platform and outcome',
    labelNames: ['platform', 'outcome'] as const,
    registers: [registry],
  });
  const reloads = new Counter({
    name: 'summit_pack_reloads_total',
    help: 'Story pack reloads, by outcome',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  return {
    registry,
    commandServed(platform, subcommand, seconds, status) {
      commands.inc({ platform, subcommand, status });
      latency.observe({ platform }, seconds);
    },
    briefPosted: (platform) => briefs.inc({ platform, outcome: 'posted' }),
    briefFailed: (platform) => briefs.inc({ platform, outcome: 'failed' }),
    packReloaded: (ok) => reloads.inc({ outcome: ok ? 'ok' : 'error' }),
  };
}
