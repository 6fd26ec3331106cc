import { describe, expect, it } from 'vitest';
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
