// HTTP mode's fast path for answers in the ack. Bolt serialises an object ack with JSON.stringify on every response,
// and that (with encoding the 4 KB result) was most of what an answer cost over a bare ack in the bench. A string ack
// is written as is but without a content type, so: the listener acks with the page's JSON text, serialised once per
// rendered page (cached pages are the same object), and the server sets the JSON content type up front.
// Socket Mode acks stay objects: there the answer is a field of the envelope ack.
import type { Server } from 'node:http';
import type { SlackMessage } from './block-kit.ts';

const serialized = new WeakMap<SlackMessage, string>();

/** `{"response_type":"ephemeral","text":...,"blocks":[...]}` for this page, computed once per page object. */
export function ephemeralAckText(message: SlackMessage): string {
  let text = serialized.get(message);
  if (text === undefined) {
    text = JSON.stringify({ response_type: 'ephemeral', text: message.text, blocks: message.blocks });
    serialized.set(message, text);
  }
  return text;
}

/** Marks every response to a POST on `path` as JSON before Bolt handles the request (Bolt may still override it). */
export function serveJsonAcks(server: Server, path: string): void {
  server.prependListener('request', (req, res) => {
    if (req.method === 'POST' && req.url?.split('?')[0] === path) {
      res.setHeader('content-type', 'application/json; charset=utf-8');
    }
  });
}
