// Serves the ops routes on their own HTTP server, for setups with no Slack HTTP endpoint to share PORT with
// (Socket Mode, Discord only).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface OpsServer {
  readonly port: number;
  /** The address actually bound (HOST, or `::`/`0.0.0.0` for every interface). */
  readonly address: string;
  close(): Promise<void>;
}

export async function startOpsServer(
  handler: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<void>,
  port: number,
  host?: string,
): Promise<OpsServer> {
  const server: Server = createServer((req, res) => {
    handler(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  // Health checks must never keep the process alive on shutdown.
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const bound = server.address() as AddressInfo;
  return {
    port: bound.port,
    address: bound.address,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
