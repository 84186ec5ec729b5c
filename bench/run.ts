// `npm run bench`: runs every bench/*.bench.ts in turn and prints a table per suite, or with --json one JSON object
// holding every figure. Each suite exports `name` and `run(): Promise<Record<string, number | string>>`.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface Suite {
  name: string;
  run(): Promise<Record<string, number | string>>;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const json = process.argv.includes('--json');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !only || f.startsWith(only))
  .sort();

const results: Record<string, Record<string, number | string>> = {};
for (const file of files) {
  const suite = (await import(path.join(here, file))) as Suite;
  if (!json) console.log(`\n## ${suite.name}`);
  const figures = await suite.run();
  results[suite.name] = figures;
  if (!json) for (const [k, v] of Object.entries(figures)) console.log(`${k.padEnd(44)} ${v}`);
}
if (json) console.log(JSON.stringify(results));
