// The development pack: the bundled story plus the 19 articles of ../shared/corpus, added through `summit add` as a
// newsroom would add them. Built in a temp folder; used by `npm run eval`, the quality tests and the bench.
import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { addArticle } from '../src/adapters/terminal/add-article.ts';
import { BUNDLED_STORY_DIR } from '../src/config.ts';
import { loadPack } from '../src/core/load-pack.ts';
import type { StoryPack } from '../src/core/story-pack.ts';

export const CORPUS_DIR = fileURLToPath(new URL('../../shared/corpus/', import.meta.url));
export const CORPUS_KEY = path.join(CORPUS_DIR, 'key.json');

export interface CorpusPack {
  readonly dir: string;
  readonly pack: StoryPack;
  /** Corpus file name (e.g. 05-sentinel-….txt) -> the article id `summit add` gave it. */
  readonly idByFile: ReadonlyMap<string, string>;
}

export function buildCorpusPack(): CorpusPack {
  const dir = mkdtempSync(path.join(tmpdir(), 'summit-corpus-'));
  cpSync(BUNDLED_STORY_DIR, dir, { recursive: true });
  const files = readdirSync(path.join(CORPUS_DIR, 'articles'))
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const idByFile = new Map<string, string>();
  for (const file of files) {
    let said = '';
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        said += chunk.toString();
        done();
      },
    });
    const code = addArticle(dir, [path.join(CORPUS_DIR, 'articles', file)], {}, { output: sink, error: sink });
    const id = /^Added (\S+):/.exec(said)?.[1];
    if (code !== 0 || !id) throw new Error(`summit add refused corpus article ${file}: ${said}`);
    idByFile.set(file, id);
  }
  const loaded = loadPack(dir);
  if (!loaded.ok) throw new Error(`corpus pack does not load: ${JSON.stringify(loaded.problems.slice(0, 3))}`);
  return { dir, pack: loaded.pack, idByFile };
}
