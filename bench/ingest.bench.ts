// `npm run bench`: one poll of 50 feeds x 50 items on a loopback server through the real poller (feedsmith, SQLite,
// conditional GET): the first poll (every item recorded), a poll answered 304 by every feed, and a poll where every
// feed sends its full body again (no validators) with nothing new. Plus hostile pages through the extraction worker:
// 5 MB pages and a 2,000-deep page, with wall time and peak memory.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BUNDLED_STORY_DIR } from '../src/config.ts';
import { DEFAULT_EXTRACT_BUDGET, extractInWorker, type ExtractBudget } from '../src/ingest/extract-in-worker.ts';
import { DEFAULT_FETCH_LIMITS } from '../src/ingest/fetch-limits.ts';
import { pollFeeds } from '../src/ingest/poll-feeds.ts';
import { openPackStore } from '../src/pack/pack-store.ts';
import { createFeedStore } from '../src/store/feeds.ts';
import { openStore } from '../src/store/open-store.ts';
import { rss } from '../tests/ingest/feed-fixtures.ts';
import { round } from './measure.ts';

export const name = 'ingest: one poll of 50 feeds x 50 items (loopback), and extraction of 5 MB and 2,000-deep pages';

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
  const packOpened = openPackStore(storyDir);
  if (!packOpened.ok) throw new Error('the bundled pack did not load');
  const pack = packOpened.store;
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
      pack,
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

  const extraction = await extractionFigures();
  return {
    'first poll (2,500 items recorded), ms': first.ms,
    'first poll, heap growth MB': first.heapMb,
    'poll, every feed 304, ms': cached.ms,
    'poll, every feed 304, heap growth MB': cached.heapMb,
    'poll, every feed 200 and nothing new, ms': full.ms,
    'poll, every feed 200, heap growth MB': full.heapMb,
    'outcomes (first / 304 / 200)': `${first.outcomes} / ${cached.outcomes} / ${full.outcomes}`,
    'rss after the polls, MB': full.rss,
    ...extraction,
  };
}

/** Hostile pages through the extraction worker (default budget): wall time, outcome, peak RSS above the baseline. */
async function extractionFigures(): Promise<Record<string, number | string>> {
  const pages: [string, string, ExtractBudget][] = [
    ['5 MB of tiny paragraphs', hugePage(5, '<p>tiny</p>'), DEFAULT_EXTRACT_BUDGET],
    [
      '5 MB of 1 KB paragraphs',
      hugePage(5, `<p>${'a long sentence of article text '.repeat(32)}</p>`),
      DEFAULT_EXTRACT_BUDGET,
    ],
    ['5 MB page, mostly inline scripts, one article', scriptHeavyPage(5), DEFAULT_EXTRACT_BUDGET],
    ['2,000-deep page', deepPage(2000), DEFAULT_EXTRACT_BUDGET],
    [
      '2,000-deep page, depth check lifted',
      deepPage(2000),
      { ...DEFAULT_EXTRACT_BUDGET, dom: { ...DEFAULT_EXTRACT_BUDGET.dom, maxDepth: 10_000 } },
    ],
    [
      'a fixture article',
      readFileSync(path.resolve('tests/ingest/fixtures/pages/jsonld-article.html'), 'utf8'),
      DEFAULT_EXTRACT_BUDGET,
    ],
  ];
  // A worker's start (1-3 s under tsx, again after a page over the deadline) is not what is measured: a small page
  // is read first each time, so the worker is up.
  const warm = () =>
    extractInWorker(
      { html: pages.at(-1)?.[1] ?? '', url: 'http://bench.example/', dom: DEFAULT_EXTRACT_BUDGET.dom },
      DEFAULT_EXTRACT_BUDGET,
    );
  const out: Record<string, number | string> = {};
  for (const [label, html, budget] of pages) {
    await warm();
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
    const start = performance.now();
    const result = await extractInWorker({ html, url: 'http://bench.example/a', dom: budget.dom }, budget);
    const ms = performance.now() - start;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    const outcome = result === 'stopped' ? 'stopped' : result.ok ? 'read' : `${result.refusal}: ${result.message}`;
    out[`extract ${label}: ms`] = round(ms, 0);
    out[`extract ${label}: peak RSS above baseline, MB`] = round((peak - baseline) / 1024 / 1024, 0);
    out[`extract ${label}: outcome`] = outcome;
  }
  return out;
}

function hugePage(megabytes: number, paragraph: string): string {
  const count = Math.floor((megabytes * 1024 * 1024) / paragraph.length);
  return `<!doctype html><html><head><title>Big</title></head><body><article>${paragraph.repeat(count)}</article></body></html>`;
}

/** What real 5 MB news pages are: hydration JSON and bundles inline, an article of ordinary length. */
function scriptHeavyPage(megabytes: number): string {
  const article = readFileSync(path.resolve('tests/ingest/fixtures/pages/real/guardian-style.html'), 'utf8');
  const state = `<script>window.__STATE__=${JSON.stringify({ items: 'x'.repeat(megabytes * 1024 * 1024) })}</script>`;
  return article.replace('</head>', `${state}</head>`);
}

function deepPage(depth: number): string {
  const text = '<p>Text of a paragraph deep inside the page, long enough to count as prose for Readability.</p>';
  return `<!doctype html><html><body>${'<div>'.repeat(depth)}${text.repeat(20)}${'</div>'.repeat(depth)}</body></html>`;
}
