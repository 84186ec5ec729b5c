// A fake Slack Web API on 127.0.0.1: answers auth.test, chat.postMessage, chat.update and apps.connections.open,
// records every call with its arguments decoded (form-encoded `blocks` arrive as a JSON string and are parsed here).
import { createInbox } from './slack-inbox.ts';
import { listenLoopback, readBody } from './slack-http.ts';

export interface WebApiCall {
  readonly method: string;
  readonly args: Record<string, unknown>;
  readonly authorization: string | undefined;
}

export interface FakeWebApi {
  /** Base URL with the trailing /api/ that WebClient needs. */
  readonly apiUrl: string;
  readonly calls: ReturnType<typeof createInbox<WebApiCall>>;
  /** The WebSocket URL apps.connections.open hands out. */
  socketUrl: string;
  /** Answers the next call to `method` with this HTTP status and headers instead (e.g. 429 + Retry-After). */
  failNext(method: string, status: number, headers?: Record<string, string>): void;
  close(): Promise<void>;
}

export async function startFakeWebApi(): Promise<FakeWebApi> {
  const calls = createInbox<WebApiCall>();
  const failures = new Map<string, { status: number; headers: Record<string, string> }[]>();
  let ts = 1_700_000_000;
  const fake: Partial<FakeWebApi> & { socketUrl: string } = { socketUrl: '' };

  const { url, close } = await listenLoopback(async (req, res) => {
    const method = (req.url ?? '').replace(/^\/api\//, '').split('?')[0] ?? '';
    const raw = await readBody(req);
    const args: Record<string, unknown> = (req.headers['content-type'] ?? '').includes('json')
      ? (JSON.parse(raw || '{}') as Record<string, unknown>)
      : Object.fromEntries(new URLSearchParams(raw));
    if (typeof args.blocks === 'string') args.blocks = JSON.parse(args.blocks);
    const failure = failures.get(method)?.shift();
    calls.push({ method, args, authorization: req.headers.authorization });
    if (failure) {
      res.writeHead(failure.status, { 'content-type': 'application/json', ...failure.headers });
      res.end(JSON.stringify({ ok: false, error: 'ratelimited' }));
      return;
    }
    const reply = (body: Record<string, unknown>) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    switch (method) {
      case 'auth.test':
        return reply({
          ok: true,
          url: 'https://newsroom.slack.com/',
          team: 'Newsroom',
          team_id: 'T0NEWS',
          user: 'summit',
          user_id: 'U0BOT',
          bot_id: 'B0BOT',
        });
      case 'chat.postMessage':
        return reply({ ok: true, channel: args.channel, ts: `${ts++}.000100`, message: { text: args.text } });
      case 'chat.update':
        return reply({ ok: true, channel: args.channel, ts: args.ts });
      case 'apps.connections.open':
        return reply({ ok: true, url: fake.socketUrl });
      default:
        return reply({ ok: false, error: 'unknown_method' });
    }
  });
  return Object.assign(fake, {
    apiUrl: `${url}/api/`,
    calls,
    failNext(method: string, status: number, headers: Record<string, string> = {}) {
      failures.set(method, [...(failures.get(method) ?? []), { status, headers }]);
    },
    close,
  }) as FakeWebApi;
}
