import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_FETCH_LIMITS } from '../../src/ingest/fetch-limits.ts';
import { readPage } from '../../src/ingest/read-page.ts';
import { startPageServer, type PageServer } from './page-server.ts';

// Fixture pages are fetched from the site their canonical URL names (page-server.ts ownUrl), resolved to loopback.
vi.mock('node:dns', async (importOriginal) => (await import('./example-hosts.ts')).dnsWithExampleHosts(importOriginal));

let server: PageServer;
beforeAll(async () => (server = await startPageServer()));
afterAll(() => server.close());

const limits = { ...DEFAULT_FETCH_LIMITS, allowPrivate: true, timeoutMs: 2000 };
const read = (route: string) =>
  readPage(server.ownUrl(route), { limits, fallbackDay: '2026-03-20', fallbackNote: 'fetched on 2026-03-20' });

async function article(route: string) {
  const result = await read(route);
  if (!result.ok) throw new Error(`refused: ${result.message}`);
  return result.article;
}

describe('readPage: metadata in order of trust', () => {
  it('takes headline, outlet, authors and the zoned published time from JSON-LD NewsArticle', async () => {
    const a = await article('/news/jsonld');
    expect(a.headline).toBe('Harbour board approves night shipping trial');
    expect(a.outlet).toBe('The Harbour Times');
    expect(a.authors).toEqual(['Mirela Kovač', 'Tomás Ruiz']);
    // 08:30 in Tokyo's zone is 13 March in UTC; the day is the page's own.
    expect(a.publishedAt).toBe('2026-03-14T08:30:00+09:00');
    expect(a.published).toBe('2026-03-14');
    expect(a.publishedEstimated).toBe(false);
    expect(a.language).toBe('en');
  });

  it('records the canonical URL and the fetched one', async () => {
    const a = await article('/news/jsonld');
    expect(a.url).toBe('https://www.harbourtimes.example/news/2026/03/14/night-shipping-trial?utm_source=rss');
    expect(a.fetchedUrl).toBe(server.ownUrl('/news/jsonld'));
  });

  it('falls back to og: and article:published_time, never a modified time', async () => {
    const a = await article('/news/og');
    expect(a.headline).toBe('Rail union calls off weekend strike');
    expect(a.outlet).toBe('Valley Courier');
    expect(a.publishedAt).toBe('2026-03-13T22:15:00-05:00');
    expect(a.published).toBe('2026-03-13');
    expect(a.url).toBe('https://valleycourier.example/2026/03/rail-union-strike');
  });

  it('with only a <title>, uses it, names the host as outlet and marks the date estimated', async () => {
    const a = await article('/news/title-only');
    expect(a.headline).toBe("Library extends opening hours after readers' petition");
    expect(a.outlet).toBe('127.0.0.1');
    expect(a.published).toBe('2026-03-20');
    expect(a.publishedEstimated).toBe(true);
    expect(a.publishedNote).toBe('fetched on 2026-03-20');
  });
});

describe('readPage: the body is the article and nothing else', () => {
  it('keeps every paragraph and drops cookie banner, navigation, related and most-read lists, newsletter, footer, scripts', async () => {
    const a = await article('/news/jsonld');
    const paragraphs = a.body.trim().split('\n\n');
    expect(paragraphs).toHaveLength(6);
    expect(paragraphs[0]).toMatch(/^The harbour board voted on Friday/);
    expect(paragraphs[5]).toMatch(/before dawn\.$/);
    for (const furniture of [
      'cookies',
      'Accept all',
      'Business',
      'Most read',
      'tram line',
      'Dredging contract',
      'newsletter',
      'All rights reserved',
      'tracking',
      'dataLayer',
      'By Mirela',
    ]) {
      expect(a.body).not.toContain(furniture);
    }
  });

  it('drops the trending list and footer of a page with no JSON-LD', async () => {
    const a = await article('/news/og');
    expect(a.body.trim().split('\n\n')).toHaveLength(5);
    expect(a.body).not.toMatch(/Trending|Five walks|Cookie settings|Jobs/);
  });

  it('reads a page in ISO-8859-1 stated in the header, and in windows-1252 stated only in a <meta>', async () => {
    for (const route of ['/news/latin1-header', '/news/latin1-meta']) {
      const a = await article(route);
      expect(a.headline).toBe('Prefeitura amplia horário dos ônibus noturnos');
      expect(a.outlet).toBe('Diário da Região');
      expect(a.body).toContain('Associações de moradores');
      expect(a.language).toBe('pt');
    }
  });

  it('accepts XHTML', async () => {
    expect((await article('/news/xhtml')).headline).toBe('Rail union calls off weekend strike');
  });
});

describe('readPage: refusals', () => {
  it.each([
    ['/news/paywall', 'paywall', /behind a paywall: only \d+ words/],
    ['/news/section', 'not-article', /not an article/],
    ['/type/pdf', 'not-html', /not a web page \(application\/pdf\)/],
    ['/type/json', 'not-html', /not a web page \(application\/json\)/],
    ['/type/none', 'not-html', /no content type/],
    ['/status/404', 'fetch', /answered 404/],
    ['/status/500', 'fetch', /answered 500/],
  ])('%s is refused as %s', async (route, refusal, message) => {
    const result = await read(route);
    expect(result).toMatchObject({ ok: false, refusal });
    expect(result.ok ? '' : result.message).toMatch(message);
  });
});
