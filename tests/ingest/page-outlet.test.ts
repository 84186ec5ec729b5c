import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageMetadata, type MetaDocument } from '../../src/ingest/page-metadata.ts';
import { pageOutlet, siteOf } from '../../src/ingest/page-outlet.ts';

const metaOf = (head: string, url: string) =>
  pageMetadata(parseHTML(`<html><head>${head}</head><body></body></html>`).document as unknown as MetaDocument, url);

describe('siteOf: one outlet per registrable name', () => {
  it.each([
    ['www.bbc.co.uk', 'bbc'],
    ['news.bbc.co.uk', 'bbc'],
    ['bbc.com', 'bbc'],
    ['WWW.Harbourtimes.Example', 'harbourtimes'],
    ['alice.github.io', 'alice'],
    ['127.0.0.1', '127.0.0.1'],
  ])('%s is %s', (host, site) => expect(siteOf(host)).toBe(site));

  it('tells two sites on one hosting platform apart', () => {
    expect(siteOf('alice.github.io')).not.toBe(siteOf('bob.github.io'));
  });
});

describe('pageOutlet: the serving site is the outlet; a claim of another is a note', () => {
  const canonical = 'https://www.harbourtimes.example/news/2026/03/14/trial';

  it('trusts a canonical URL and a name on the serving site, its subdomains and its other suffixes', () => {
    for (const served of [
      'https://www.harbourtimes.example/a?utm_source=x',
      'https://amp.harbourtimes.example/a',
      'https://harbourtimes.co.uk/a',
    ]) {
      expect(pageOutlet({ outlet: 'The Harbour Times', canonicalUrl: canonical }, served)).toEqual({
        outlet: 'The Harbour Times',
        url: canonical,
      });
    }
  });

  it('records the serving host and its URL when the canonical URL is on another site, keeping the claim', () => {
    const served = 'https://copies.example/2026/trial.html';
    expect(pageOutlet({ outlet: 'The Harbour Times', canonicalUrl: canonical }, served)).toEqual({
      outlet: 'copies.example',
      url: served,
      provenanceNote: `Served by copies.example; the page names its outlet "The Harbour Times" and its canonical URL ${canonical}, another site (a syndicated copy, a mirror or an impersonation).`,
    });
  });

  it("keeps a syndicating site's own name as the outlet, noting the original's canonical URL", () => {
    const result = pageOutlet({ outlet: 'Portal', canonicalUrl: canonical }, 'https://news.portal.example/trial');
    expect(result.outlet).toBe('Portal');
    expect(result.url).toBe('https://news.portal.example/trial');
    expect(result.provenanceNote).toBe(
      `Served by news.portal.example; the page names its canonical URL ${canonical}, another site (a syndicated copy, a mirror or an impersonation).`,
    );
  });

  it('treats a site name written as a host name of another site as a claim, even with no canonical URL', () => {
    const result = pageOutlet({ outlet: 'HarbourTimes.co.uk' }, 'https://copies.example/trial');
    expect(result).toMatchObject({ outlet: 'copies.example', url: 'https://copies.example/trial' });
    expect(result.provenanceNote).toMatch(/names its outlet "HarbourTimes.co.uk", another site/);
    expect(pageOutlet({ outlet: 'HarbourTimes.com' }, 'https://www.harbourtimes.example/t').outlet).toBe(
      'HarbourTimes.com',
    );
  });

  it("treats JSON-LD publisher.url on another site as a claim, keeping the serving site's own canonical URL", () => {
    const served = 'https://copies.example/trial';
    const result = pageOutlet(
      { outlet: 'The Harbour Times', canonicalUrl: served, publisherUrl: 'https://www.harbourtimes.example/' },
      served,
    );
    expect(result).toEqual({
      outlet: 'copies.example',
      url: served,
      provenanceNote:
        'Served by copies.example; the page names its outlet "The Harbour Times" and its publisher\'s site https://www.harbourtimes.example/, another site (a syndicated copy, a mirror or an impersonation).',
    });
    expect(
      pageOutlet({ outlet: 'BBC News', publisherUrl: 'https://www.bbc.co.uk/' }, 'https://www.bbc.com/news/1'),
    ).toEqual({ outlet: 'BBC News', url: 'https://www.bbc.com/news/1' });
  });

  it('reads publisher.url from JSON-LD', () => {
    const head = `<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Coast Gazette","url":"https://gazette.example/"}}</script>`;
    expect(metaOf(head, 'https://gazette.example/pier')).toMatchObject({
      outlet: 'Coast Gazette',
      publisherUrl: 'https://gazette.example/',
    });
  });

  it('with no claim at all, names the serving host without www', () => {
    expect(pageOutlet({}, 'https://www.dailyledger.example/x')).toEqual({
      outlet: 'dailyledger.example',
      url: 'https://www.dailyledger.example/x',
    });
  });
});

describe('title suffixes that are the outlet are cut from every source of the headline', () => {
  it.each([' | ', ' – ', ' — ', ' - ', ' · ', ' : '])('separator "%s"', (separator) => {
    const head = `<meta property="og:title" content="Pier reopens after storm repairs${separator}eHow"><meta property="og:site_name" content="eHow">`;
    expect(metaOf(head, 'https://www.ehow.com/pier').headline).toBe('Pier reopens after storm repairs');
  });

  it('when the outlet is known only from JSON-LD publisher.name', () => {
    const head = `<title>Pier reopens after storm repairs | Coast Gazette</title><script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"The Coast Gazette"}}</script>`;
    expect(metaOf(head, 'https://gazette.example/pier').headline).toBe('Pier reopens after storm repairs');
  });

  it('when the suffix is og:site_name and JSON-LD names the publisher differently', () => {
    const head = `<meta property="og:title" content="Pier reopens after storm repairs - Gazette Online"><meta property="og:site_name" content="Gazette Online"><script type="application/ld+json">{"@type":"NewsArticle","publisher":{"name":"The Coast Gazette"}}</script>`;
    expect(metaOf(head, 'https://gazette.example/pier').headline).toBe('Pier reopens after storm repairs');
  });

  it('when the outlet is known only from the host name (its site or its registrable domain)', () => {
    for (const suffix of ['eHow', 'eHow.com', 'EHOW']) {
      const head = `<title>Pier reopens after storm repairs | ${suffix}</title>`;
      expect(metaOf(head, 'https://www.ehow.com/pier').headline).toBe('Pier reopens after storm repairs');
    }
  });

  it('keeps a suffix that is not the outlet (part of the headline)', () => {
    const head = `<title>Storm damage - what insurers pay</title><meta property="og:site_name" content="eHow">`;
    expect(metaOf(head, 'https://www.ehow.com/pier').headline).toBe('Storm damage - what insurers pay');
  });
});
