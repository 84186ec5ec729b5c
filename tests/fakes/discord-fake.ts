// A loopback Discord for end-to-end tests: REST v10 (gateway discovery, interaction callbacks, webhooks for
// follow-ups and edits, channel messages, command registration) and a JSON gateway over `ws` (HELLO, IDENTIFY ->
// READY, GUILD_CREATE, heartbeat ACKs, INTERACTION_CREATE). It enforces what real Discord enforces that matters to
// us: one initial response per interaction (else 40060), within 3 s (else 10062).
import { EventEmitter } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { FakeChannels, type ChannelReply, type ChannelScript } from './discord-channels.ts';
import { BOT_USER, FAKE_IDS, messageObject } from './discord-ids.ts';

export { FAKE_IDS };

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: unknown;
  readonly at: number;
  /** The status the fake answered with. */
  status?: number;
}

export interface FakeDiscordOptions {
  /** Milliseconds before answering POST /channels/:id/messages (a slow Discord). */
  channelMessageDelayMs?: number;
  /** Status to answer POST /channels/:id/messages with (403 = missing permissions). */
  channelMessageStatus?: number;
  /** Answer the first channel message POST with 429 and rate-limit headers (discord.js must wait and retry). */
  rateLimitFirstChannelMessage?: boolean;
  /** POST /channels/:id/messages waits for this before it is answered (a Discord as slow as the test says). */
  channelMessageGate?: Promise<void>;
  /** Hold a RESUME unanswered until completeResume() (to observe the bot while reconnecting). */
  holdResume?: boolean;
  /** Channel refusals, scripted 429s and the nonce window (see FakeChannels). */
  channels?: ChannelScript;
}

/** An interaction's first response must come within 3 s, else 10062. */
const RESPONSE_DEADLINE_MS = 3000;

export type ChannelMessageMatch = (channelId: string, body: Record<string, unknown>) => boolean;

interface InteractionRecord {
  dispatchedAt: number;
  responded: boolean;
}

export class FakeDiscord extends EventEmitter {
  readonly requests: RecordedRequest[] = [];
  readonly commands = new Map<string, unknown[]>();
  /** Every channel's messages, as posted (brief posts, shares, DMs). */
  readonly channels: FakeChannels;
  readonly #server = http.createServer((req, res) => void this.#handle(req, res));
  readonly #wss = new WebSocketServer({ noServer: true });
  readonly #interactions = new Map<string, InteractionRecord>();
  readonly #sockets = new Set<WebSocket>();
  /** The last IDENTIFY payload and the gateway URL path+query the client connected with. */
  identifyPayload: unknown;
  gatewayUrl: string | undefined;
  readonly #errors: number[] = [];
  #rateLimited = false;
  readonly #holds: { stage: 'before' | 'after'; match: ChannelMessageMatch; arrived: () => void }[] = [];
  readonly #refusals = new Map<string, { status: number; code: number; message: string }>();
  #seq = 0;
  #session: WebSocket | undefined;
  #identified: Promise<void>;
  #markIdentified!: () => void;

