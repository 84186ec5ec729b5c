// A request body read whole, within a size limit: both HTTP front ends (Slack's request guard, Discord's
// interactions endpoint) refuse an oversized body without reading the rest of it.
import type { IncomingMessage } from 'node:http';

/** The whole body, or undefined as soon as it (or its declared length) passes `maxBytes`. */
export async function readLimitedBody(req: IncomingMessage, maxBytes: number): Promise<Buffer | undefined> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
