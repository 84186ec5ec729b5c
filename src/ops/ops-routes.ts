// GET /healthz (alive), /readyz (pack loaded, platforms connected, database writable; 503 with the reasons) and
// /metrics (Prometheus text). A plain node:http handler, so it can run on its own server or inside Bolt's.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Metrics } from './metrics.ts';

export interface ReadinessCheck {
  readonly name: string;
  /** Undefined when ready; otherwise why not. */
  check(): string | undefined;
}

export const OPS_PATHS = ['/healthz', '/readyz', '/metrics'] as const;
/** POST routes that share PORT with the ops routes: Discord's HTTP interactions endpoint (when configured). */
export const POST_PATHS = ['/discord/interactions'] as const;

export function createOpsHandler(metrics: Metrics, checks: () => readonly ReadinessCheck[]) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET') return send(res, 405, 'text/plain', 'method not allowed\n');
    if (path === '/healthz') return send(res, 200, 'text/plain', 'ok\n');
    if (path === '/readyz') {
      const failing = checks().flatMap((c) => {
        const reason = c.check();
        return reason ? [`${c.name}: ${reason}`] : [];
      });
      return failing.length === 0
        ? send(res, 200, 'text/plain', 'ready\n')
        : send(res, 503, 'text/plain', `not ready\n${failing.join('\n')}\n`);
    }
    if (path === '/metrics') return send(res, 200, metrics.registry.contentType, await metrics.registry.metrics());
    return send(res, 404, 'text/plain', 'not found\n');
  };
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}
