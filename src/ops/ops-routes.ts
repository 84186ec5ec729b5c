// GET /healthz (alive), /readyz (startup finished, pack loaded, platforms connected, database writable; 503 with the
// reasons) and /metrics (Prometheus text; behind a bearer token when METRICS_TOKEN is set). A plain node:http handler,
// so it can run on its own server or inside Bolt's.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Metrics } from './metrics.ts';

export interface ReadinessCheck {
  readonly name: string;
  /** Undefined when ready; otherwise why not: words and error codes, never a path, host or credential. */
  check(): string | undefined | Promise<string | undefined>;
  /**
   * Failing, it is reported but the bot stays ready (200 "ready (degraded)"): part of its work stopped, yet it still
   * answers commands, so a load balancer must keep sending them.
   */
  readonly degradesOnly?: boolean;
}

export interface OpsOptions {
  /** METRICS_TOKEN: /metrics answers only `Authorization: Bearer <token>`. */
  readonly metricsToken?: string;
  /** A check that has not answered by then (a database that does not answer) counts as failing. Default 2 s. */
  readonly checkTimeoutMs?: number;
}

export const OPS_PATHS = ['/healthz', '/readyz', '/metrics'] as const;
/** POST routes that share PORT with the ops routes: Discord's HTTP interactions endpoint (when configured). */
export const POST_PATHS = ['/discord/interactions'] as const;

export function createOpsHandler(metrics: Metrics, checks: () => readonly ReadinessCheck[], options: OpsOptions = {}) {
  const timeoutMs = options.checkTimeoutMs ?? 2000;
  const authorized = options.metricsToken ? bearerMatcher(options.metricsToken) : () => true;
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET') return send(res, 405, 'text/plain', 'method not allowed\n');
    if (path === '/healthz') return send(res, 200, 'text/plain', 'ok\n');
    if (path === '/readyz') {
      const all = checks();
      const reasons = await Promise.all(all.map((c) => withTimeout(c, timeoutMs)));
      const failing = reasons.filter((r): r is string => r !== undefined);
      if (failing.length === 0) return send(res, 200, 'text/plain', 'ready\n');
      const blocking = reasons.some((r, i) => r !== undefined && !all[i]!.degradesOnly);
      return blocking
        ? send(res, 503, 'text/plain', `not ready\n${failing.join('\n')}\n`)
        : send(res, 200, 'text/plain', `ready (degraded)\n${failing.join('\n')}\n`);
    }
    if (path === '/metrics') {
      if (!authorized(req.headers.authorization)) {
        // https://www.rfc-editor.org/rfc/rfc6750#section-3
        res.setHeader('www-authenticate', 'Bearer realm="metrics"');
        return send(res, 401, 'text/plain', 'unauthorized\n');
      }
      return send(res, 200, metrics.registry.contentType, await metrics.registry.metrics());
    }
    return send(res, 404, 'text/plain', 'not found\n');
  };
}

/** `name: reason`, or undefined when ready; a check that throws or hangs is a reason, never a 500. */
async function withTimeout(c: ReadinessCheck, timeoutMs: number): Promise<string | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(`no answer within ${timeoutMs / 1000} s`), timeoutMs);
  });
  try {
    const reason = await Promise.race([Promise.resolve().then(() => c.check()), late]);
    return reason ? `${c.name}: ${reason}` : undefined;
  } catch {
    return `${c.name}: check failed`;
  } finally {
    clearTimeout(timer);
  }
}

/** Compares digests in constant time, so the token cannot be guessed a character at a time from response times. */
function bearerMatcher(token: string): (header: string | undefined) => boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  const expected = digest(`Bearer ${token}`);
  return (header) => header !== undefined && timingSafeEqual(digest(header), expected);
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}
