// `npm run bench`: one poll of 50 feeds x 50 items on a loopback server through the real poller (feedsmith, SQLite,
// conditional GET): the first poll (every item recorded), a poll answered 304 by every feed, and a poll where every
// feed sends its full body again (no validators) with nothing new. Plus Readability's article extraction on linkedom
// (what src/ingest uses) and on jsdom, over the test fixture pages.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { BUNDLED_STORY_DIR } from '../src/config.ts';
import { extractParagraphs, parseHtmlDocument, removeFurniture } from '../src/ingest/extract-body.ts';
import { DEFAULT_FETCH_LIMITS } from '../src/ingest/fetch-limits.ts';
import { pollFeeds } from '../src/ingest/poll-feeds.ts';
import { createFeedStore } from '../src/store/feeds.ts';
import { openStore } from '../src/store/open-store.ts';
import { rss } from '../tests/ingest/feed-fixtures.ts';
import { round } from './measure.ts';

export const name = 'ingest: one poll of 50 feeds x 50 items (loopback), and Readability on linkedom vs jsdom';

const FEEDS = 50;
const ITEMS = 50;

export async function run(): Promise<Record<string, number | string>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'summit-bench-ingest-'));
  const storyDir = path.join(dir, 'pack');
  cpSync(BUNDLED_STORY_DIR, storyDir, { recursive: true });
  const bodies = Array.from({ length: FEEDS }, (_, f) =>
    rss(
      Array.from({ length: ITEMS }, (_, i) => ({
        guid: `feed-${f}-item-${i}`,
        link: `http://127.0.0.1:1/feed-${f}/item-${i}`,
        title: `Item ${i} of feed ${f}`,
        date: new Date(Date.now() - i * 60_000).toISOString(),
      })),
    ),
  );
  let validators = true;
  const server = createServer((req, res) => {
    const f = Number(/^\/feed-(\d+)$/.exec(req.url ?? '')?.[1]);
    const etag = `"feed-${f}"`;
    if (validators && req.headers['if-none-match'] === etag) {
      res.writeHead(304);
      return res.end();
    }
    res.writeHead(200, { 'content-type': 'application/rss+xml', ...(validators ? { etag } : {}) });
    res.end(bodies[f]);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const urls = bodies.map((_, f) => `http://127.0.0.1:${port}/feed-${f}`);
  const opened = await openStore(path.join(dir, 'summit.db'));
  if (!opened.ok) throw new Error(opened.problem);
  const feeds = createFeedStore(opened.store.sql);
  const poll = async () => {
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const start = performance.now();
    const reports = await pollFeeds({
      feeds,
      envFeedUrls: urls,
      storyDir,
      limits: { ...DEFAULT_FETCH_LIMITS, allowPrivate: true },
      maxAgeDays: 3,
      now: () => new Date(),
    });
    const ms = performance.now() - start;
    const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
    const outcomes = [...new Set(reports.map((r) => r.outcome))].join(',');
    return {
      ms: round(ms, 1),
      heapMb: round(heapMb, 1),
      outcomes,
      rss: round(process.memoryUsage().rss / 1024 / 1024, 0),
    };
  };
  const first = await poll();
  const cached = await poll();
  validators = false;
  const full = await poll();
  await opened.store.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });

  const pages = readdirSync(path.resolve('tests/ingest/fixtures/pages')).map((f) =>
    readFileSync(path.resolve('tests/ingest/fixtures/pages', f), 'utf8'),
  );
  return {
    'first poll (2,500 items recorded), ms': first.ms,
    'first poll, heap growth MB': first.heapMb,
    'poll, every feed 304, ms': cached.ms,
    'poll, every feed 304, heap growth MB': cached.heapMb,
    'poll, every feed 200 and nothing new, ms': full.ms,
    'poll, every feed 200, heap growth MB': full.heapMb,
    'outcomes (first / 304 / 200)': `${first.outcomes} / ${cached.outcomes} / ${full.outcomes}`,
    'rss after the polls, MB': full.rss,
    [`extract, linkedom, ms per page (${pages.length} fixture pages)`]: perPage(pages, (h) =>
      extractParagraphs(parseHtmlDocument(h)),
    ),
    [`extract, jsdom, ms per page (${pages.length} fixture pages)`]: perPage(pages, viaJsdom),
  };
}

function perPage(pages: readonly string[], extract: (html: string) => unknown): number {
  for (let i = 0; i < 5; i++) pages.forEach(extract);
  const runs = 30;
  const start = performance.now();
  for (let i = 0; i < runs; i++) pages.forEach(extract);
  return round((performance.now() - start) / (runs * pages.length), 2);
}

/** The same pipeline on jsdom, for the comparison only: furniture removal, Readability, block texts. */
function viaJsdom(html: string): string[] {
  const doc = new JSDOM(html).window.document;
  removeFurniture(doc as unknown as Parameters<typeof removeFurniture>[0]);
  const content = new Readability(doc, { charThreshold: 0 }).parse()?.content ?? '';
  const blocks = 'p, h2, h3, h4, h5, h6, li, blockquote, pre';
  const out = new JSDOM(`<body>${content}</body>`).window.document;
  return [...out.querySelectorAll(blocks)].filter((e) => !e.querySelector(blocks)).map((e) => e.textContent ?? '');
}
