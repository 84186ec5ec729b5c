// Private addresses by allow-list (FETCH_ALLOW_HOSTS): a listed host name or CIDR range opens only itself; link-local
// addresses, the cloud metadata service among them, stay refused even when listed or when every private range is.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { isAllowedAddress } from '../../src/ingest/address-guard.ts';
import { checkFetchUrl } from '../../src/ingest/check-url.ts';
import { fetchLimited } from '../../src/ingest/fetch-limited.ts';
import { DEFAULT_FETCH_LIMITS } from '../../src/ingest/fetch-limits.ts';
import { startPageServer, type PageServer } from './page-server.ts';

describe('isAllowedAddress', () => {
  it('allows a private address reached through a listed host name, and no other name', () => {
    expect(isAllowedAddress('feeds.intranet', '10.1.2.3', ['feeds.intranet'])).toBe(true);
    expect(isAllowedAddress('wiki.intranet', '10.1.2.3', ['feeds.intranet'])).toBe(false);
  });

  it('allows addresses inside a listed CIDR range, not beside it', () => {
    expect(isAllowedAddress('a.example', '10.20.3.4', ['10.20.0.0/16'])).toBe(true);
    expect(isAllowedAddress('a.example', '10.21.0.1', ['10.20.0.0/16'])).toBe(false);
    expect(isAllowedAddress('a.example', 'fd12::5', ['fd12::/48'])).toBe(true);
  });

  it('refuses link-local and the metadata address even when listed, or when every private range is allowed', () => {
    for (const access of [true, ['169.254.169.254'], ['169.254.0.0/16'], ['metadata.internal']]) {
      expect(isAllowedAddress('metadata.internal', '169.254.169.254', access)).toBe(false);
    }
    expect(isAllowedAddress('a', 'fe80::1', true)).toBe(false);
  });

  it('allows public addresses always and private ones only when allowed', () => {
    expect(isAllowedAddress('news.example', '93.184.215.14', false)).toBe(true);
    expect(isAllowedAddress('localhost', '127.0.0.1', false)).toBe(false);
    expect(isAllowedAddress('localhost', '127.0.0.1', true)).toBe(true);
  });

  it('refuses the metadata address as a URL literal before anything is dialled', () => {
    expect(checkFetchUrl('http://169.254.169.254/latest/meta-data/', true)).toEqual({
      ok: false,
      message: '169.254.169.254 is a private or local address',
    });
  });
});

describe('FETCH_ALLOW_HOSTS', () => {
  it('is read as a list that replaces FETCH_ALLOW_PRIVATE, and a bad entry is named', () => {
    const ok = loadConfig({ FETCH_ALLOW_HOSTS: 'feeds.intranet, 10.20.0.0/16', FETCH_ALLOW_PRIVATE: 'true' });
    expect(ok.ok && ok.config.ingest.allowPrivate).toEqual(['feeds.intranet', '10.20.0.0/16']);
    const bad = loadConfig({ FETCH_ALLOW_HOSTS: 'http://x/' });
    expect(bad.ok).toBe(false);
    expect(bad.ok ? '' : bad.problems.join('\n')).toMatch(/FETCH_ALLOW_HOSTS: must be comma-separated host names/);
    // An address or range the fetcher could not read is refused at start, not skipped silently later.
    for (const entry of ['10.0.0.0/99', 'cafe/16', '10.0.0.999', 'fd12::/200']) {
      const refused = loadConfig({ FETCH_ALLOW_HOSTS: `feeds.intranet, ${entry}` });
      expect(refused.ok ? '' : refused.problems.join('\n'), entry).toContain(`not ${entry}`);
    }
    expect(loadConfig({ FETCH_ALLOW_HOSTS: 'fd12::/48, 192.168.1.7, feeds-2.intranet' }).ok).toBe(true);
  });
});

describe('fetching under an allow-list', () => {
  let server: PageServer;
  beforeAll(async () => (server = await startPageServer()));
  afterAll(() => server.close());
  const fetchWith = (allowPrivate: readonly string[]) =>
    fetchLimited({ url: server.url('/news/og'), limits: { ...DEFAULT_FETCH_LIMITS, allowPrivate }, accept: '*/*' });

  it('fetches from loopback when 127.0.0.0/8 is listed', async () => {
    expect((await fetchWith(['127.0.0.0/8'])).ok).toBe(true);
  });

  it('refuses loopback when only another range is listed', async () => {
    expect(await fetchWith(['10.0.0.0/8'])).toMatchObject({ ok: false, failure: 'private-address' });
  });
});
