// Receives what the app posts to a slash command's or button's response_url, as Slack would, on 127.0.0.1.
import { createInbox } from './slack-inbox.ts';
import { listenLoopback, readBody } from './slack-http.ts';

export interface ResponsePost {
  readonly path: string;
  readonly body: {
    text?: string;
    blocks?: {
      type: string;
      text?: { text: string };
      elements?: { text?: string; action_id?: string; value?: string }[];
    }[];
    response_type?: string;
    replace_original?: boolean;
  };
}

export async function startResponseUrlReceiver() {
  const posts = createInbox<ResponsePost>();
  const { url, close } = await listenLoopback(async (req, res) => {
    const raw = await readBody(req);
    posts.push({ path: req.url ?? '', body: JSON.parse(raw) as ResponsePost['body'] });
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('ok');
  });
  return { url, posts, close, urlFor: (id: string) => `${url}/respond/${id}` };
}
