// Runs the real `summit` command as a subprocess, with no platform credentials in its environment.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(SLACK_|DISCORD_|STORY_DIR|PORT|DATABASE_PATH|BRIEF_)/.test(k)),
  );
  return { ...env, ...extra };
}

export function runCli(
  args: readonly string[],
  options: { input?: string; env?: Record<string, string>; command?: readonly string[] } = {},
): Promise<CliResult> {
  const [cmd, ...pre] = options.command ?? [process.execPath, path.join(REPO_ROOT, 'bin/summit.js')];
  return new Promise((resolve, reject) => {
    const child = spawn(cmd ?? process.execPath, [...pre, ...args], { cwd: REPO_ROOT, env: cleanEnv(options.env) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}
