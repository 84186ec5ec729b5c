// A fetch for Bolt's respond() and WebClient built on node:http with keep-alive agents. Node 20's global fetch
// (undici) managed about 650 small POSTs/s on a loopback benchmark here against about 7 400 for node:http, and every
// /summit answer is one such POST to its response_url. Anything unusual (a Request object, a streamed or multipart
// body) goes to the global fetch unchanged.
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

export interface KeepAliveFetch {
  readonly fetch: typeof fetch;
  /** Closes pooled connections (on shutdown). */
  destroy(): void;
}

export function createKeepAliveFetch(): KeepAliveFetch {
  const http = new HttpAgent({ keepAlive: true });
  const https = new HttpsAgent({ keepAlive: true });

  const keepAliveFetch = async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const { body } = init;
    const plainBody = body == null || typeof body === 'string' || body instanceof URLSearchParams;
    const url = input instanceof Request ? undefined : new URL(String(input));
    if (!url || !plainBody || (url.protocol !== 'http:' && url.protocol !== 'https:')) return fetch(input, init);

    const headers = Object.fromEntries(new Headers(init.headers).entries());
    if (body instanceof URLSearchParams && !headers['content-type']) {
      headers['content-type'] = 'application/x-www-form-urlencoded;charset=UTF-8';
    }
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const options = { method: init.method ?? 'GET', headers, agent: url.protocol === 'https:' ? https : http };
    const res = await new Promise<IncomingMessage>((resolve, reject) => {
      const req = send(url, { ...options, signal: init.signal ?? undefined }, resolve);
      req.on('error', reject);
      req.end(body == null ? undefined : String(body));
    });
    const chunks: Buffer[] = [];
    for await (const chunk of res) chunks.push(chunk as Buffer);
    const responseHeaders = new Headers();
    for (const [name, value] of Object.entries(res.headers)) {
      if (value !== undefined) responseHeaders.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const status = res.statusCode ?? 502;
    const empty = status === 204 || status === 205 || status === 304;
    return new Response(empty ? null : Buffer.concat(chunks), {
      status,
      statusText: res.statusMessage ?? '',
      headers: responseHeaders,
    });
  };

  return {
    fetch: keepAliveFetch as typeof fetch,
    destroy() {
      http.destroy();
      https.destroy();
    },
  };
}
