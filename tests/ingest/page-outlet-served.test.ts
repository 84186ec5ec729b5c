// The outlet rules on pages fetched from named hosts: the same fixture served by its own site and by another one.
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadPack } from '../../src/core/load-pack.ts';
import { addUrl } from '../../src/ingest/add-url.ts';
import { DEFAULT_FETCH_LIMITS } from '../../src/ingest/fetch-limits.ts';
import { readPage } from '../../src/ingest/read-page.ts';
import { copyOfBundledPack } from '../support/fixture-pack.ts';
import { pageFixture, startPageServer, type PageServer } from './page-server.ts';

vi.mock('node:dns', async (importOriginal) => (await import('./example-hosts.ts')).dnsWithExampleHosts(importOriginal));

const OWN = 'www.harbourtimes.example';
const OTHER = 'copies.example';
const CANONICAL = 'https://www.harbourtimes.example/news/2026/03/14/night-shipping-trial?utm_source=rss';

let server: PageServer;
beforeAll(
  async () =>
    (server = await startPageServer({
      // Another article's text claiming the Harbour Times' name and the canonical URL of its night-shipping story.
      '/claims/harbour': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(
          pageFixture('og-only.html')
            .replace('https://valleycourier.example/2026/03/rail-union-strike', CANONICAL)
            .replace(/Valley Courier/g, 'The Harbour Times'),
        );
      },
      // The same article with no canonical link, its JSON-LD publisher naming the Harbour Times' site.
      '/claims/publisher': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(
          pageFixture('jsonld-article.html')
            .replace(/<link rel="canonical"[^>]*>/, '')
            .replace(
              '"name": "The Harbour Times" }',
              '"name": "The Harbour Times", "url": "https://www.harbourtimes.example/" }',
            ),
        );
      },
      '/go/harbour': (req, res) => {
        res.writeHead(302, { location: `http://${OWN}:${req.socket.localPort}/news/jsonld` });
        res.end();
      },
    })),
);
afterAll(() => server.close());

// Loopback reached only through these allow-listed names, as FETCH_ALLOW_HOSTS lists intranet hosts.
const limits = { ...DEFAULT_FETCH_LIMITS, allowPrivate: [OWN, OTHER], timeoutMs: 2000 };
const read = async (url: string) => {
  const result = await readPage(url, { limits, fallbackDay: '2026-03-20', fallbackNote: 'fetched on 2026-03-20' });
  if (!result.ok) throw new Error(`refused: ${result.message}`);
  return result.article;
};

describe('the outlet is the site that served the page', () => {
  it('trusts the name and canonical URL a page gives when its own site serves it', async () => {
    const a = await read(server.urlAt(OWN, '/news/jsonld'));
    expect(a).toMatchObject({ outlet: 'The Harbour Times', url: CANONICAL });
    expect(a.provenanceNote).toBeUndefined();
  });

  it('judges the site that answered after redirects, not the link given', async () => {
    const a = await read(server.urlAt(OTHER, '/go/harbour'));
    expect(a).toMatchObject({
      outlet: 'The Harbour Times',
      url: CANONICAL,
      fetchedUrl: server.urlAt(OWN, '/news/jsonld'),
    });
  });

  it('records another site serving the same page under its own host and URL, keeping the claim as a note', async () => {
    const served = server.urlAt(OTHER, '/news/jsonld');
    const a = await read(served);
    expect(a).toMatchObject({ outlet: OTHER, url: served, fetchedUrl: served });
    expect(a.provenanceNote).toBe(
      `Served by ${OTHER}; the page names its outlet "The Harbour Times" and its canonical URL ${CANONICAL}, another site (a syndicated copy, a mirror or an impersonation).`,
    );
  });

  it('reads JSON-LD publisher.url through the worker and checks it against the serving site', async () => {
    const served = server.urlAt(OTHER, '/claims/publisher');
    const a = await read(served);
    expect(a).toMatchObject({ outlet: OTHER, url: served });
    expect(a.provenanceNote).toMatch(/its publisher's site https:\/\/www\.harbourtimes\.example\/, another site/);
  });
});

describe('a page cannot block the real article by claiming its canonical URL', () => {
  it('adds the real article after a page on another site claimed its canonical URL and outlet', async () => {
    const dir = copyOfBundledPack();
    const io = { output: new PassThrough(), error: new PassThrough() };
    let err = '';
    io.error.on('data', (d: Buffer) => (err += d.toString()));
    const now = () => new Date('2026-03-20T12:00:00Z');
    expect(await addUrl(dir, server.urlAt(OTHER, '/claims/harbour'), {}, io, { limits, now })).toBe(0);
    expect(await addUrl(dir, server.urlAt(OWN, '/news/jsonld'), {}, io, { limits, now })).toBe(0);
    expect(err).toBe('');
    const loaded = loadPack(dir);
    if (!loaded.ok) throw new Error('pack does not load');
    const [claim, real] = [loaded.pack.articleById.get('005'), loaded.pack.articleById.get('006')];
    expect(claim).toMatchObject({ outlet: OTHER, url: server.urlAt(OTHER, '/claims/harbour') });
    expect(claim?.provenanceNote).toMatch(
      /names its outlet "The Harbour Times" and its canonical URL https:\/\/www\.harbourtimes\.example\//,
    );
    expect(real).toMatchObject({
      outlet: 'The Harbour Times',
      url: CANONICAL,
      headline: 'Harbour board approves night shipping trial',
    });
    expect(real?.provenanceNote).toBeUndefined();
  });
});