  constructor(public options: FakeDiscordOptions = {}) {
    super();
    // Many waiters at once are normal here (a burst of 100 interactions each awaits its callback).
    this.setMaxListeners(0);
    this.channels = new FakeChannels(options.channels);
    this.#identified = new Promise((resolve) => (this.#markIdentified = resolve));
    this.#server.on('upgrade', (req, socket, head) => {
      this.#wss.handleUpgrade(req, socket, head, (ws) => this.#onGateway(ws, req));
    });
  }

  async listen(): Promise<this> {
    await new Promise<void>((resolve) => this.#server.listen(0, '127.0.0.1', resolve));
    return this;
  }

  get port(): number {
    return (this.#server.address() as AddressInfo).port;
  }
  /** What DISCORD_API_URL should be: discord.js appends /v10. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }
  /** Resolves once a client has identified and received READY and GUILD_CREATE. */
  get identified(): Promise<void> {
    return this.#identified;
  }

  /** Drops the gateway connection as a network failure would (discord.js reconnects and resumes). */
  dropGateway(): void {
    this.#session?.terminate();
  }

  /** Answers a held RESUME with RESUMED: the session is live again. */
  completeResume(): void {
    this.#dispatch('RESUMED', {});
  }

  /** Sends INTERACTION_CREATE and starts the 3-second clock for its first response. */
  dispatchInteraction(interaction: { id: string }): void {
    this.#interactions.set(interaction.id, { dispatchedAt: performance.now(), responded: false });
    this.#dispatch('INTERACTION_CREATE', interaction);
  }

  /** The first recorded request matching `match`, now or when it arrives. */
  waitForRequest(match: (r: RecordedRequest) => boolean): Promise<RecordedRequest> {
    const found = this.requests.find(match);
    if (found) return Promise.resolve(found);
    return new Promise((resolve) => {
      const onRequest = (r: RecordedRequest) => {
        if (!match(r)) return;
        this.off('request', onRequest);
        resolve(r);
      };
      this.on('request', onRequest);
    });
  }

  /**
   * Holds the next POST /channels/:id/messages that `match`es and never answers it, either 'before' it takes effect
   * (lost on the way: no message kept) or 'after' (message kept, response lost). Resolves when it arrives.
   */
  holdChannelMessage(stage: 'before' | 'after', match: ChannelMessageMatch): Promise<void> {
    return new Promise((arrived) => this.#holds.push({ stage, match, arrived }));
  }

  /**
   * Refuses the next initial response to this interaction with this HTTP status and Discord error (e.g. 413 and
   * 40005, a request too large), as Discord refuses a payload it will not take: the interaction stays unanswered.
   */
  refuseCallback(interactionId: string, status: number, error: { code: number; message: string }): void {
    this.#refusals.set(interactionId, { status, ...error });
  }

  /** The callback (initial response) of one interaction. */
  callbackOf(interactionId: string): Promise<RecordedRequest> {
    return this.waitForRequest(
      (r) => r.method === 'POST' && r.path.startsWith(`/api/v10/interactions/${interactionId}/`),
    );
  }

  /** Every Discord error code the fake answered with (10062 unknown interaction, 40060 already acknowledged, ...). */
  errorCodes(): number[] {
    return this.#errors;
  }

  async close(): Promise<void> {
    for (const ws of this.#sockets) ws.terminate();
    this.#wss.close();
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  #onGateway(ws: WebSocket, req: http.IncomingMessage): void {
    this.#sockets.add(ws);
    ws.on('close', () => this.#sockets.delete(ws));
    this.gatewayUrl = req.url;
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 }, s: null, t: null }));
    ws.on('message', (raw) => {
      const frame = JSON.parse(String(raw)) as { op: number; d: unknown };
      if (frame.op === 1) ws.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
      if (frame.op === 2) this.#identify(ws, frame.d);
      if (frame.op === 6) {
        // RESUME after a dropped connection: answered with RESUMED unless the test holds it (completeResume).
        this.#session = ws;
        this.emit('resume', frame.d);
        if (!this.options.holdResume) this.completeResume();
      }
    });
  }

  #identify(ws: WebSocket, identify: unknown): void {
    this.identifyPayload = identify;
    this.#session = ws;
    this.#dispatch('READY', {
      v: 10,
      user: BOT_USER,
      guilds: [{ id: FAKE_IDS.guild, unavailable: true }],
      session_id: 'fake-session',
      resume_gateway_url: `ws://127.0.0.1:${this.port}`,
      shard: [0, 1],
      application: { id: FAKE_IDS.application, flags: 0 },
    });
    this.#dispatch('GUILD_CREATE', {
      id: FAKE_IDS.guild,
      name: 'Newsroom',
      icon: null,
      owner_id: FAKE_IDS.user,
      unavailable: false,
      member_count: 2,
      large: false,
      joined_at: new Date().toISOString(),
      features: [],
      roles: [
        {
          id: FAKE_IDS.guild,
          name: '@everyone',
          permissions: '19456',
          position: 0,
          color: 0,
          hoist: false,
          managed: false,
          mentionable: false,
          flags: 0,
        },
      ],
      channels: [
        {
          id: FAKE_IDS.channel,
          type: 0,
          name: 'general',
          guild_id: FAKE_IDS.guild,
          position: 0,
          permission_overwrites: [],
        },
      ],
      threads: [],
      members: [],
      emojis: [],
      stickers: [],
      presences: [],
      voice_states: [],
      stage_instances: [],
      guild_scheduled_events: [],
    });
    this.#markIdentified();
  }

  #dispatch(t: string, d: unknown): void {
    if (!this.#session) throw new Error('no gateway session');
    this.#session.send(JSON.stringify({ op: 0, t, s: ++this.#seq, d }));
  }

  async #handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://fake');
    let body: unknown = text;
    if ((req.headers['content-type'] ?? '').includes('application/json') && text) body = JSON.parse(text);
    const request: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body,
      at: performance.now(),
    };
    this.requests.push(request);
    const reply = (status: number, json?: unknown) => {
      request.status = status;
      if (status >= 400) this.#errors.push((json as { code: number }).code);
      res.writeHead(status, json === undefined ? {} : { 'content-type': 'application/json' });
      res.end(json === undefined ? undefined : JSON.stringify(json));
      this.emit('request', request);
    };
    const route = `${request.method} ${request.path}`;
    let m: RegExpMatchArray | null;
    const channelReply = ({ status, json, headers }: ChannelReply) => {
      for (const [name, value] of Object.entries(headers ?? {})) res.setHeader(name, value);
      return reply(status, json);
    };

    if (route === 'GET /api/v10/gateway/bot') {
      return reply(200, {
        url: `ws://127.0.0.1:${this.port}`,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
      });
    }
    if ((m = route.match(/^POST \/api\/v10\/interactions\/(\d+)\/[^/]+\/callback$/))) {
      const record = this.#interactions.get(m[1] as string);
      if (!record) return reply(404, { code: 10062, message: 'Unknown interaction' });
      if (record.responded) return reply(400, { code: 40060, message: 'Interaction has already been acknowledged.' });
      // https://discord.com/developers/docs/interactions/receiving-and-responding#responding-to-an-interaction
      if (performance.now() - record.dispatchedAt > RESPONSE_DEADLINE_MS) {
        return reply(404, { code: 10062, message: 'Unknown interaction' });
      }
      const refusal = this.#refusals.get(m[1] as string);
      if (refusal) {
        this.#refusals.delete(m[1] as string);
        return reply(refusal.status, { code: refusal.code, message: refusal.message });
      }
      record.responded = true;
      return reply(204);
    }
    if ((m = route.match(/^(PATCH|GET|DELETE) \/api\/v10\/webhooks\/\d+\/[^/]+\/messages\/(@|%40)original$/))) {
      return reply(200, messageObject(FAKE_IDS.channel, (body ?? {}) as Record<string, unknown>));
    }
    if ((m = route.match(/^POST \/api\/v10\/webhooks\/\d+\/[^/]+$/))) {
      return reply(200, messageObject(FAKE_IDS.channel, (body ?? {}) as Record<string, unknown>));
    }
    if ((m = route.match(/^POST \/api\/v10\/channels\/(\d+)\/messages$/))) {
      if (this.options.rateLimitFirstChannelMessage && !this.#rateLimited) {
        this.#rateLimited = true;
        // https://discord.com/developers/docs/topics/rate-limits#header-format
        res.setHeader('retry-after', '1');
        res.setHeader('x-ratelimit-limit', '5');
        res.setHeader('x-ratelimit-remaining', '0');
        res.setHeader('x-ratelimit-reset-after', '0.05');
        res.setHeader('x-ratelimit-bucket', 'fake-channel-bucket');
        res.setHeader('x-ratelimit-scope', 'user');
        return reply(429, { code: 0, message: 'You are being rate limited.', retry_after: 0.05, global: false });
      }
      if (this.options.channelMessageDelayMs) await delay(this.options.channelMessageDelayMs);
      await this.options.channelMessageGate;
      const status = this.options.channelMessageStatus ?? 200;
      if (status !== 200) return reply(status, { code: 50013, message: 'Missing Permissions' });
      const channelId = m[1] as string;
      const fields = (body ?? {}) as Record<string, unknown>;
      const heldAt = this.#holds.findIndex((h) => h.match(channelId, fields));
      const held = heldAt >= 0 ? this.#holds.splice(heldAt, 1)[0] : undefined;
      held?.arrived();
      // Held: never answered (the socket closes with the client); 'after' keeps the message first.
      if (held?.stage === 'before') return;
      const posted = this.channels.post(channelId, fields);
      if (held) return;
      return channelReply(posted);
    }
    if ((m = route.match(/^PATCH \/api\/v10\/channels\/(\d+)\/messages\/(\d+)$/))) {
      return channelReply(this.channels.edit(m[1] as string, m[2] as string, (body ?? {}) as Record<string, unknown>));
    }
    if ((m = route.match(/^GET \/api\/v10\/channels\/(\d+)\/messages$/))) {
      return channelReply(this.channels.list(m[1] as string, request.query));
    }
    if (/^POST \/api\/v10\/users\/(@|%40)me\/channels$/.test(route)) {
      return channelReply(this.channels.openDm(String((body as { recipient_id?: unknown }).recipient_id)));
    }
    if (/^GET \/api\/v10\/users\/(@|%40)me$/.test(route)) return reply(200, BOT_USER);
    if ((m = route.match(/^PUT \/api\/v10\/applications\/(\d+)(\/guilds\/\d+)?\/commands$/))) {
      const saved = (body as { name: string }[]).map((c, i) => ({
        ...c,
        id: `9${i}`.padEnd(18, '0'),
        application_id: m?.[1],
        version: '1',
      }));
      this.commands.set(request.path, saved);
      return reply(200, saved);
    }
    return reply(404, { code: 0, message: `fake Discord has no route ${route}` });
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
