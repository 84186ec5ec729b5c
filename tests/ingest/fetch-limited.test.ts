import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isNonPublicAddress } from '../../src/ingest/address-guard.ts';
import { DEFAULT_FETCH_LIMITS } from '../../src/ingest/fetch-limits.ts';
import { fetchLimited } from '../../src/ingest/fetch-limited.ts';
import { startPageServer, type PageServer } from './page-server.ts';

let server: PageServer;
beforeAll(async () => {
  server = await startPageServer({
    '/redirect/to-file': (_req, res) => {
      res.writeHead(301, { location: 'file:///etc/passwd' });
      res.end();
    },
  });
});
afterAll(() => server.close());

const limits = { ...DEFAULT_FETCH_LIMITS, allowPrivate: true, timeoutMs: 1500 };
const get = (url: string, overrides: Partial<typeof limits> = {}) =>
  fetchLimited({ url, limits: { ...limits, ...overrides }, accept: 'text/html' });

describe('fetchLimited', () => {
  it('follows a chain of 5 redirects and reports the URL that answered', async () => {
    const result = await get(server.url('/redirect/5/news/og'));
    expect(result).toMatchObject({ ok: true, status: 200, url: server.url('/news/og') });
  });

  it('refuses a sixth redirect and a redirect loop', async () => {
    expect(await get(server.url('/redirect/6/news/og'))).toMatchObject({ ok: false, failure: 'redirects' });
    const loop = await get(server.url('/redirect/loop'));
    expect(loop).toMatchObject({
      ok: false,
      failure: 'redirects',
      message: expect.stringMatching(/more than 5 redirects/),
    });
  });

  it('refuses a redirect to a file: URL', async () => {
    expect(await get(server.url('/redirect/to-file'))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/only http and https/),
    });
  });

  it('stops reading a 20 MB page at 5 MB, declared or chunked', async () => {
    for (const route of ['/huge/declared', '/huge/chunked']) {
      expect(await get(server.url(route))).toMatchObject({
        ok: false,
        failure: 'too-large',
        message: 'larger than 5 MB',
      });
    }
  });

  it('gives up on a slow drip and on a server that never answers, within the deadline', async () => {
    for (const route of ['/slow/drip', '/slow/headers']) {
      const result = await get(server.url(route), { timeoutMs: 300 });
      expect(result).toMatchObject({ ok: false, failure: 'timeout', message: 'no complete answer within 0.3 s' });
    }
  });

  it('refuses loopback by literal and by name (checked on the resolved address), before connecting, unless private addresses are allowed', async () => {
    const before = server.hits.length;
    const literal = await get(server.url('/news/og'), { allowPrivate: false });
    expect(literal).toMatchObject({ ok: false, failure: 'private-address' });
    const byName = await get(server.url('/news/og').replace('127.0.0.1', 'localhost'), { allowPrivate: false });
    expect(byName).toMatchObject({
      ok: false,
      failure: 'private-address',
      message: expect.stringMatching(/^localhost resolves to/),
    });
    expect(server.hits).toHaveLength(before); // refused before connecting
  });

  it('refuses credentials in the URL and other schemes', async () => {
    const withUser = await get(server.url('/news/og').replace('http://', 'http://editor:secret@'));
    expect(withUser).toMatchObject({
      ok: false,
      failure: 'bad-url',
      message: expect.stringMatching(/user name or password/),
    });
    expect(await get('ftp://127.0.0.1/file')).toMatchObject({ ok: false, failure: 'bad-url' });
    expect(await get('not a url')).toMatchObject({ ok: false, failure: 'bad-url' });
  });

  it('sends conditional headers only when they have a value', async () => {
    const seen: Record<string, string | undefined>[] = [];
    const echo = await startPageServer({
      '/feed': (req, res) => {
        seen.push({ inm: req.headers['if-none-match'], ims: req.headers['if-modified-since'] });
        res.writeHead(304);
        res.end();
      },
    });
    try {
      const etag = 'W/"abc, def"';
      await fetchLimited({
        url: echo.url('/feed'),
        limits,
        accept: '*/*',
        headers: { 'if-none-match': etag, 'if-modified-since': '' },
      });
      expect(seen[0]).toEqual({ inm: etag, ims: undefined });
    } finally {
      await echo.close();
    }
  });
});

describe('isNonPublicAddress', () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.16.0.1',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '::1',
    'fe80::1',
    'fd00::1',
    '::ffff:127.0.0.1',
    '[::1]',
  ])('%s is not public', (address) => expect(isNonPublicAddress(address)).toBe(true));
  it.each(['93.184.216.34', '8.8.8.8', '2606:4700::1111', 'example.com'])('%s is public (or a name)', (address) =>
    expect(isNonPublicAddress(address)).toBe(false),
  );
});
