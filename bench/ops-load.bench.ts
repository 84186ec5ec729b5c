// Load while the pack reloads: 1,000 signed `/summit` commands over 10 s to a real `summit start` process (Slack HTTP
// mode against a loopback fake Web API), with the story pack edited half-way through. Targets: every command
// acknowledged within 3 s, none dropped, the reload picked up, heap back near its baseline afterwards.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLED_STORY_DIR } from '../src/config.ts';
import { startFakeWebApi } from '../tests/fakes/slack-web-api.ts';
import { slackSignatureHeaders, slashCommandBody } from '../tests/fakes/slack-signing.ts';
import { createServer } from 'node:net';
import { WebSocket } from 'ws';
import { percentile, round } from './measure.ts';

export const name = 'ops: 1,000 Slack commands in 10 s during a pack reload';

const SECRET = '0123456789abcdef0123456789abcdef';
const TOTAL = 1000;
const DURATION_MS = 10_000;
const COMMANDS = ['who putin', 'timeline sep 3', 'sources', 'who kim', 'ask how long is the parade?'];
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A port free right now (a bench may race for it; tests read the port the bot bound instead). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export async function run(): Promise<Record<string, number | string>> {
  const api = await startFakeWebApi();
  const port = await freePort();
  const work = mkdtempSync(path.join(tmpdir(), 'summit-load-'));
  const story = path.join(work, 'story');
  cpSync(BUNDLED_STORY_DIR, story, { recursive: true });
  // The inspector lets the bench ask for a full garbage collection before each heap reading, so "back to baseline"
  // compares live memory, not garbage the collector has not reached yet.
  const child = spawn(process.execPath, ['--inspect=127.0.0.1:0', path.join(root, 'bin/summit.js'), 'start'], {
    cwd: work,
    env: {
      PATH: process.env.PATH,
      SLACK_BOT_TOKEN: 'xoxb-load-test-token',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: api.apiUrl,
      PORT: String(port),
      STORY_DIR: story,
      DATABASE_PATH: path.join(work, 'summit.db'),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = once(child, 'exit');
  const inspector = new Promise<string>((resolve) => {
    let err = '';
    child.stderr?.on('data', (d: Buffer) => {
      err += d.toString();
      const url = /Debugger listening on (ws:\/\/\S+)/.exec(err)?.[1];
      if (url) resolve(url);
    });
  });
  try {
    await waitFor(async () => (await get(port, '/readyz')).status === 200, 20_000);
    await post(port, 'who putin'); // warm-up: first-use compilation is not what this measures
    const gc = await connectGc(await inspector);
    const baseline = await heapUsed(port, gc);

    const latencies: number[] = [];
    let failed = 0;
    const started = performance.now();
    const inFlight: Promise<void>[] = [];
    for (let i = 0; i < TOTAL; i++) {
      const due = started + (i * DURATION_MS) / TOTAL;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      if (i === TOTAL / 2) editPack(story, i);
      const sent = performance.now();
      inFlight.push(
        post(port, COMMANDS[i % COMMANDS.length] ?? 'help').then(
          (ok) => (ok ? void latencies.push(performance.now() - sent) : void failed++),
          () => void failed++,
        ),
      );
    }
    await Promise.all(inFlight);
    const elapsed = performance.now() - started;
    const metrics = (await get(port, '/metrics')).text;
    const reloads = /summit_pack_reloads_total\{outcome="ok"\} (\d+)/.exec(metrics)?.[1] ?? '0';
    const after = await heapUsed(port, gc);
    gc.close();
    latencies.sort((a, b) => a - b);
    const slowest = latencies.at(-1) ?? NaN;
    return {
      'commands sent': TOTAL,
      'acknowledged with an answer': latencies.length,
      'dropped or failed': failed,
      'wall time s': round(elapsed / 1000, 1),
      'ack p50 / p99 / max ms': `${round(percentile(latencies, 50), 1)} / ${round(percentile(latencies, 99), 1)} / ${round(slowest, 1)}`,
      'all within 3 s': failed === 0 && slowest < 3000 ? 'yes' : 'NO',
      'pack reloads during the run': Number(reloads),
      'heap used MB before / after': `${round(baseline / 1e6, 1)} / ${round(after / 1e6, 1)}`,
      'heap back near baseline (< +25%, after full GC)': after < baseline * 1.25 ? 'yes' : 'NO',
    };
  } finally {
    child.kill('SIGTERM');
    await exited;
    await api.close();
    rmSync(work, { recursive: true, force: true });
  }
}

/** A real edit a desk would make: one more article, so the reload has work to do. */
function editPack(story: string, n: number): void {
  const article = readFileSync(path.join(story, 'articles/000.md'), 'utf8');
  writeFileSync(
    path.join(story, 'articles/900.md'),
    article
      .replace('id: "000"', `id: "900"`)
      .replace(/^url: .*$/m, 'url: null')
      .replace('significant', `significant (${n})`),
  );
}

function post(port: number, text: string): Promise<boolean> {
  const body = slashCommandBody({ text, responseUrl: 'http://127.0.0.1:9/unused' });
  const headers = { ...slackSignatureHeaders(body, SECRET), 'content-length': String(Buffer.byteLength(body)) };
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/slack/events', method: 'POST', headers }, (res) => {
      let data = '';
      res.on('data', (d: Buffer) => (data += d.toString()));
      res.on('end', () => resolve(res.statusCode === 200 && data.includes('"blocks"')));
    });
    req.on('error', reject);
    req.end(body);
  });
}

function get(port: number, p: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path: p }, (res) => {
      let text = '';
      res.on('data', (d: Buffer) => (text += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    })
      .on('error', reject)
      .end();
  });
}

async function heapUsed(port: number, gc: { collect(): Promise<void> }): Promise<number> {
  await gc.collect();
  const text = (await get(port, '/metrics')).text;
  return Number(/^nodejs_heap_size_used_bytes (\S+)$/m.exec(text)?.[1] ?? NaN);
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the bot did not become ready');
}

/** A DevTools-protocol client that can only do one thing: HeapProfiler.collectGarbage. */
async function connectGc(url: string): Promise<{ collect(): Promise<void>; close(): void }> {
  const socket = new WebSocket(url);
  await once(socket, 'open');
  let id = 0;
  return {
    collect: () =>
      new Promise<void>((resolve) => {
        const mine = ++id;
        socket.on('message', function onMessage(data: Buffer) {
          if ((JSON.parse(data.toString()) as { id?: number }).id !== mine) return;
          socket.off('message', onMessage);
          resolve();
        });
        socket.send(JSON.stringify({ id: mine, method: 'HeapProfiler.collectGarbage' }));
      }),
    close: () => socket.close(),
  };
}
