import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadPack } from '../../src/core/load-pack.ts';
import { addUrl } from '../../src/ingest/add-url.ts';
import { DEFAULT_FETCH_LIMITS } from '../../src/ingest/fetch-limits.ts';
import { copyOfBundledPack } from '../support/fixture-pack.ts';
import { runCli } from '../support/run-cli.ts';
import { startPageServer, type PageServer } from './page-server.ts';

// Fixture pages are fetched from the site their canonical URL names (page-server.ts ownUrl), resolved to loopback.
vi.mock('node:dns', async (importOriginal) => (await import('./example-hosts.ts')).dnsWithExampleHosts(importOriginal));

let server: PageServer;
beforeAll(async () => (server = await startPageServer()));
afterAll(() => server.close());

const limits = { ...DEFAULT_FETCH_LIMITS, allowPrivate: true, timeoutMs: 2000 };
const now = () => new Date('2026-03-20T12:00:00Z');

async function add(dir: string, route: string, overrides = {}) {
  const output = new PassThrough();
  const error = new PassThrough();
  let out = '';
  let err = '';
  output.on('data', (d: Buffer) => (out += d.toString()));
  error.on('data', (d: Buffer) => (err += d.toString()));
  const code = await addUrl(dir, server.ownUrl(route), overrides, { output, error }, { limits, now });
  return { code, out, err };
}

const articleFiles = (dir: string) => readdirSync(path.join(dir, 'articles')).sort();

describe('addUrl', () => {
  it('adds a page with the headline, outlet and date it states, and a body free of furniture', async () => {
    const dir = copyOfBundledPack();
    const result = await add(dir, '/news/jsonld');
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toMatch(
      /^Added 005: Harbour board approves night shipping trial \(The Harbour Times, original-reporting, published 2026-03-14\) -> /,
    );
    const loaded = loadPack(dir);
    if (!loaded.ok) throw new Error('pack does not load');
    const added = loaded.pack.articleById.get('005');
    expect(added).toMatchObject({
      headline: 'Harbour board approves night shipping trial',
      outlet: 'The Harbour Times',
      published: '2026-03-14',
      publishedAt: '2026-03-14T08:30:00+09:00',
      publishedEstimated: false,
      authors: ['Mirela Kovač', 'Tomás Ruiz'],
      url: 'https://www.harbourtimes.example/news/2026/03/14/night-shipping-trial?utm_source=rss',
      fetchedUrl: server.ownUrl('/news/jsonld'),
    });
    expect(added?.body).not.toMatch(/cookies|Most read|All rights reserved/);
  });

  it('refuses the same page a second time, by its link and by its canonical URL through a redirect', async () => {
    const dir = copyOfBundledPack();
    expect((await add(dir, '/news/og')).code).toBe(0);
    const files = articleFiles(dir);
    const again = await add(dir, '/news/og');
    expect(again).toMatchObject({
      code: 1,
      err: `Not added: ${server.ownUrl('/news/og')}: it is already in the pack as article 005\n`,
    });
    const viaRedirect = await add(dir, '/redirect/2/news/og');
    expect(viaRedirect.code).toBe(1);
    expect(viaRedirect.err).toMatch(/it is already in the pack as article 005 \(Valley Courier\)/);
    expect(articleFiles(dir)).toEqual(files);
  });

  it('refuses a page whose body is already in the pack under another URL', async () => {
    const dir = copyOfBundledPack();
    expect((await add(dir, '/news/latin1-header')).code).toBe(0);
    const again = await add(dir, '/news/latin1-meta');
    expect(again.err).toMatch(/already in the pack as article 005/);
  });

  it('lets --headline, --outlet, --published and --kind override the page', async () => {
    const dir = copyOfBundledPack();
    const overrides = {
      headline: 'Night shipping',
      outlet: 'Wire desk',
      published: '2026-03-15',
      kind: 'aggregator-rewrite',
    };
    expect((await add(dir, '/news/jsonld', overrides)).code).toBe(0);
    const text = readFileSync(path.join(dir, 'articles', '005.md'), 'utf8');
    expect(text).toMatch(/headline: Night shipping\n/);
    expect(text).toMatch(/outlet: Wire desk\n/);
    expect(text).toMatch(/published: 2026-03-15\n/);
    expect(text).toMatch(/kind: aggregator-rewrite\n/);
    expect(text).not.toMatch(/publishedAt/);
  });

  it.each([
    ['/status/404', /answered 404/],
    ['/news/paywall', /paywall/],
    ['/type/pdf', /not a web page/],
  ])('refuses %s and leaves the pack untouched', async (route, message) => {
    const dir = copyOfBundledPack();
    const files = articleFiles(dir);
    const result = await add(dir, route);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(message);
    expect(result.err).toMatch(/^Not added: /);
    expect(articleFiles(dir)).toEqual(files);
  });

  it('refuses a bad --kind with a kind message', async () => {
    const dir = copyOfBundledPack();
    const result = await add(dir, '/news/og', { kind: 'rumour' });
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^Not added: .*kind: /);
  });
});

describe('summit add <url> (the real command)', () => {
  it('adds the page, then refuses it a second time; a 404 changes nothing', async () => {
    const dir = copyOfBundledPack();
    const env = { FETCH_ALLOW_PRIVATE: 'true' };
    const first = await runCli(['add', server.url('/news/og'), '--story', dir], { env });
    expect(first.stderr).toBe('');
    expect(first).toMatchObject({
      code: 0,
      // A child process resolves names for real, so the page is served by 127.0.0.1: its canonical URL on
      // valleycourier.example is another site's claim, kept as a note, and the outlet is the serving host.
      stdout: expect.stringMatching(/^Added 005: Rail union calls off weekend strike \(127\.0\.0\.1, /),
    });
    const loaded = loadPack(dir);
    expect(loaded.ok && loaded.pack.articleById.get('005')?.provenanceNote).toBe(
      'Served by 127.0.0.1; the page names its outlet "Valley Courier" and its canonical URL https://valleycourier.example/2026/03/rail-union-strike, another site (a syndicated copy, a mirror or an impersonation).',
    );
    const second = await runCli(['add', server.url('/news/og'), '--story', dir], { env });
    expect(second).toMatchObject({ code: 1, stderr: expect.stringMatching(/already in the pack as article 005/) });
    const files = articleFiles(dir);
    const missing = await runCli(['add', server.url('/status/404'), '--story', dir], { env });
    expect(missing).toMatchObject({ code: 1, stderr: expect.stringMatching(/answered 404/) });
    expect(articleFiles(dir)).toEqual(files);
  });

  it('refuses a loopback link without FETCH_ALLOW_PRIVATE', async () => {
    const dir = copyOfBundledPack();
    const result = await runCli(['add', server.url('/news/og'), '--story', dir]);
    expect(result).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/127\.0\.0\.1 is a private or local address/),
    });
  });
});
