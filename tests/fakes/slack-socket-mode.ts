// A fake Socket Mode server on 127.0.0.1: greets each connection with `hello` (the client waits for it), records what
// the client sends back (acks), and lets a test push envelopes. https://docs.slack.dev/apis/events-api/using-socket-mode
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { createInbox } from './slack-inbox.ts';

export interface SocketAck {
  readonly envelope_id: string;
  readonly payload?: unknown;
}

export async function startFakeSocketMode() {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => wss.once('listening', resolve));
  const acks = createInbox<SocketAck>();
  const connections = createInbox<WebSocket>();
  wss.on('connection', (socket) => {
    socket.on('message', (data) => acks.push(JSON.parse(data.toString()) as SocketAck));
    socket.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0SUMMIT' } }));
    connections.push(socket);
  });
  const { port } = wss.address() as AddressInfo;
  return {
    url: `ws://127.0.0.1:${port}/link/?ticket=test`,
    acks,
    connections,
    /** Sends an envelope on the first connection (waits for it if the client has not connected yet). */
    async send(envelope: object) {
      const [socket] = connections.all;
      (socket ?? (await connections.next())).send(JSON.stringify(envelope));
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of wss.clients) client.terminate();
        wss.close(() => resolve());
      }),
  };
}
