// Which addresses a page or feed fetch may reach. Private, loopback, link-local and other non-public ranges are
// refused, so a pasted link or a feed item cannot make the bot read its own network, unless allowed: by host name or
// CIDR range in FETCH_ALLOW_HOSTS (intranet feeds), or all at once with FETCH_ALLOW_PRIVATE=true (tests on loopback).
// Link-local addresses — the cloud metadata service at 169.254.169.254 among them — are refused even then.
// The check runs on the address actually dialled (a connect-time lookup), so a name that resolves to a public address
// once and a private one next time (DNS rebinding) is still refused; IP literals are checked before dialling.
import { lookup as dnsLookup } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/** IANA special-purpose ranges — https://www.iana.org/assignments/iana-ipv4-special-registry */
const NON_PUBLIC_V4: readonly [string, number][] = [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
];
/** https://www.iana.org/assignments/iana-ipv6-special-registry */
const NON_PUBLIC_V6: readonly [string, number][] = [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['64:ff9b::', 96],
];

/** Never reachable, whatever is allowed: link-local (cloud metadata at 169.254.169.254, fd00:ec2::254). */
const NEVER: readonly [string, number, 'ipv4' | 'ipv6'][] = [
  ['169.254.0.0', 16, 'ipv4'],
  ['fe80::', 10, 'ipv6'],
  ['fd00:ec2::254', 128, 'ipv6'],
];
const never = new BlockList();
for (const [net, prefix, family] of NEVER) never.addSubnet(net, prefix, family);

/**
 * Which non-public addresses may be fetched: none (false), all but link-local (true: FETCH_ALLOW_PRIVATE, for tests),
 * or those of the listed host names and CIDR ranges (FETCH_ALLOW_HOSTS, e.g. ['feeds.intranet', '10.20.0.0/16']).
 */
export type PrivateAccess = boolean | readonly string[];

const blocked = new BlockList();
for (const [net, prefix] of NON_PUBLIC_V4) blocked.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of NON_PUBLIC_V6) blocked.addSubnet(net, prefix, 'ipv6');

export function isNonPublicAddress(address: string): boolean {
  return inList(blocked, address);
}

function inList(list: BlockList, address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
  if (mapped?.[1]) return list.check(mapped[1], 'ipv4');
  const family = isIP(bare);
  if (family === 0) return false;
  return list.check(bare, family === 4 ? 'ipv4' : 'ipv6');
}

/** True when `address` (reached through `hostname`) may be fetched under `access`. */
export function isAllowedAddress(hostname: string, address: string, access: PrivateAccess): boolean {
  if (!isNonPublicAddress(address)) return true;
  if (inList(never, address)) return false;
  if (typeof access === 'boolean') return access;
  return (
    access.some((entry) => entry.toLowerCase() === hostname.toLowerCase()) || inList(allowedRanges(access), address)
  );
}

const rangeCache = new WeakMap<readonly string[], BlockList>();
function allowedRanges(entries: readonly string[]): BlockList {
  let list = rangeCache.get(entries);
  if (!list) {
    list = new BlockList();
    for (const entry of entries) {
      const cidr = parseCidr(entry);
      if (cidr) list.addSubnet(cidr.net, cidr.prefix, cidr.family);
    }
    rangeCache.set(entries, list);
  }
  return list;
}

/** "10.20.0.0/16" or "fd12::/48" (a bare address is its own /32 or /128); undefined for a host name. */
export function parseCidr(entry: string): { net: string; prefix: number; family: 'ipv4' | 'ipv6' } | undefined {
  const [net = '', bits] = entry.trim().split('/');
  const family = isIP(net);
  if (family === 0) return undefined;
  const max = family === 4 ? 32 : 128;
  const prefix = bits === undefined ? max : Number(bits);
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > max) return undefined;
  return { net, prefix, family: family === 4 ? 'ipv4' : 'ipv6' };
}

export class PrivateAddressError extends Error {
  readonly code = 'EPRIVATEADDRESS';
  constructor(host: string, address: string) {
    super(`${host} resolves to ${address}, a private or local address`);
  }
}

/** A `net.connect` lookup that refuses non-public addresses unless allowed. */
export function guardedLookup(allowPrivate: PrivateAccess): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const refused = addresses.find((a) => !isAllowedAddress(hostname, a.address, allowPrivate));
      if (refused) return callback(new PrivateAddressError(hostname, refused.address), []);
      if (options.all) return callback(null, addresses);
      const first = addresses[0];
      if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), []);
      callback(null, first.address, first.family);
    });
  };
}
