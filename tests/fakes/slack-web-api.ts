// A fake Slack Web API on 127.0.0.1: answers auth.test, chat.postMessage, chat.update, conversations.history, the
// three steps of a file upload (files.getUploadURLExternal, the POST to its upload_url, files.completeUploadExternal)
// and apps.connections.open (and oauth.v2.access for codes granted with grantInstall), records every call with its arguments decoded (form-encoded `blocks` and `metadata` arrive as
// JSON strings and are parsed here), keeps posted messages per channel, and plays scripted failures.
import { createInbox } from './slack-inbox.ts';
import { listenLoopback, readBody } from './slack-http.ts';

export interface WebApiCall {
  readonly method: string;
  readonly args: Record<string, unknown>;
  readonly authorization: string | undefined;
  /** When the fake received it (Date.now()). */
  readonly at: number;
}

export interface FakeWebApi {
  /** Base URL with the trailing /api/ that WebClient needs. */
  readonly apiUrl: string;
  readonly calls: ReturnType<typeof createInbox<WebApiCall>>;
  /** The WebSocket URL apps.connections.open hands out. */
  socketUrl: string;
  /** Messages posted so far, per channel, oldest first, as conversations.history returns them. */
  readonly messages: Map<string, PostedMessage[]>;
  /**
   * Answers the next call to `method` with this HTTP status and headers instead (e.g. 429 + Retry-After), or with a
   * Slack error code (HTTP 200, ok: false; e.g. not_in_channel).
   */
  failNext(method: string, status: number, headers?: Record<string, string>, error?: string): void;
  /** From now on every `n`th call to `method` gets HTTP 429 with this Retry-After (seconds); n = 0 stops it. */
  rateLimitEvery(method: string, n: number, retryAfterSeconds: number): void;
  /**
   * Slack's per-channel posting limit: a chat.postMessage to a channel less than `intervalMs` after the last one it
   * accepted there gets HTTP 429 with this Retry-After (seconds). https://docs.slack.dev/apis/web-api/rate-limits
   */
  limitPerChannel(intervalMs: number, retryAfterSeconds: number): void;
  /** 429s sent so far. */
  readonly rateLimited: () => number;
  /** Every chat.postMessage to this channel fails with this Slack error code (e.g. is_archived). */
  refuseChannel(channel: string, error: string): void;
  /**
   * Holds the next call to `method` that `match`es (by its arguments) and never answers it, either 'before' it takes
   * effect (lost on the way: no message kept) or 'after' (message kept, response lost). Resolves when it arrives.
   */
  hold(
    method: string,
    stage: 'before' | 'after',
    match?: (args: Record<string, unknown>) => boolean,
  ): Promise<WebApiCall>;
  /** Members of each user group, for usergroups.users.list (set by a test). */
  readonly groupMembers: Map<string, string[]>;
  /** Files shared by a completed upload, oldest first. */
  readonly files: UploadedFile[];
  /** oauth.v2.access will exchange `code` (once, as Slack does) for this workspace's bot token. */
  grantInstall(code: string, install: { teamId: string; teamName: string; botToken: string }): void;
  close(): Promise<void>;
}

export interface UploadedFile {
  readonly id: string;
  readonly filename: string;
  readonly altText: string;
  readonly title: string;
  readonly channel: string;
  readonly initialComment: string;
  /** The raw body POSTed to the upload URL (Slack stores it as sent). */
  readonly body: Buffer;
}

export interface PostedMessage {
  readonly ts: string;
  readonly text: string;
  readonly blocks?: unknown;
  readonly metadata?: { event_type: string; event_payload: Record<string, unknown> };
  /** Replaced by chat.update. */
  readonly edited?: boolean;
}

