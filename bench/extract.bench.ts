// Extraction at scale: throughput (articles/s, cold cache), full pack load with 1,000 and 10,000 articles (cold:
// every article extracted; warm: a reload in the same process, every article a cache hit), and who/timeline p99 on
// the bundled pack plus the 19 corpus articles (target: under 1 ms in-process).
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { answerText } from '../tests/support/answer-text.ts';
import { extractArticle } from '../src/core/extract/extract-article.ts';
import { loadPack } from '../src/core/load-pack.ts';
import { buildCorpusPack } from '../eval/corpus-pack.ts';
import { round, timeMany } from './measure.ts';

export const name = 'extraction (corpus articles, packs of 1,000 and 10,000)';

export async function run(): Promise<Record<string, number | string>> {
  const { dir, pack } = buildCorpusPack();
  const figures: Record<string, number | string> = {};
  const inputs = pack.articles.map((a) => ({
    id: a.id,
    published: a.published,
    language: a.language,
    sentences: a.sentences,
  }));
  const rounds = 20;
  const start = performance.now();
  for (let r = 0; r < rounds; r++) for (const input of inputs) extractArticle({ ...input, id: `${input.id}-${r}` });
  figures['extraction articles/s (cold, corpus articles)'] = Math.round(
    (rounds * inputs.length) / ((performance.now() - start) / 1000),
  );
  for (const command of ['who', 'who kim jong un', 'timeline', 'timeline sep 3']) {
    const { p99 } = timeMany(() => answerText(pack, command), 500);
    figures[`"${command}" p99 ms (bundled + corpus)`] = round(p99);
  }
  for (const size of [1_000, 10_000]) {
    const measured = loadAtSize(dir, size);
    // Progress on stderr: the 10,000-article load takes minutes, and its figures are worth seeing as they come.
    for (const [k, v] of Object.entries(measured)) process.stderr.write(`${k}: ${v}\n`);
    Object.assign(figures, measured);
  }
  rmSync(dir, { recursive: true, force: true });
  return figures;
}

/** A pack of `size` articles: the corpus pack's articles copied under new ids (same text, so real extraction work). */
function loadAtSize(corpusDir: string, size: number): Record<string, number> {
  const dir = mkdtempSync(path.join(tmpdir(), `summit-bench-${size}-`));
  cpSync(corpusDir, dir, { recursive: true });
  const folder = path.join(dir, 'articles');
  const originals = readdirSync(folder).filter((f) => f.endsWith('.md'));
  const texts = originals.map((f) => readFileSync(path.join(folder, f), 'utf8'));
  for (let n = originals.length; n < size; n++) {
    const text = texts[n % texts.length] ?? '';
    const id = `b${String(n).padStart(5, '0')}`;
    // A distinct body per copy, so the content-hash cache cannot share one article's result between copies.
    writeFileSync(
      path.join(folder, `${id}.md`),
      text.replace(/^id: .*$/m, `id: "${id}"`).replace(/\n---\n/, `\n---\nCopy ${n}.\n`),
    );
  }
  const time = (): number => {
    const t = performance.now();
    const loaded = loadPack(dir);
    if (!loaded.ok) throw new Error(`bench pack of ${size} does not load: ${JSON.stringify(loaded.problems[0])}`);
    return performance.now() - t;
  };
  const cold = time();
  const warm = time();
  rmSync(dir, { recursive: true, force: true });
  return {
    [`pack load ms, ${size} articles (cold)`]: Math.round(cold),
    [`pack load ms, ${size} articles (reload, cached)`]: Math.round(warm),
  };
}
