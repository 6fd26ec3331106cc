import { createContext, useContext } from 'react';

export type Role = 'VIEWER' | 'OPERATOR' | 'ADMIN';
const RANK: Record<Role, number> = { VIEWER: 1, OPERATOR: 2, ADMIN: 3 };

/**
 * Who is using the UI.
 * - open: the server asks for no token (it has no `me` field): everything is allowed, nobody is named.
 * - signed-in: the server named the token's holder and role.
 * - signed-out: the server wants a token and has none, or refused the one given.
 */
export type Session =
  | { status: 'checking' }
  | { status: 'open' }
  | { status: 'signed-in'; name: string; role: Role }
  | { status: 'signed-out'; reason?: string };

export const TOKEN_KEY = 'opsledger.token';
const SESSION_CHECK_TIMEOUT_MS = 10_000;

/** Session storage: the token dies with the tab and never appears in a URL or a log line. */
export const tokenStore = {
  get: (): string | null => sessionStorage.getItem(TOKEN_KEY),
  set: (token: string): void => sessionStorage.setItem(TOKEN_KEY, token),
  clear: (): void => sessionStorage.removeItem(TOKEN_KEY),
};

export function isRole(value: unknown): value is Role {
  return value === 'VIEWER' || value === 'OPERATOR' || value === 'ADMIN';
}

/** Whether the session may use what needs `required`. */
export function allows(session: Session, required: Role): boolean {
  if (session.status === 'open') return true;
  if (session.status !== 'signed-in') return false;
  return RANK[session.role] >= RANK[required];
}

interface MeAnswer {
  data?: { me?: { name?: unknown; role?: unknown } | null } | null;
  errors?: { message?: string; extensions?: Record<string, unknown> }[];
}

/**
 * Asks the server who the token belongs to (`{ me { name role } }`). A server without
 * authentication has no `me` field and answers with a validation error: the UI then runs open.
 */
export async function fetchSession(httpUrl: string, token: string | null, fetchImpl: typeof fetch = fetch): Promise<Session> {
  // A server that never answers must not leave the sign-in button spinning.
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), SESSION_CHECK_TIMEOUT_MS);
  try {
    return await askWhoAmI(httpUrl, token, fetchImpl, deadline.signal);
  } catch {
    return deadline.signal.aborted
      ? { status: 'signed-out', reason: `The server did not answer within ${SESSION_CHECK_TIMEOUT_MS / 1000} s; try again.` }
      : { status: 'signed-out', reason: 'The server cannot be reached.' };
  } finally {
    clearTimeout(timer);
  }
}

async function askWhoAmI(httpUrl: string, token: string | null, fetchImpl: typeof fetch, signal: AbortSignal): Promise<Session> {
  const response = await fetchImpl(httpUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: '{ me { name role } }' }),
    signal,
  });
  if (response.status === 401 || response.status === 403) {
    return { status: 'signed-out', reason: token ? 'The server refused this token.' : undefined };
  }
  if (response.status === 429) {
    return { status: 'signed-out', reason: `This token sent too many requests; try again in ${response.headers.get('retry-after') ?? 'a few'} s.` };
  }
  let body: MeAnswer;
  try {
    body = (await response.json()) as MeAnswer;
  } catch (e) {
    if (signal.aborted) throw e;
    return { status: 'signed-out', reason: `The server answered ${response.status}.` };
  }
  const me = body.data?.me;
  if (me && typeof me.name === 'string' && isRole(me.role)) return { status: 'signed-in', name: me.name, role: me.role };
  const errors = body.errors ?? [];
  const undefinedField = errors.some((e) => /undefined|FieldUndefined|not defined|Cannot query field/i.test(`${e.message} ${String(e.extensions?.classification ?? '')}`));
  if (undefinedField) return { status: 'open' };
  return { status: 'signed-out', reason: token ? 'The server refused this token.' : undefined };
}

export interface SessionContextValue {
  session: Session;
  signIn: (token: string) => Promise<Session>;
  signOut: () => void;
}

export const SessionContext = createContext<SessionContextValue>({
  session: { status: 'checking' },
  signIn: async () => ({ status: 'checking' }),
  signOut: () => undefined,
});

export function useSession(): SessionContextValue {
  return useContext(SessionContext);
}

/** Whether the signed-in role may use an action; screens hide controls when it may not. */
export function useCan(required: Role): boolean {
  return allows(useSession().session, required);
}
