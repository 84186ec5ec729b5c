// `summit add <url>`: fetches the page, reads its article and metadata, and writes it to the pack; --headline,
// --outlet, --published and --kind override what the page says. Every refusal is one line on stderr, pack untouched.
import { openPackStore, problemLines } from '../pack/pack-store.ts';
import { pageToDraft, type ArticleOverrides } from './page-to-draft.ts';
import type { FetchLimits } from './fetch-limits.ts';
import { readPage } from './read-page.ts';
import { packUrlKeys, urlKey } from './url-key.ts';

export interface AddUrlIo {
  readonly output: NodeJS.WritableStream;
  readonly error: NodeJS.WritableStream;
}

export async function addUrl(
  storyDir: string,
  url: string,
  overrides: ArticleOverrides,
  io: AddUrlIo,
  options: { limits: FetchLimits; now: () => Date },
): Promise<number> {
  const fail = (message: string): number => {
    io.error.write(`Not added: ${url.slice(0, 300)}: ${message}\n`);
    return 1;
  };
  // The link itself already in the pack: refused before any fetch.
  const opened = openPackStore(storyDir);
  if (!opened.ok)
    return fail(
      `the pack in ${storyDir} has problems; fix them first (summit check):\n${problemLines(opened.problems)}`,
    );
  const known = packUrlKeys(opened.store.current()).get(urlKey(url) ?? '');
  if (known) return fail(`it is already in the pack as article ${known}`);
  const today = options.now().toISOString().slice(0, 10);
  const page = await readPage(url, {
    limits: options.limits,
    fallbackDay: today,
    fallbackNote: `the page states no publication date; ${today} is the day it was fetched`,
  });
  if (!page.ok) return fail(page.message);
  const written = opened.store.addArticle(pageToDraft(page.article, overrides));
  if (!written.ok) return fail(written.message);
  const { meta } = written;
  const estimated = meta.publishedEstimated ? ' (estimated: the page gives no date)' : '';
  io.output.write(
    `Added ${meta.id}: ${meta.headline ?? '(no headline)'} (${meta.outlet}, ${meta.kind}, published ${meta.published}${estimated}) -> ${written.file}\n`,
  );
  return 0;
}
