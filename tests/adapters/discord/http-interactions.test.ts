// Discord's HTTP interactions endpoint against real signed requests on 127.0.0.1: a bad or missing signature gets
// 401, PING gets PONG, and `/summit who` is answered through the dispatcher with the same embeds as the gateway.
import { generateKeyPairSync, sign } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createHttpInteractionHandler,
  DISCORD_INTERACTIONS_PATH,
} from '../../../src/adapters/discord/http/handle-http-interaction.ts';
import { discordPublicKey } from '../../../src/adapters/discord/http/verify-signature.ts';
import { createDispatcher } from '../../../src/dispatch/dispatcher.ts';
import { createLogger } from '../../../src/log.ts';
import { bundledPack } from '../../support/bundled-pack.ts';

const { publicKey, privateKey } = generateKeyPairSync('ed25519');
const publicHex = Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url').toString('hex');
let server: Server;
let url: string;

beforeAll(async () => {
  const logger = createLogger({ level: 'silent', secrets: [] });
  const dispatcher = createDispatcher({
    getPack: bundledPack,
    routes: [],
    now: () => new Date('2025-09-03T06:00:00Z'),
    timezone: 'UTC',
    logger,
    newRequestId: () => 'req-1',
  });
  const handle = createHttpInteractionHandler({ publicKey: discordPublicKey(publicHex), dispatcher, logger });
  server = createServer((req, res) => {
    void handle(req, res).then((handled) => handled || res.writeHead(404).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  url = `http://127.0.0.1:${address.port}${DISCORD_INTERACTIONS_PATH}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

function post(body: unknown, signWith = privateKey, tamper = false) {
  const raw = JSON.stringify(body);
  const timestamp = '1756879200';
  const signature = sign(null, Buffer.from(timestamp + raw), signWith).toString('hex');
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-signature-ed25519': signature,
      'x-signature-timestamp': timestamp,
    },
    body: tamper ? raw.replace('putin', 'xi') : raw,
  });
}

describe('Discord HTTP interactions', () => {
  it('answers a request signed by another key, a tampered body and a missing signature with 401', async () => {
    const other = generateKeyPairSync('ed25519').privateKey;
    expect((await post({ type: 1 }, other)).status).toBe(401);
    const who = {
      type: 2,
      data: { name: 'summit', options: [{ name: 'who', options: [{ name: 'name', value: 'putin' }] }] },
    };
    expect((await post(who, privateKey, true)).status).toBe(401);
    const unsigned = await fetch(url, { method: 'POST', body: JSON.stringify({ type: 1 }) });
    expect(unsigned.status).toBe(401);
  });

  it('refuses a body over 64 KB with 413 before checking its signature, and keeps serving', async () => {
    const res = await post({ type: 1, padding: 'x'.repeat(70_000) });
    expect(res.status).toBe(413);
    expect((await post({ type: 1 })).status).toBe(200);
  });

  it('answers PING with PONG', async () => {
    const res = await post({ type: 1 });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ type: 1 });
  });

  it('answers /summit who putin ephemerally with the answer’s embed and no pings', async () => {
    const res = await post({
      type: 2,
      channel_id: '123456789012345678',
      member: { user: { id: '223456789012345678' }, permissions: '0' },
      data: { name: 'summit', options: [{ name: 'who', options: [{ name: 'name', value: 'putin' }] }] },
    });
    const body = (await res.json()) as {
      type: number;
      data: { flags: number; embeds: { title?: string }[]; allowed_mentions: unknown };
    };
    expect(body.type).toBe(4);
    expect(body.data.flags).toBe(64);
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
    expect(body.data.embeds[0]?.title).toMatch(/Putin/);
  });

  it('answers an unknown subcommand kindly instead of failing', async () => {
    const res = await post({ type: 2, data: { name: 'summit', options: [{ name: 'launch' }] } });
    expect(await res.json()).toMatchObject({ type: 4, data: { content: expect.stringContaining('/summit help') } });
  });
});
