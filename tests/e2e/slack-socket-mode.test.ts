// End to end, Socket Mode: the real Bolt app opens its connection through the fake apps.connections.open, receives a
// slash_commands envelope over the fake WebSocket, and answers in the envelope's ack payload.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSlackHarness, type SlackHarness } from '../fakes/slack-harness.ts';
import { startFakeSocketMode } from '../fakes/slack-socket-mode.ts';

let h: SlackHarness;
let socket: Awaited<ReturnType<typeof startFakeSocketMode>>;

beforeAll(async () => {
  socket = await startFakeSocketMode();
  h = await startSlackHarness('socket', {
    beforeStart: async (api) => {
      api.socketUrl = socket.url;
    },
  });
});
afterAll(async () => {
  await h?.stop();
  await socket?.close();
});

describe('Slack in Socket Mode', () => {
  it('opens its connection with the app-level token through SLACK_API_URL', async () => {
    expect(h.slack.mode).toBe('socket');
    const open = await h.api.calls.next((c) => c.method === 'apps.connections.open');
    expect(open.authorization).toBe('Bearer xapp-1-test-token');
  });

  it('answers a /summit who putin envelope in its ack payload', async () => {
    await socket.send({
      envelope_id: 'env-putin',
      type: 'slash_commands',
      accepts_response_payload: true,
      payload: {
        team_id: 'T0NEWS',
        channel_id: 'C0DESK',
        user_id: 'U0ALICE',
        command: '/summit',
        text: 'who putin',
        api_app_id: 'A0SUMMIT',
        response_url: h.responses.urlFor('socket-putin'),
        trigger_id: '1.2.3',
      },
    });
    const ack = await socket.acks.next((a) => a.envelope_id === 'env-putin');
    const body = ack.payload as { response_type?: string; blocks?: unknown[] };
    expect(body.response_type).toBe('ephemeral');
    expect(body.blocks?.[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'Vladimir Putin' } });
    expect(JSON.stringify(body.blocks)).toContain('• Russian President (Russia) [1][2][3]');
    expect(h.responses.posts.all).toEqual([]);
  });
});

describe('Slack Socket Mode readiness', () => {
  it('is ready once connected, and not while the connection is down', async () => {
    expect(h.slack.notReadyReason?.()).toBeUndefined();
    for (const connection of socket.connections.all) connection.terminate();
    await h.logLines.next((l) => l.msg === 'Slack Socket Mode connection lost; reconnecting');
    expect(h.slack.notReadyReason?.()).toBe('Socket Mode connection to Slack is down (reconnecting)');
  });
});
