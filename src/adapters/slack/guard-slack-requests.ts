// Checks Slack's HTTP requests before Bolt parses them, for what Bolt lets through: a form body with a key written
// twice (Node's querystring turns it into an array, and `text.replace is not a function` follows) is refused with
// 400, and a timestamp more than five minutes from now, in either direction, with 401 (Bolt only refuses old ones;
// Slack: "more than five minutes from local time" — https://docs.slack.dev/authentication/verifying-requests-from-slack).
// The body is read here once, within the same limit, and handed on as Bolt's rawBody, which Bolt then uses as is.
import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import { readLimitedBody } from '../../ops/read-limited-body.ts';

/** Slack's window for a request's timestamp, either way. */
const MAX_SKEW_SECONDS = 5 * 60;

export interface GuardOptions {
  /** Bodies over this are refused with 413 without reading the rest (MAX_BODY_BYTES). */
  readonly maxBytes: number;
  readonly now?: () => number;
  readonly onRefused?: (status: number, reason: string) => void;
}

/** Wraps the server's own request listeners (Bolt's), so every POST to `path` passes these checks first. */
export function guardSlackRequests(server: Server, path: string, options: GuardOptions): void {
  const listeners = server.listeners('request') as RequestListener[];
  server.removeAllListeners('request');
  const forward = (req: IncomingMessage, res: ServerResponse) => {
    for (const listener of listeners) listener.call(server, req, res);
  };
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'POST' || req.url?.split('?')[0] !== path) return forward(req, res);
    const refuse = (status: number, reason: string) => {
      options.onRefused?.(status, reason);
      res.writeHead(status, { 'content-type': 'text/plain' }).end();
    };
    readLimitedBody(req, options.maxBytes).then(
      (body) => {
        if (body === undefined) return refuse(413, 'body over the size limit');
        const problem = problemOf(req, body, options.now?.() ?? Date.now());
        if (problem) return refuse(problem.status, problem.reason);
        // Bolt reads a request whose rawBody is already a Buffer from there (bufferIncomingMessage).
        Object.assign(req, { rawBody: body });
        forward(req, res);
      },
      () => refuse(400, 'body could not be read'),
    );
  });
}

function problemOf(req: IncomingMessage, body: Buffer, nowMs: number): { status: number; reason: string } | undefined {
  const stamp = req.headers['x-slack-request-timestamp'];
  // Missing or malformed: Bolt's own signature check refuses it.
  if (typeof stamp === 'string' && /^\d+$/.test(stamp)) {
    if (Math.abs(nowMs / 1000 - Number(stamp)) > MAX_SKEW_SECONDS) {
      return { status: 401, reason: 'timestamp more than five minutes from now' };
    }
  }
  if ((req.headers['content-type'] ?? '').split(';')[0]?.trim() === 'application/x-www-form-urlencoded') {
    const form = body.toString('latin1');
    const seen = new Set<string>();
    // One pass with indexOf, no array of pairs: this runs on every command. The "=" is looked for inside its pair
    // only: a body of keys without values ("a&b&c...", before any signature check) must stay linear, not quadratic.
    for (let start = 0; start <= form.length;) {
      const amp = form.indexOf('&', start);
      const end = amp < 0 ? form.length : amp;
      const pair = form.slice(start, end);
      const eq = pair.indexOf('=');
      const key = formKey(eq < 0 ? pair : pair.slice(0, eq));
      if (seen.has(key)) return { status: 400, reason: `form key "${key.slice(0, 40)}" given twice` };
      seen.add(key);
      start = end + 1;
    }
  }
  return undefined;
}

/** A form key as the form parser will read it ("%74ext" is "text"); decoded only when it is encoded, since Slack's
 * keys never are. */
function formKey(raw: string): string {
  if (!raw.includes('%') && !raw.includes('+')) return raw;
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
}
