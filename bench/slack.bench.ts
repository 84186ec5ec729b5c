// `npm run bench`: signed `/summit who putin` POSTs to the Slack HTTP endpoint, 50 connections for a fixed duration,
// against the summit app and against a bare Bolt app that only acks, in the same run. Each server runs in its own
// child process (this file, started with --slack-bench-server=...), so autocannon here does not steal its CPU. The
// summit app answers in the acknowledgement itself, so each request's response body is the whole answer.
// Target: summit >= 90% of the bare app acking the same body (what sending the answer costs is the floor), p99 < 50 ms;
// bare Bolt acking nothing is shown for reference.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

export const name = 'slack: /summit who putin over HTTP (50 connections)';

const SECRET = 'abcdef0123456789abcdef0123456789';
const DURATION_S = 5;
const CONNECTIONS = 50;
const SERVER_FLAG = '--slack-bench-server=';

async function serve(kind: string): Promise<void> {
  const { App, LogLevel } = await import('@slack/bolt');
  const identity = { botId: 'B0BENCH', botUserId: 'U0BENCH' };
  let port: number;
  if (kind === 'bare' || kind === 'bare-sized') {
    const app = new App({
      signingSecret: SECRET,
      token: 'xoxb-bench',
      tokenVerificationEnabled: false,
      ...identity,
      logLevel: LogLevel.ERROR,
    });
    if (kind === 'bare-sized') {
      // Reference only: bare Bolt acking with a fixed body the size of the summit answer, to show what sending the
      // answer itself costs (JSON serialisation and the bytes on the wire), apart from anything the summit app does.
      const { answerToBlocks } = await import('../src/adapters/slack/answer-to-blocks.ts');
      const { answer } = await import('../src/core/answer.ts');
      const { parseCommandText } = await import('../src/core/parse-command.ts');
      const { loadPack } = await import('../src/core/load-pack.ts');
      const { BUNDLED_STORY_DIR } = await import('../src/config.ts');
      const pack = loadPack(BUNDLED_STORY_DIR);
      if (!pack.ok) throw new Error('bundled pack does not load');
      const answered = answer(pack.pack, parseCommandText('who putin'), { today: '2025-09-03' });
      const { text, blocks } = answerToBlocks(answered, { command: 'who putin', page: 0 });
      app.command('/summit', async ({ ack }) =>
        ack({ response_type: 'ephemeral', text, blocks: [...blocks] as never }),
      );
    } else {
      app.command('/summit', async ({ ack }) => ack());
    }
    const server = (await app.start({ port: 0, host: '127.0.0.1' })) as import('node:http').Server;
    port = (server.address() as AddressInfo).port;
  } else {
    const { startSlack } = await import('../src/adapters/slack/start-slack.ts');
    const { loadConfig } = await import('../src/config.ts');
    const { loadPack } = await import('../src/core/load-pack.ts');
    const { createLogger } = await import('../src/log.ts');
    const loaded = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-bench',
      SLACK_SIGNING_SECRET: SECRET,
      PORT: '0',
      LOG_LEVEL: 'error',
    });
    if (!loaded.ok) throw new Error(loaded.problems.join('; '));
    const pack = loadPack(loaded.config.storyDir);
    if (!pack.ok) throw new Error('bundled pack does not load');
    const logger = createLogger({ level: 'error', secrets: [] });
    const { createBotDispatcher } = await import('../src/dispatch/bot-dispatcher.ts');
    const dispatcher = createBotDispatcher({ getPack: () => pack.pack, timezone: 'UTC', logger });
    const running = await startSlack(
      { config: loaded.config, logger, getPack: () => pack.pack, dispatcher },
      { host: '127.0.0.1', botIdentity: identity },
    );
    port = running.port!;
  }
  process.stdout.write(`${JSON.stringify({ port })}\n`);
}

async function startServer(kind: string): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), `${SERVER_FLAG}${kind}`], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`${kind} bench server exited with ${code}`)));
  });
  return { child, port: (JSON.parse(line) as { port: number }).port };
}

function signedCommand() {
  const body = new URLSearchParams({
    team_id: 'T0BENCH',
    channel_id: 'C0BENCH',
    user_id: 'U0BENCH',
    command: '/summit',
    text: 'who putin',
    api_app_id: 'A0BENCH',
    // Never called: the answer is in the ack. An unroutable address, so a regression would show as errors.
    response_url: 'http://127.0.0.1:9/respond',
    trigger_id: '1.2.3',
  }).toString();
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  const headers = {
    'content-type': 'application/x-www-form-urlencoded',
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': signature,
  };
  return { body, headers };
}

async function load(port: number) {
  const { body, headers } = signedCommand();
  const url = `http://127.0.0.1:${port}/slack/events`;
  // One request first, to check (outside the timed run) what a user would see and how big the answer is.
  const sample = await (await fetch(url, { method: 'POST', body, headers })).text();
  const result = await autocannon({
    url,
    method: 'POST',
    body,
    headers,
    connections: CONNECTIONS,
    duration: DURATION_S,
  });
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    non2xx: result.non2xx + result.errors,
    answered: sample.includes('Vladimir Putin'),
    bytes: Buffer.byteLength(sample),
  };
}

export async function run(): Promise<Record<string, number | string>> {
  const figures: Record<string, number | string> = {};
  for (const kind of ['bare', 'summit', 'bare-sized'] as const) {
    const { child, port } = await startServer(kind);
    try {
      // A short warm-up so both servers are measured hot (JIT, pack, render cache).
      await autocannon({ url: `http://127.0.0.1:${port}/`, connections: 10, duration: 1 });
      const r = await load(port);
      figures[`${kind} req/s`] = Math.round(r.rps);
      figures[`${kind} p99 ms`] = r.p99;
      figures[`${kind} failed requests`] = r.non2xx;
      if (kind === 'summit') figures['summit answer in the ack body'] = r.answered ? `yes (${r.bytes} bytes)` : 'NO';
    } finally {
      child.kill();
    }
  }
  const ratio = Number(figures['summit req/s']) / Number(figures['bare req/s']);
  figures['summit / bare throughput'] = `${(ratio * 100).toFixed(1)}% (reference)`;
  figures['summit p99 target'] = Number(figures['summit p99 ms']) < 50 ? 'met (< 50 ms)' : 'MISSED (>= 50 ms)';
  const sized = Number(figures['summit req/s']) / Number(figures['bare-sized req/s']);
  figures['summit / bare acking the same body'] = `${(sized * 100).toFixed(1)}% (target >= 90%)`;
  return figures;
}

const flag = process.argv.find((a) => a.startsWith(SERVER_FLAG));
if (flag) await serve(flag.slice(SERVER_FLAG.length));
