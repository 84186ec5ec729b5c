// A URL the bot may fetch: http or https, no user name or password in it, and (unless private addresses are allowed)
// no private or loopback IP literal. Names are checked again on the address they resolve to (address-guard.ts).
import { isAllowedAddress, type PrivateAccess } from './address-guard.ts';

export type CheckedUrl = { ok: true; url: URL } | { ok: false; message: string };

export function checkFetchUrl(raw: string, allowPrivate: PrivateAccess, base?: string): CheckedUrl {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return { ok: false, message: `"${raw.slice(0, 200)}" is not a URL` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, message: `only http and https links can be fetched, not ${url.protocol.replace(/:$/, '')}` };
  }
  if (url.username !== '' || url.password !== '') {
    return { ok: false, message: 'a link with a user name or password in it is not fetched' };
  }
  if (!isAllowedAddress(url.hostname, url.hostname, allowPrivate)) {
    return { ok: false, message: `${url.hostname} is a private or local address` };
  }
  url.hash = '';
  return { ok: true, url };
}
