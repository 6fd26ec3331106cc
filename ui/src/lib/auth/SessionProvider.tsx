import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Provider as UrqlProvider } from 'urql';
import { createOpsledgerClient, endpointsFor, type OpsledgerClient } from '../graphql/client';
import { OpsledgerClientContext } from '../graphql/hooks';
import { fetchSession, SessionContext, tokenStore, type Session } from './session';

/**
 * Holds the token and the GraphQL client made for it: signing in or out replaces the client, so the
 * socket's connection_init always carries the current token and nothing of the old session lingers.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const endpoints = useMemo(() => endpointsFor(window.location), []);
  const [token, setToken] = useState<string | null>(() => tokenStore.get());
  const [session, setSession] = useState<Session>({ status: 'checking' });

  useEffect(() => {
    let current = true;
    void fetchSession(endpoints.httpUrl, token).then((s) => { if (current) setSession(s); });
    return () => { current = false; };
  }, [endpoints, token]);

  // A socket refused mid-session (token revoked or expired) sends the user back to sign-in.
  const recheck = useCallback(() => {
    void fetchSession(endpoints.httpUrl, token).then((s) => { if (s.status === 'signed-out') setSession({ status: 'signed-out', reason: 'Your token is no longer accepted; it may have expired or been revoked.' }); });
  }, [endpoints, token]);
  const client = useMemo<OpsledgerClient>(
    () => createOpsledgerClient({ ...endpoints, getToken: () => token, onRefused: recheck }),
    [endpoints, token, recheck],
  );
  useEffect(() => () => client.dispose(), [client]);

  const signIn = useCallback(async (candidate: string): Promise<Session> => {
    const trimmed = candidate.trim();
    const checked = await fetchSession(endpoints.httpUrl, trimmed);
    if (checked.status === 'signed-in' || checked.status === 'open') {
      tokenStore.set(trimmed);
      setToken(trimmed);
      setSession(checked);
    }
    return checked;
  }, [endpoints]);

  const signOut = useCallback(() => {
    tokenStore.clear();
    setToken(null);
    setSession({ status: 'signed-out' });
  }, []);

  const value = useMemo(() => ({ session, signIn, signOut }), [session, signIn, signOut]);
  return (
    <SessionContext.Provider value={value}>
      <OpsledgerClientContext.Provider value={client}>
        <UrqlProvider value={client.urql}>{children}</UrqlProvider>
      </OpsledgerClientContext.Provider>
    </SessionContext.Provider>
  );
}
