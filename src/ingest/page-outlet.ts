// Which outlet a fetched page is recorded under, and which URL is its duplicate key. A page names its own outlet
// (JSON-LD publisher, og:site_name), its canonical URL and its publisher's site, and all are claims: a copy served by
// another site keeps the original's (syndication is real, and so is impersonation). So the outlet is the site that
// served the page after redirects; a claim of another site is kept as a provenance note, and the served URL becomes
// the article's URL, so a page cannot block the real article by claiming its canonical URL.
import { getDomainWithoutSuffix, parse } from 'tldts';

/**
 * The outlet a host belongs to: the label before its public suffix, so subdomains of one site (news.bbc.co.uk) and
 * one name under other suffixes (bbc.co.uk, bbc.com) are one outlet; hosting platforms on the public suffix list
 * (alice.github.io) are split per site. A host with no public suffix (an address, localhost) is itself.
 */
export function siteOf(host: string): string {
  const bare = host
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
  return getDomainWithoutSuffix(bare, { allowPrivateDomains: true }) ?? bare;
}

/** Letters and digits only, lower case, a leading "The" dropped: "The Harbour Times" and "harbour-times" compare equal. */
export const compactName = (s: string): string =>
  s
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]/gu, '');

/** True when a name spells the host's site or its registrable domain ("eHow" or "ehow.com" for www.ehow.com). */
export function nameSpellsHost(name: string, host: string): boolean {
  const compacted = compactName(name);
  if (compacted.length < 3) return false;
  const domain = parse(host, { allowPrivateDomains: true }).domain ?? host;
  return compacted === compactName(siteOf(host)) || compacted === compactName(domain);
}

/** A site name written as a host name ("NYTimes.com"): a claim of a site, comparable with the serving host. */
function hostInName(name: string): string | undefined {
  if (!/^[\w.-]+\.[a-z]{2,}$/i.test(name)) return undefined;
  const parsed = parse(name, { allowPrivateDomains: true });
  return parsed.isIcann && parsed.domain ? (parsed.hostname ?? undefined) : undefined;
}

export interface PageClaims {
  /** The name the page gives its outlet. */
  readonly outlet?: string;
  readonly canonicalUrl?: string;
  /** JSON-LD publisher.url: the publisher's own site. */
  readonly publisherUrl?: string;
}

export interface PageOutlet {
  readonly outlet: string;
  /** The duplicate key and the link shown: the canonical URL when the serving site's own, else the served URL. */
  readonly url: string;
  readonly provenanceNote?: string;
}

export function pageOutlet(claims: PageClaims, servedUrl: string): PageOutlet {
  const served = new URL(servedUrl).hostname;
  const site = siteOf(served);
  const canonicalHost = claims.canonicalUrl ? new URL(claims.canonicalUrl).hostname : undefined;
  const canonicalForeign = canonicalHost !== undefined && siteOf(canonicalHost) !== site;
  const namedHost = claims.outlet ? hostInName(claims.outlet) : undefined;
  const nameForeign = namedHost !== undefined && siteOf(namedHost) !== site;
  const publisherForeign = claims.publisherUrl !== undefined && siteOf(new URL(claims.publisherUrl).hostname) !== site;
  // The canonical URL is the duplicate key only when it is on the serving site.
  const url = !canonicalForeign && claims.canonicalUrl ? claims.canonicalUrl : servedUrl;
  if (!canonicalForeign && !nameForeign && !publisherForeign) {
    return { outlet: claims.outlet ?? served.replace(/^www\./, ''), url };
  }
  // A syndicating site often gives its own name with the original's canonical URL: that name is the outlet.
  const ownName = claims.outlet && !nameForeign && nameSpellsHost(claims.outlet, served) ? claims.outlet : undefined;
  const outlet = ownName ?? served.replace(/^www\./, '');
  const claimed = [
    claims.outlet && claims.outlet !== ownName ? `its outlet "${claims.outlet.slice(0, 100)}"` : undefined,
    canonicalForeign && claims.canonicalUrl ? `its canonical URL ${claims.canonicalUrl.slice(0, 300)}` : undefined,
    publisherForeign && claims.publisherUrl ? `its publisher's site ${claims.publisherUrl.slice(0, 100)}` : undefined,
  ].filter((part) => part !== undefined);
  return {
    outlet,
    url,
    provenanceNote: `Served by ${served.slice(0, 60)}; the page names ${listed(claimed)}, another site (a syndicated copy, a mirror or an impersonation).`,
  };
}

/** "a", "a and b", "a, b and c". */
const listed = (parts: readonly string[]): string =>
  parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}` : (parts[0] ?? '');