export async function startFakeWebApi(): Promise<FakeWebApi> {
  const calls = createInbox<WebApiCall>();
  const failures = new Map<string, { status: number; headers: Record<string, string>; error: string }[]>();
  const refused = new Map<string, string>();
  const messages = new Map<string, PostedMessage[]>();
  const every = new Map<string, { n: number; retryAfter: number; count: number }>();
  const grants = new Map<string, { teamId: string; teamName: string; botToken: string }>();
  const holds: {
    method: string;
    stage: 'before' | 'after';
    match: (args: Record<string, unknown>) => boolean;
    arrived: (c: WebApiCall) => void;
  }[] = [];
  let rateLimited = 0;
  let perChannel: { intervalMs: number; retryAfter: number } | undefined;
  const lastPostAt = new Map<string, number>();
  // Message ts are real times (conversations.history filters on them), unique by a counter in the fraction.
  let seq = 0;
  const nextTs = () => `${Math.floor(Date.now() / 1000)}.${String(++seq).padStart(6, '0')}`;
  const fake: Partial<FakeWebApi> & { socketUrl: string } = { socketUrl: '' };
  const groupMembers = new Map<string, string[]>();
  const pendingUploads = new Map<string, { filename: string; altText: string; body?: Buffer }>();
  const files: UploadedFile[] = [];

  const { url, close } = await listenLoopback(async (req, res) => {
    // Step 2 of an upload: the file's bytes, POSTed to the URL step 1 handed out (not a Web API method).
    const uploadId = /^\/upload\/(F\d+)$/.exec(req.url ?? '')?.[1];
    if (uploadId) {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const pending = pendingUploads.get(uploadId);
      if (pending) pending.body = Buffer.concat(chunks);
      res.writeHead(pending ? 200 : 404, { 'content-type': 'text/plain' });
      res.end(pending ? `OK - ${pending.body?.length ?? 0}` : 'unknown upload');
      return;
    }
    const method = (req.url ?? '').replace(/^\/api\//, '').split('?')[0] ?? '';
    const raw = await readBody(req);
    const args: Record<string, unknown> = (req.headers['content-type'] ?? '').includes('json')
      ? (JSON.parse(raw || '{}') as Record<string, unknown>)
      : Object.fromEntries(new URLSearchParams(raw));
    if (typeof args.blocks === 'string') args.blocks = JSON.parse(args.blocks);
    if (typeof args.metadata === 'string') args.metadata = JSON.parse(args.metadata);
    const periodic = every.get(method);
    const due = periodic && ++periodic.count % periodic.n === 0;
    const postedTo = method === 'chat.postMessage' ? String(args.channel ?? '') : undefined;
    const limit = perChannel;
    const tooSoon = limit && postedTo && Date.now() - (lastPostAt.get(postedTo) ?? -Infinity) < limit.intervalMs;
    const failure = due
      ? { status: 429, headers: { 'retry-after': String(periodic.retryAfter) }, error: 'ratelimited' }
      : tooSoon
        ? { status: 429, headers: { 'retry-after': String(limit.retryAfter) }, error: 'ratelimited' }
        : failures.get(method)?.shift();
    if (postedTo && !failure) lastPostAt.set(postedTo, Date.now());
    if (failure?.status === 429) rateLimited += 1;
    const call: WebApiCall = { method, args, authorization: req.headers.authorization, at: Date.now() };
    calls.push(call);
    const heldAt = holds.findIndex((h) => h.method === method && h.match(args));
    const held = heldAt >= 0 && !failure ? holds.splice(heldAt, 1)[0] : undefined;
    held?.arrived(call);
    if (held?.stage === 'before') return; // never answered, never applied; the socket closes with the client
    if (failure) {
      res.writeHead(failure.status, { 'content-type': 'application/json', ...failure.headers });
      res.end(JSON.stringify({ ok: false, error: failure.error }));
      return;
    }
    const reply = (body: Record<string, unknown>) => {
      if (held) return; // applied, but the response is lost
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const channel = String(args.channel ?? '');
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
      case 'chat.postMessage': {
        const refusal = refused.get(channel);
        if (refusal) return reply({ ok: false, error: refusal });
        const message: PostedMessage = {
          ts: nextTs(),
          text: String(args.text ?? ''),
          blocks: args.blocks,
          metadata: args.metadata as PostedMessage['metadata'],
        };
        messages.set(channel, [...(messages.get(channel) ?? []), message]);
        return reply({ ok: true, channel, ts: message.ts, message: { text: message.text } });
      }
      case 'conversations.history': {
        // Newest first, from `oldest` on; metadata only when asked for, as Slack does.
        const oldest = Number(args.oldest ?? 0);
        const withMetadata = String(args.include_all_metadata) === 'true';
        const found = (messages.get(channel) ?? [])
          .filter((m) => Number(m.ts) >= oldest)
          .reverse()
          .slice(0, Number(args.limit ?? 100))
          .map(({ metadata, ...m }) => ({ type: 'message', ...m, ...(withMetadata && metadata && { metadata }) }));
        return reply({ ok: true, messages: found, has_more: false, response_metadata: { next_cursor: '' } });
      }
      case 'chat.update': {
        // A message this fake holds takes the new text and blocks (metadata stays, as Slack keeps it).
        const list = messages.get(channel) ?? [];
        const at = list.findIndex((m) => m.ts === String(args.ts));
        if (at >= 0) list[at] = { ...list[at]!, text: String(args.text ?? ''), blocks: args.blocks, edited: true };
        return reply({ ok: true, channel: args.channel, ts: args.ts });
      }
      case 'files.getUploadURLExternal': {
        const id = `F${String(++seq).padStart(6, '0')}`;
        pendingUploads.set(id, { filename: String(args.filename ?? ''), altText: String(args.alt_text ?? '') });
        return reply({ ok: true, upload_url: `${url}/upload/${id}`, file_id: id });
      }
      case 'files.completeUploadExternal': {
        const listed = JSON.parse(String(args.files ?? '[]')) as { id: string; title?: string }[];
        for (const { id, title } of listed) {
          const pending = pendingUploads.get(id);
          if (!pending?.body) return reply({ ok: false, error: 'file_not_found' });
          files.push({
            id,
            filename: pending.filename,
            altText: pending.altText,
            title: title ?? pending.filename,
            channel: String(args.channel_id ?? ''),
            initialComment: String(args.initial_comment ?? ''),
            body: pending.body,
          });
        }
        return reply({ ok: true, files: listed.map(({ id, title }) => ({ id, title })) });
      }
      case 'views.open':
        // https://docs.slack.dev/reference/methods/views.open — the call (with its view) is in `calls`.
        return reply({ ok: true, view: { id: 'V0FORM', ...(args.view as object) } });
      case 'usergroups.users.list':
        return reply({ ok: true, users: groupMembers.get(String(args.usergroup ?? '')) ?? [] });
      case 'apps.connections.open':
        return reply({ ok: true, url: fake.socketUrl });
      case 'oauth.v2.access': {
        // https://docs.slack.dev/reference/methods/oauth.v2.access#response
        const grant = grants.get(String(args.code ?? ''));
        grants.delete(String(args.code ?? ''));
        if (!grant) return reply({ ok: false, error: 'invalid_code' });
        return reply({
          ok: true,
          access_token: grant.botToken,
          token_type: 'bot',
          scope: 'commands,chat:write,channels:history,groups:history,usergroups:read',
          bot_user_id: 'U0BOT',
          app_id: 'A0SUMMIT',
          team: { id: grant.teamId, name: grant.teamName },
          enterprise: null,
          is_enterprise_install: false,
          authed_user: { id: 'U0INSTALLER' },
        });
      }
      default:
        return reply({ ok: false, error: 'unknown_method' });
    }
  });
  return Object.assign(fake, {
    groupMembers,
    apiUrl: `${url}/api/`,
    calls,
    messages,
    files,
    failNext(method: string, status: number, headers: Record<string, string> = {}, error = 'ratelimited') {
      failures.set(method, [...(failures.get(method) ?? []), { status, headers, error }]);
    },
    rateLimitEvery(method: string, n: number, retryAfter: number) {
      if (n > 0) every.set(method, { n, retryAfter, count: 0 });
      else every.delete(method);
    },
    limitPerChannel(intervalMs: number, retryAfter: number) {
      perChannel = { intervalMs, retryAfter };
    },
    rateLimited: () => rateLimited,
    refuseChannel(channel: string, error: string) {
      refused.set(channel, error);
    },
    grantInstall(code: string, install: { teamId: string; teamName: string; botToken: string }) {
      grants.set(code, install);
    },
    hold(method: string, stage: 'before' | 'after', match: (args: Record<string, unknown>) => boolean = () => true) {
      return new Promise<WebApiCall>((arrived) => holds.push({ method, stage, match, arrived }));
    },
    close,
  }) as FakeWebApi;
}
