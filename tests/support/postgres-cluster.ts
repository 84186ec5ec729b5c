// A throwaway PostgreSQL cluster for one test file: initdb into a temp folder, `postgres` listening only on a unix
// socket in that folder (no port to race for, nothing on the network), fsync off, removed again by stop(). PostgreSQL
// refuses to run as root, so as root (CI) the server runs as `nobody` through setpriv, which execs rather than forks:
// the child we hold is the postmaster itself, and our signal reaches it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

export interface PostgresCluster {
  /** postgres:// URL of the `postgres` database on this cluster. */
  readonly url: string;
  /** Creates an empty database and returns its URL: one per test, so tests never see each other's rows. */
  createDatabase(name: string): Promise<string>;
  /** How long initdb + start took, in ms (reported, never asserted). */
  readonly startMs: number;
  /** Stops the server (a fast shutdown), keeping its data: an outage, ended by `resume()`. */
  pause(): Promise<void>;
  /** Starts the server again on the same data and socket. */
  resume(): Promise<void>;
  stop(): Promise<void>;
}

const NOBODY = 65534;
const READY = 'database system is ready to accept connections';

/** Debian's server binaries (`postgresql-NN`): the newest installed version. */
export function postgresBinDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root).filter((v) => existsSync(path.join(root, v, 'bin', 'initdb')))
    : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) throw new Error(`no PostgreSQL server binaries under ${root}; install Debian's postgresql package`);
  return path.join(root, newest, 'bin');
}

const asRoot = process.getuid?.() === 0;
/** The command line, run as nobody when we are root. */
const asServerUser = (bin: string, args: string[]): [string, string[]] =>
  asRoot ? ['setpriv', [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', '--', bin, ...args]] : [bin, args];

export async function startPostgresCluster(): Promise<PostgresCluster> {
  const started = performance.now();
  const bin = postgresBinDir();
  const dir = mkdtempSync(path.join(tmpdir(), 'summit-pg-'));
  if (asRoot) chownSync(dir, NOBODY, NOBODY);
  const data = path.join(dir, 'data');
  const [initCmd, initArgs] = asServerUser(path.join(bin, 'initdb'), [
    ...['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync', '--no-instructions'],
  ]);
  const init = spawnSync(initCmd, initArgs, { encoding: 'utf8' });
  if (init.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`initdb failed (${init.status}): ${init.stderr || init.stdout}`);
  }
  const [cmd, args] = asServerUser(path.join(bin, 'postgres'), [
    ...['-D', data, '-k', dir, '-c', 'listen_addresses=', '-c', 'fsync=off', '-c', 'synchronous_commit=off'],
    ...['-c', 'full_page_writes=off', '-c', 'max_connections=100'],
  ]);
  const launch = async () => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    await waitForReady(child);
    return child;
  };
  let server = await launch();
  const running = () => server.exitCode === null && server.signalCode === null;
  const url = urlFor(dir, 'postgres');
  const startMs = Math.round(performance.now() - started);
  return {
    url,
    startMs,
    async createDatabase(name) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE "${name}"`);
      } finally {
        await client.end();
      }
      return urlFor(dir, name);
    },
    async pause() {
      if (!running()) return;
      // SIGINT: fast shutdown, which closes every client connection and keeps the data for resume().
      server.kill('SIGINT');
      await once(server, 'exit');
    },
    async resume() {
      if (!running()) server = await launch();
    },
    async stop() {
      if (running()) {
        // SIGQUIT: immediate shutdown; the data is thrown away anyway.
        server.kill('SIGQUIT');
        await once(server, 'exit');
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The unix socket folder goes in `host`, which pg reads from the query string. */
const urlFor = (socketDir: string, database: string) =>
  `postgres://postgres@localhost/${database}?host=${encodeURIComponent(socketDir)}`;

function waitForReady(server: ChildProcess): Promise<void> {
  let log = '';
  return new Promise((resolve, reject) => {
    const onData = (d: Buffer) => {
      log += d.toString();
      if (log.includes(READY)) {
        server.stderr?.off('data', onData);
        server.off('exit', onExit);
        // Keep draining the pipe so a chatty server never blocks on a full buffer.
        server.stderr?.resume();
        resolve();
      }
    };
    const onExit = (code: number | null) => reject(new Error(`postgres exited (${code}) before it was ready:\n${log}`));
    server.stderr?.on('data', onData);
    server.stdout?.resume();
    server.once('exit', onExit);
  });
}
