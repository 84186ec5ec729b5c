// Runs the bot's real entry points (`bin/summit.js start` by default) as child processes, the way operators and the
// npm scripts run them: with only the environment a test gives (plus PATH), so no developer .env or shell variable
// leaks in, and with stdout and stderr collected for assertions.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { REPO_ROOT } from './run-cli.ts';

export interface BotProcess {
  readonly child: ChildProcess;
  /** Everything written so far to stdout and stderr, interleaved. */
  output(): string;
  /** Resolves once the output contains `text`; rejects if the process exits first or `deadlineMs` passes. */
  waitFor(text: string, deadlineMs?: number): Promise<void>;
  /** The port the bot listens on (it was started with PORT=0), read from its running line. */
  listeningPort(): Promise<number>;
  /** `promise`, unless the process exits first: then rejects with the process's output. */
  unlessExited<T>(promise: Promise<T>): Promise<T>;
  /** The exit code and signal, once the process has exited. */
  readonly exited: Promise<[number | null, NodeJS.Signals | null]>;
}

/** Startup done: the briefs due at start (catch-up, settling old claims) have been handled. */
export const RUNNING = '"msg":"summit bot running"';

/**
 * How long a helper waits for something the bot should do by itself before it fails naming what it waited for: far
 * longer than any step takes on a loaded machine, shorter than the test timeout so the message is ours, not vitest's.
 */
export const PATIENCE_MS = 15_000;

export function spawnBot(options: {
  env: Record<string, string>;
  cwd: string;
  /** The script under bin/ and its arguments. */
  command?: readonly string[];
}): BotProcess {
  const [script, ...args] = options.command ?? ['summit.js', 'start'];
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'bin', script!), ...args], {
    cwd: options.cwd,
    env: { PATH: process.env.PATH, ...options.env },
  });
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  let output = '';
  const waiters: { text: string; resolve: () => void; reject: (e: Error) => void; timer?: NodeJS.Timeout }[] = [];
  const drop = (w: (typeof waiters)[number]) => {
    waiters.splice(waiters.indexOf(w), 1);
    clearTimeout(w.timer);
  };
  const settle = () => {
    for (const w of [...waiters]) {
      if (output.includes(w.text)) {
        drop(w);
        w.resolve();
      } else if (child.exitCode !== null || child.signalCode !== null) {
        drop(w);
        w.reject(new Error(`bot exited before "${w.text}":\n${output.slice(-3000)}`));
      }
    }
  };
  child.stdout.on('data', (d: Buffer) => ((output += d.toString()), settle()));
  child.stderr.on('data', (d: Buffer) => ((output += d.toString()), settle()));
  child.on('exit', settle);
  const waitFor = (text: string, deadlineMs = PATIENCE_MS) =>
    new Promise<void>((resolve, reject) => {
      const waiter: (typeof waiters)[number] = { text, resolve, reject };
      waiter.timer = setTimeout(() => {
        drop(waiter);
        reject(new Error(`bot did not print "${text}" within ${deadlineMs} ms:\n${output.slice(-3000)}`));
      }, deadlineMs);
      waiters.push(waiter);
      settle();
    });
  return {
    child,
    output: () => output,
    waitFor,
    async listeningPort() {
      await waitFor(RUNNING);
      const line = output.split('\n').find((l) => l.includes(RUNNING))!;
      const { port } = JSON.parse(line) as { port?: unknown };
      if (typeof port !== 'number' || port === 0) throw new Error(`running line names no bound port: ${line}`);
      return port;
    },
    unlessExited: (promise) => Promise.race([promise, exited.then(() => Promise.reject(new Error(output)))]),
    exited,
  };
}

/** Sends `signal` and waits for the exit; a process that already exited is left alone. */
export async function stopBot(bot: BotProcess, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
  if (bot.child.exitCode !== null || bot.child.signalCode !== null) return;
  bot.child.kill(signal);
  await bot.exited;
}

/** Polls GET /readyz on `port` until it answers 200; throws, with the last answer, after `deadlineMs`. */
export async function waitForReady(port: number, deadlineMs = PATIENCE_MS): Promise<void> {
  let last = 'no answer';
  const probe = async () => {
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`).catch((e: unknown) => e as Error);
    last = ready instanceof Error ? ready.message : `${ready.status} ${await ready.text()}`;
    return !(ready instanceof Error) && ready.status === 200;
  };
  await until('/readyz', probe, deadlineMs).catch(() => {
    throw new Error(`/readyz on port ${port} did not answer 200 within ${deadlineMs} ms (last: ${last})`);
  });
}

/**
 * Polls `probe` every 50 ms until it returns (or resolves to) something truthy, and returns that; throws naming `what`
 * after `deadlineMs`.
 */
export async function until<T>(
  what: string,
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  deadlineMs = PATIENCE_MS,
): Promise<T> {
  const end = Date.now() + deadlineMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out after ${deadlineMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
