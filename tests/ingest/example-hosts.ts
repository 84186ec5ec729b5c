// Names under the reserved .example domain resolved to the loopback page server, so a test can fetch a fixture as
// served by a named site (http://www.harbourtimes.example:PORT/...) and the outlet rules see a real host name. Used
// as the factory of `vi.mock('node:dns', ...)` in the test files that need it; every other name resolves as usual.
// The fetches still go through the address guard: the names must be allow-listed (FETCH_ALLOW_HOSTS-style).
import type * as Dns from 'node:dns';

type LookupCallback = (error: NodeJS.ErrnoException | null, address: unknown, family?: number) => void;

export async function dnsWithExampleHosts(importOriginal: () => Promise<typeof Dns>): Promise<typeof Dns> {
  const actual = await importOriginal();
  const lookup = (hostname: string, options: Dns.LookupOptions, callback: LookupCallback): void => {
    if (!hostname.endsWith('.example')) return void actual.lookup(hostname, { ...options }, callback);
    if (options.all) return callback(null, [{ address: '127.0.0.1', family: 4 }]);
    callback(null, '127.0.0.1', 4);
  };
  return { ...actual, lookup: lookup as typeof Dns.lookup };
}
