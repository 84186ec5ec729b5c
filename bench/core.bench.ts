// Core answers on the bundled pack: each command's p50/p99 in ms (target: well under 1 ms), and pack load time.
import { BUNDLED_STORY_DIR } from '../src/config.ts';
import { answerText } from '../tests/support/answer-text.ts';
import { loadPack } from '../src/core/load-pack.ts';
import { round, timeMany } from './measure.ts';

export const name = 'core answers (bundled pack)';

const COMMANDS = [
  'who',
  'who putin',
  'who kim jong-un',
  'who pezeshkian',
  'who putn',
  'timeline',
  'timeline sep 3',
  'sources',
  'sources 004',
  'help',
];

export async function run(): Promise<Record<string, number | string>> {
  const loadStart = performance.now();
  const loaded = loadPack(BUNDLED_STORY_DIR);
  const loadMs = performance.now() - loadStart;
  if (!loaded.ok) throw new Error('bundled pack does not load');
  const figures: Record<string, number | string> = { 'pack load ms': round(loadMs, 1) };
  let worst = 0;
  for (const command of COMMANDS) {
    const { p50, p99 } = timeMany(() => answerText(loaded.pack, command), 2000);
    figures[`"${command}" p50/p99 ms`] = `${round(p50)} / ${round(p99)}`;
    worst = Math.max(worst, p99);
  }
  figures['worst p99 ms (target < 1)'] = round(worst);
  return figures;
}
