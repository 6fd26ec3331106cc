import { describe, expect, it, vi } from 'vitest';
import { allows, fetchSession } from './session';

const answering = (status: number, body: unknown) => (async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })) as unknown as typeof fetch;

describe('the session', () => {
  it('is signed in with the name and role the server gives for the token', async () => {
    const session = await fetchSession('/graphql', 't', answering(200, { data: { me: { name: 'ci', role: 'OPERATOR' } } }));
    expect(session).toEqual({ status: 'signed-in', name: 'ci', role: 'OPERATOR' });
  });

  it('runs open against a server that has no authentication (no me field)', async () => {
    const session = await fetchSession('/graphql', null, answering(200, { errors: [{ message: "Validation error (FieldUndefined@[me]) : Field 'me' in type 'Query' is undefined", extensions: { classification: 'ValidationError' } }] }));
    expect(session).toEqual({ status: 'open' });
  });

  it('asks to sign in when the server refuses the request', async () => {
    expect((await fetchSession('/graphql', null, answering(401, {}))).status).toBe('signed-out');
    expect(await fetchSession('/graphql', 'bad', answering(200, { data: { me: null }, errors: [{ message: 'Unauthorized', extensions: { classification: 'UNAUTHORIZED' } }] })))
      .toEqual({ status: 'signed-out', reason: 'The server refused this token.' });
  });

  it('says when the token is over its rate limit rather than calling it refused', async () => {
    const limited = (async () => new Response('{}', { status: 429, headers: { 'retry-after': '3' } })) as unknown as typeof fetch;
    expect(await fetchSession('/graphql', 't', limited)).toEqual({ status: 'signed-out', reason: 'This token sent too many requests; try again in 3 s.' });
  });

  it('gives up on a server that does not answer, saying so', async () => {
    const silent = ((_url: string, init: RequestInit) => new Promise((_resolve, reject) => {
      init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
    })) as unknown as typeof fetch;
    vi.useFakeTimers();
    try {
      const pending = fetchSession('/graphql', 't', silent);
      await vi.advanceTimersByTimeAsync(10_000);
      expect(await pending).toEqual({ status: 'signed-out', reason: 'The server did not answer within 10 s; try again.' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('lets each role use what its rank allows', () => {
    const viewer = { status: 'signed-in', name: 'v', role: 'VIEWER' } as const;
    const admin = { status: 'signed-in', name: 'a', role: 'ADMIN' } as const;
    expect(allows(viewer, 'VIEWER')).toBe(true);
    expect(allows(viewer, 'OPERATOR')).toBe(false);
    expect(allows(admin, 'OPERATOR')).toBe(true);
    expect(allows({ status: 'open' }, 'ADMIN')).toBe(true);
    expect(allows({ status: 'signed-out' }, 'VIEWER')).toBe(false);
  });
});
