import { Client, cacheExchange, fetchExchange, subscriptionExchange } from 'urql';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { ConnectionStore } from './connection';

export interface OpsledgerClientOptions {
  /** Absolute http(s) URL of the GraphQL endpoint. */
  httpUrl: string;
  /** Absolute ws(s) URL of the graphql-ws endpoint. */
  wsUrl: string;
  /** The signed-in token, or null; read on every request and every (re)connect. */
  getToken: () => string | null;
  /** The server closed the socket as unauthenticated (4401) or forbidden (4403): a revoked or expired token. */
  onRefused?: (code: number) => void;
  /** Injected by tests; the browser's WebSocket and fetch otherwise. */
  webSocketImpl?: unknown;
  fetchImpl?: typeof fetch;
}

export interface OpsledgerClient {
  urql: Client;
  ws: WsClient;
  connection: ConnectionStore;
  dispose: () => void;
}

/** Retry quickly at first, then every 3 s at most: a restarted server is picked up within seconds. */
export function retryDelayMs(attempt: number): number {
  return Math.min(3000, 250 * 2 ** attempt);
}

/** 4401 Unauthorized and 4403 Forbidden: the closes graphql-ws servers use for a refused token. */
export function isRefusal(event: unknown): boolean {
  const code = (event as { code?: number } | undefined)?.code;
  return code === 4401 || code === 4403;
}

export function authorizationHeader(token: string | null): Record<string, string> {
  return token ? { authorization: `Bearer ${token}` } : {};
}

/**
 * The one GraphQL client of the UI: queries and mutations over HTTP, subscriptions over graphql-ws.
 * The socket connects eagerly and reconnects forever, so the header can show the connection and
 * screens re-read (ConnectionStore.epoch) after a drop or a server restart.
 */
export function createOpsledgerClient(options: OpsledgerClientOptions): OpsledgerClient {
  const connection = new ConnectionStore();
  const ws = createWsClient({
    url: options.wsUrl,
    lazy: false,
    keepAlive: 10_000,
    retryAttempts: Number.POSITIVE_INFINITY,
    // A refused token is not retried (it would be refused again); the session is checked instead.
    shouldRetry: (event) => !isRefusal(event),
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, retryDelayMs(retries))),
    connectionParams: () => authorizationHeader(options.getToken()),
    on: {
      connected: () => connection.connected(),
      closed: (event) => {
        const code = (event as { code?: number } | undefined)?.code;
        connection.closed(code);
        if (code !== undefined && isRefusal(event)) options.onRefused?.(code);
      },
    },
    ...(options.webSocketImpl ? { webSocketImpl: options.webSocketImpl } : {}),
  });

  const urql = new Client({
    url: options.httpUrl,
    requestPolicy: 'network-only',
    // The server takes GraphQL over POST only (GET answers 405).
    preferGetMethod: false,
    ...(options.fetchImpl ? { fetch: options.fetchImpl } : {}),
    fetchOptions: () => ({ headers: authorizationHeader(options.getToken()) }),
    exchanges: [
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query || '' };
          return {
            subscribe(sink) {
              const unsubscribe = ws.subscribe(input, sink);
              return { unsubscribe };
            },
          };
        },
      }),
    ],
  });

  return { urql, ws, connection, dispose: () => void ws.dispose() };
}

/** Where the API lives: the page's own origin (the jar serves both; `npm run dev` proxies). */
export function endpointsFor(location: Pick<Location, 'protocol' | 'host'>): { httpUrl: string; wsUrl: string } {
  const wsProtocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return { httpUrl: `${location.protocol}//${location.host}/graphql`, wsUrl: `${wsProtocol}//${location.host}/graphql` };
}
