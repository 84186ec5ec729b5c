// `npm run bench`: runs every bench/*.bench.ts, each in a fresh child process (one suite's 400 MB synthetic pack must
// not put garbage-collection pauses into the next suite's latencies), and prints a table per suite, or with --json one
// JSON object holding every figure. Each suite exports `name` and `run(): Promise<Record<string, number | string>>`.
// `--only=PREFIX` runs the suites whose file name starts with PREFIX.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface Suite {
  name: string;
  run(): Promise<Record<string, number | string>>;
}

type Figures = Record<string, number | string>;

const here = path.dirname(fileURLToPath(import.meta.url));
const SUITE_FLAG = '--suite=';
const suiteFile = process.argv.find((a) => a.startsWith(SUITE_FLAG))?.slice(SUITE_FLAG.length);

if (suiteFile) {
  // Child: run one suite and hand its figures to the parent on the last line of stdout.
  const suite = (await import(path.join(here, suiteFile))) as Suite;
  const figures = await suite.run();
  process.stdout.write(`\n${JSON.stringify({ name: suite.name, figures })}\n`);
} else {
  const json = process.argv.includes('--json');
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
  const files = readdirSync(here)
    .filter((f) => f.endsWith('.bench.ts') && (!only || f.startsWith(only)))
    .sort();
  const results: Record<string, Figures> = {};
  for (const file of files) {
    const { name, figures } = await runSuite(file);
    results[name] = figures;
    if (!json) {
      console.log(`\n## ${name}`);
      for (const [k, v] of Object.entries(figures)) console.log(`${k.padEnd(48)} ${v}`);
    }
  }
  if (json) console.log(JSON.stringify(results));
}

function runSuite(file: string): Promise<{ name: string; figures: Figures }> {
  return new Promise((resolve, reject) => {
    // --expose-gc: a suite reads resident memory after a full collection (ask.bench.ts).
    const args = ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), `${SUITE_FLAG}${file}`];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      const last = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0) return reject(new Error(`${file} failed with exit code ${code}`));
      resolve(JSON.parse(last) as { name: string; figures: Figures });
    });
  });
}
