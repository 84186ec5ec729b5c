// Puts the Discord interactions endpoint in front of another node:http handler (the ops routes), so it is served on
// PORT by whichever server the process runs there: Slack's HTTP receiver or the ops server.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createHttpInteractionHandler, type HttpInteractionDeps } from './handle-http-interaction.ts';

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export function withDiscordInteractions(next: Handler, deps: HttpInteractionDeps): Handler {
  const interactions = createHttpInteractionHandler(deps);
  return async (req, res) => {
    if (!(await interactions(req, res))) await next(req, res);
  };
}
