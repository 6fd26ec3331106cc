import { describe, expect, it } from 'vitest';
import { gql } from 'urql';
import { createOpsledgerClient, endpointsFor, retryDelayMs } from './client';

/** A WebSocket stand-in that speaks just enough graphql-ws to record what the client sends. */
class RecordingSocket {
  static instances: RecordingSocket[] = [];
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSING = 2;
  static readonly CLOSED = 3;
  readonly sent: unknown[] = [];
  readyState = 0;
  protocol = 'graphql-transport-ws';
  onopen: (() => void) | null = null;
  onmessage: ((e: { data: string }) => void) | null = null;
  onclose: ((e: { code: number; reason: string }) => void) | null = null;
  onerror: ((e: unknown) => void) | null = null;
  constructor(readonly url: string) {
    RecordingSocket.instances.push(this);
    setTimeout(() => { this.readyState = 1; this.onopen?.(); });
  }
  send(data: string) {
    const message = JSON.parse(data) as { type: string };
    this.sent.push(message);
    if (message.type === 'connection_init') setTimeout(() => this.onmessage?.({ data: JSON.stringify({ type: 'connection_ack' }) }));
  }
  close(code = 1000, reason = '') { this.readyState = 3; this.onclose?.({ code, reason }); }
  addEventListener() { /* graphql-ws uses the on* handlers */ }
  removeEventListener() { /* unused */ }
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i += 1) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
};

describe('the GraphQL client layer', () => {
  it('sends the token as a Bearer Authorization header over HTTP, by POST', async () => {
    const calls: { url: string; init: RequestInit }[] = [];
    const fetchImpl = (async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return new Response(JSON.stringify({ data: { serverVersion: '1' } }), { headers: { 'content-type': 'application/json' } });
    }) as unknown as typeof fetch;
    const client = createOpsledgerClient({ httpUrl: 'http://h/graphql', wsUrl: 'ws://h/graphql', getToken: () => 'tok-123', fetchImpl, webSocketImpl: RecordingSocket });
    const result = await client.urql.query(gql`{ serverVersion }`, {}).toPromise();
    client.dispose();
    expect(result.data).toEqual({ serverVersion: '1' });
    expect(calls[0].init.method).toBe('POST');
    expect(new Headers(calls[0].init.headers).get('authorization')).toBe('Bearer tok-123');
  });

  it('puts the token into the graphql-ws connection_init payload and reports the connection', async () => {
    RecordingSocket.instances = [];
    const client = createOpsledgerClient({ httpUrl: 'http://h/graphql', wsUrl: 'ws://h/graphql', getToken: () => 'tok-456', webSocketImpl: RecordingSocket });
    await until(() => client.connection.get().state === 'connected');
    expect(RecordingSocket.instances[0].sent[0]).toEqual({ type: 'connection_init', payload: { authorization: 'Bearer tok-456' } });
    client.dispose();
  });

  it('sends no authorization at all when nobody signed in', async () => {
    RecordingSocket.instances = [];
    const client = createOpsledgerClient({ httpUrl: 'http://h/graphql', wsUrl: 'ws://h/graphql', getToken: () => null, webSocketImpl: RecordingSocket });
    await until(() => client.connection.get().state === 'connected');
    expect(RecordingSocket.instances[0].sent[0]).toEqual({ type: 'connection_init', payload: {} });
    client.dispose();
  });

  it('reconnects after a drop and bumps the epoch so screens re-read', async () => {
    RecordingSocket.instances = [];
    const client = createOpsledgerClient({ httpUrl: 'http://h/graphql', wsUrl: 'ws://h/graphql', getToken: () => null, webSocketImpl: RecordingSocket });
    await until(() => client.connection.get().state === 'connected');
    expect(client.connection.get().epoch).toBe(0);
    RecordingSocket.instances[0].close(1006, 'server restarted');
    expect(client.connection.get().state).toBe('reconnecting');
    await until(() => RecordingSocket.instances.length === 2 && client.connection.get().state === 'connected');
    expect(client.connection.get().epoch).toBe(1);
    client.dispose();
  });

  it('does not retry a refused token and reports it instead', async () => {
    RecordingSocket.instances = [];
    const refused: number[] = [];
    const client = createOpsledgerClient({ httpUrl: 'http://h/graphql', wsUrl: 'ws://h/graphql', getToken: () => 'revoked', webSocketImpl: RecordingSocket, onRefused: (code) => refused.push(code) });
    await until(() => client.connection.get().state === 'connected');
    RecordingSocket.instances[0].close(4403, 'Forbidden');
    await until(() => refused.length === 1);
    await new Promise((r) => setTimeout(r, 400));
    expect(refused).toEqual([4403]);
    expect(RecordingSocket.instances).toHaveLength(1);
    client.dispose();
  });

  it('waits longer between attempts, but never more than 3 seconds', () => {
    expect(retryDelayMs(0)).toBe(250);
    expect(retryDelayMs(1)).toBe(500);
    expect(retryDelayMs(10)).toBe(3000);
  });

  it('talks to the origin it was served from', () => {
    expect(endpointsFor({ protocol: 'https:', host: 'ops.example:8443' })).toEqual({ httpUrl: 'https://ops.example:8443/graphql', wsUrl: 'wss://ops.example:8443/graphql' });
    expect(endpointsFor({ protocol: 'http:', host: 'localhost:8080' }).wsUrl).toBe('ws://localhost:8080/graphql');
  });
});
