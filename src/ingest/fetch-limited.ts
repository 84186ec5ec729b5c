// One GET under FetchLimits: redirects followed by hand (each hop's URL checked, at most maxRedirects), one deadline
// for the whole exchange, the body streamed and cut off past maxBytes. undici's fetch (Node's own implementation) with
// an Agent whose lookup refuses private addresses on the address actually dialled.
import { Agent, fetch, type Dispatcher } from 'undici';
import { PrivateAddressError, guardedLookup, type PrivateAccess } from './address-guard.ts';
import { checkFetchUrl } from './check-url.ts';
import type { FetchLimits } from './fetch-limits.ts';

export type FetchFailure =
  'bad-url' | 'private-address' | 'redirects' | 'timeout' | 'too-large' | 'http-status' | 'network';

export type FetchResult =
  | {
      ok: true;
      status: number;
      /** The URL that answered, after redirects. */
      url: string;
      headers: Headers;
      body: Uint8Array;
    }
  | { ok: false; failure: FetchFailure; message: string; status?: number };

export interface FetchRequest {
  readonly url: string;
  readonly limits: FetchLimits;
  readonly accept: string;
  /** Extra request headers (conditional GET); empty values are never sent. */
  readonly headers?: Readonly<Record<string, string | undefined>>;
}

const USER_AGENT = 'summit-desk/0.1 (+newsroom bot; reads pages and feeds it was given)';
const agents = new Map<string, Dispatcher>();

function agentFor(allowPrivate: PrivateAccess): Dispatcher {
  const key = JSON.stringify(allowPrivate);
  let agent = agents.get(key);
  if (!agent) {
    agent = new Agent({ connect: { lookup: guardedLookup(allowPrivate) } });
    agents.set(key, agent);
  }
  return agent;
}

export async function fetchLimited(request: FetchRequest): Promise<FetchResult> {
  const { limits } = request;
  const deadline = AbortSignal.timeout(limits.timeoutMs);
  const headers: Record<string, string> = { accept: request.accept, 'user-agent': USER_AGENT };
  for (const [name, value] of Object.entries(request.headers ?? {})) if (value) headers[name] = value;
  let target = request.url;
  try {
    for (let hop = 0; ; hop++) {
      const checked = checkFetchUrl(target, limits.allowPrivate);
      if (!checked.ok)
        return {
          ok: false,
          failure: checked.message.includes('private') ? 'private-address' : 'bad-url',
          message: checked.message,
        };
      const response = await fetch(checked.url, {
        headers,
        redirect: 'manual',
        signal: deadline,
        dispatcher: agentFor(limits.allowPrivate),
      });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && response.status !== 304 && location) {
        await response.body?.cancel();
        if (hop >= limits.maxRedirects) {
          return {
            ok: false,
            failure: 'redirects',
            message: `more than ${limits.maxRedirects} redirects (last to ${location.slice(0, 200)})`,
          };
        }
        target = new URL(location, checked.url).href;
        continue;
      }
      if (response.status >= 400 || (response.status >= 300 && response.status !== 304)) {
        await response.body?.cancel();
        return {
          ok: false,
          failure: 'http-status',
          status: response.status,
          message: `the server answered ${response.status} ${response.statusText}`.trim(),
        };
      }
      const body = await readCapped(
        response.body as ReadableStream<Uint8Array> | null,
        response.headers,
        limits.maxBytes,
      );
      if (!body) return { ok: false, failure: 'too-large', message: `larger than ${limits.maxBytes / 1024 / 1024} MB` };
      return { ok: true, status: response.status, url: checked.url.href, headers: response.headers, body };
    }
  } catch (error) {
    return describeError(error, deadline, limits);
  }
}

/** The body, or undefined once it passes `maxBytes` (the stream is cancelled then: the rest is never read). */
async function readCapped(
  stream: ReadableStream<Uint8Array> | null,
  headers: Headers,
  maxBytes: number,
): Promise<Uint8Array | undefined> {
  if (!stream) return new Uint8Array();
  if (Number(headers.get('content-length') ?? 0) > maxBytes) {
    await stream.cancel();
    return undefined;
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function describeError(error: unknown, deadline: AbortSignal, limits: FetchLimits): FetchResult {
  if (deadline.aborted) {
    return { ok: false, failure: 'timeout', message: `no complete answer within ${limits.timeoutMs / 1000} s` };
  }
  const cause = (error as { cause?: unknown }).cause ?? error;
  if (cause instanceof PrivateAddressError) return { ok: false, failure: 'private-address', message: cause.message };
  const code = (cause as { code?: string }).code;
  const text = cause instanceof Error ? cause.message : String(cause);
  return { ok: false, failure: 'network', message: `could not be reached (${code ?? text})` };
}
