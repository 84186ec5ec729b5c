// The exit code of a failed start, which systemd acts on (deploy/summit-desk.service): 1 for an outage a restart may
// outlast (the database or a platform did not answer), 2 for a mistake no restart fixes (a refused password or token,
// a damaged database file, a port already taken) — the unit does not restart on 2.

/** Node's network error codes: the other side did not answer or went away. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_SOCKET',
]);

/** Looks through `cause` and SDK wrappers (`original`, Slack's request errors) for a network error code. */
function isOutage(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 4) return false;
  const e = error as { outage?: unknown; code?: unknown; cause?: unknown; original?: unknown };
  if (e.outage === true) return true;
  if (typeof e.code === 'string' && NETWORK_CODES.has(e.code)) return true;
  return isOutage(e.cause, depth + 1) || isOutage(e.original, depth + 1);
}

export function startupExitCode(error: unknown): 1 | 2 {
  return isOutage(error) ? 1 : 2;
}
