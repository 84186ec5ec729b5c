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
  /** Resolves once the output contains `text`; rejects if the process exits first. */
  waitFor(text: string): Promise<void>;
  /** `promise`, unless the process exits first: then rejects with the process's output. */
  unlessExited<T>(promise: Promise<T>): Promise<T>;
  /** The exit code and signal, once the process has exited. */
  readonly exited: Promise<[number | null, NodeJS.Signals | null]>;
}

/** Startup done: the briefs due at start (catch-up, settling old claims) have been handled. */
export const RUNNING = '"msg":"summit bot running"';

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
  const waiters: { text: string; resolve: () => void; reject: (e: Error) => void }[] = [];
  const settle = () => {
    for (const w of [...waiters]) {
      if (output.includes(w.text)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      } else if (child.exitCode !== null || child.signalCode !== null) {
        waiters.splice(waiters.indexOf(w), 1);
        w.reject(new Error(`bot exited before "${w.text}":\n${output.slice(-3000)}`));
      }
    }
  };
  child.stdout.on('data', (d: Buffer) => ((output += d.toString()), settle()));
  child.stderr.on('data', (d: Buffer) => ((output += d.toString()), settle()));
  child.on('exit', settle);
  return {
    child,
    output: () => output,
    waitFor: (text) =>
      new Promise((resolve, reject) => {
        waiters.push({ text, resolve, reject });
        settle();
      }),
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

/** Polls GET /readyz on `port` until it answers 200, for about five seconds at most (the test asserts what follows). */
export async function waitForReady(port: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`).catch(() => undefined);
    if (ready?.status === 200) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Polls `probe` every 100 ms until it returns something truthy, and returns that; throws after `deadlineMs`. */
export async function until<T>(what: string, probe: () => T | undefined | false, deadlineMs = 30_000): Promise<T> {
  const end = Date.now() + deadlineMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
