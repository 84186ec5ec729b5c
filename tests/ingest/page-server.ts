// A loopback server of real-shaped news pages and hostile responses for the page fetcher's tests. Every route is
// named for what it serves; the server closes its own sockets so tests stop by themselves.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PAGES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'pages');
export const pageFixture = (name: string): string => readFileSync(path.join(PAGES, name), 'utf8');

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
const html =
  (name: string): Handler =>
  (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(pageFixture(name));
  };

export interface PageServer {
  readonly url: (route: string) => string;
  /** The route's URL under a host name (resolved to the server by example-hosts.ts in the tests that need it). */
  readonly urlAt: (host: string, route: string) => string;
  /**
   * The route's URL on the site its page names as its own (OWN_SITES; a redirect route counts as its target), so the
   * page's canonical URL is on the site that served it; other routes on 127.0.0.1. Needs example-hosts.ts.
   */
  readonly ownUrl: (route: string) => string;
  /** Requests seen, by path, in order. */
  readonly hits: string[];
  close(): Promise<void>;
}

/** Fixture pages whose canonical URL names a site, and that site's host. */
export const OWN_SITES: Readonly<Record<string, string>> = {
  '/news/jsonld': 'www.harbourtimes.example',
  '/news/og': 'valleycourier.example',
};

export async function startPageServer(extra: Record<string, Handler> = {}): Promise<PageServer> {
  const routes: Record<string, Handler> = {
    '/news/jsonld': html('jsonld-article.html'),
    '/news/og': html('og-only.html'),
    '/news/title-only': html('title-only.html'),
    '/news/paywall': html('paywall-stub.html'),
    '/news/section': html('section-front.html'),
    '/news/latin1-header': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=ISO-8859-1' });
      res.end(Buffer.from(pageFixture('latin1-article.txt'), 'latin1'));
    },
    '/news/latin1-meta': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const page = pageFixture('latin1-article.txt').replace('<head>', '<head><meta charset="windows-1252">');
      res.end(Buffer.from(page, 'latin1'));
    },
    '/news/xhtml': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/xhtml+xml' });
      res.end(pageFixture('og-only.html'));
    },
    '/huge/chunked': (_req, res) => streamMegabytes(res, 20, false),
    '/huge/declared': (_req, res) => streamMegabytes(res, 20, true),
    '/slow/drip': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const timer = setInterval(() => res.write('<p>a little more</p>'), 20);
      res.on('close', () => clearInterval(timer));
    },
    '/slow/headers': (_req, res) => {
      const timer = setTimeout(() => res.end('late'), 60_000);
      res.on('close', () => clearTimeout(timer));
    },
    '/redirect/loop': (_req, res) => redirect(res, '/redirect/loop'),
    '/type/pdf': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      res.end('%PDF-1.7 not a page');
    },
    '/type/json': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"headline":"not a page"}');
    },
    '/type/none': (_req, res) => {
      res.writeHead(200);
      res.end('<p>no content type</p>');
    },
    '/status/404': (_req, res) => {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<h1>Not found</h1>');
    },
    '/status/500': (_req, res) => {
      res.writeHead(500, { 'content-type': 'text/html' });
      res.end('<h1>Server error</h1>');
    },
    ...extra,
  };
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    const route = new URL(req.url ?? '/', 'http://x').pathname;
    hits.push(route);
    // /redirect/N/<target>: N hops, then the target route.
    const hop = /^\/redirect\/(\d+)(\/.*)$/.exec(route);
    if (hop?.[1] && hop[2])
      return redirect(res, Number(hop[1]) > 1 ? `/redirect/${Number(hop[1]) - 1}${hop[2]}` : hop[2]);
    const handler = routes[route];
    if (handler) return handler(req, res);
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('no such fixture');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (route) => `http://127.0.0.1:${port}${route}`,
    urlAt: (host, route) => `http://${host}:${port}${route}`,
    ownUrl: (route) => {
      const site = Object.entries(OWN_SITES).find(([page]) => route.endsWith(page))?.[1] ?? '127.0.0.1';
      return `http://${site}:${port}${route}`;
    },
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function redirect(res: ServerResponse, to: string): void {
  res.writeHead(302, { location: to });
  res.end();
}

function streamMegabytes(res: ServerResponse, megabytes: number, declared: boolean): void {
  const chunk = Buffer.from(`<p>${'padding text '.repeat(80)}</p>\n`.padEnd(1024, ' '));
  const total = megabytes * 1024;
  res.writeHead(200, {
    'content-type': 'text/html',
    ...(declared ? { 'content-length': String(total * chunk.length) } : {}),
  });
  let sent = 0;
  const pump = (): void => {
    while (sent < total) {
      sent++;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    res.end();
  };
  res.on('close', () => (sent = total));
  pump();
}
