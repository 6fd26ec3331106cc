import { createContext, useCallback, useContext, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useMutation, useQuery, type AnyVariables, type CombinedError, type TypedDocumentNode } from 'urql';
import type { OpsledgerClient } from './client';
import { useConnectionSnapshot, type ConnectionSnapshot } from './connection';
import { fromCombinedError, fromUserError, type Problem, type UserErrorLike } from './errors';

/** The latest value, for callbacks handed to long-lived subscriptions (updated after each render). */
function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  useLayoutEffect(() => { ref.current = value; });
  return ref;
}

export const OpsledgerClientContext = createContext<OpsledgerClient | null>(null);

function useOpsledgerClient(): OpsledgerClient {
  const client = useContext(OpsledgerClientContext);
  if (!client) throw new Error('OpsledgerClientContext is missing: wrap the app in <OpsledgerProvider>');
  return client;
}

export function useConnection(): ConnectionSnapshot {
  return useConnectionSnapshot(useOpsledgerClient().connection);
}

export interface LiveQueryResult<Data> {
  data: Data | undefined;
  fetching: boolean;
  problem: Problem | undefined;
  error: CombinedError | undefined;
  refetch: () => void;
}

/**
 * A query that stays true: read from the server (never a stale cache), and read again after every
 * reconnect, since changes made while the socket was down were not pushed.
 */
export function useLiveQuery<Data, Variables extends AnyVariables>(
  query: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  options: { pause?: boolean } = {},
): LiveQueryResult<Data> {
  const { epoch } = useConnection();
  const [result, reexecute] = useQuery<Data, Variables>({ query, variables, pause: options.pause, requestPolicy: 'network-only' } as Parameters<typeof useQuery<Data, Variables>>[0]);
  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const firstEpoch = useRef(epoch);
  useEffect(() => {
    if (epoch !== firstEpoch.current) refetch();
  }, [epoch, refetch]);
  return {
    data: result.data,
    fetching: result.fetching,
    error: result.error,
    problem: result.error ? fromCombinedError(result.error) : undefined,
    refetch,
  };
}

/**
 * Follows a subscription and hands every event to `onEvent`. Started afresh after every reconnect
 * (with `onRestart` first) so a subscription's initial snapshot replaces what went stale.
 */
export function useSubscriptionEvents<Data, Variables extends AnyVariables>(
  subscription: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  onEvent: (data: Data) => void,
  options: { pause?: boolean; onRestart?: () => void; onProblem?: (problem: Problem) => void } = {},
): void {
  const client = useOpsledgerClient();
  const { epoch } = useConnection();
  const handlers = useLatest({ onEvent, ...options });
  const key = JSON.stringify(variables);
  useEffect(() => {
    if (options.pause) return undefined;
    handlers.current.onRestart?.();
    const { unsubscribe } = client.urql.subscription(subscription, JSON.parse(key) as Variables).subscribe((result) => {
      if (result.data) handlers.current.onEvent(result.data);
      else if (result.error) handlers.current.onProblem?.(fromCombinedError(result.error));
    });
    return unsubscribe;
  }, [client, subscription, key, epoch, options.pause, handlers]);
}

/** The latest value a subscription pushed (reset after a reconnect until the next one arrives). */
export function useSubscriptionValue<Data, Variables extends AnyVariables>(
  subscription: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  options: { pause?: boolean } = {},
): { data: Data | undefined; problem: Problem | undefined } {
  const [data, setData] = useState<Data | undefined>(undefined);
  const [problem, setProblem] = useState<Problem | undefined>(undefined);
  useSubscriptionEvents(subscription, variables, (d) => { setData(d); setProblem(undefined); }, { pause: options.pause, onProblem: setProblem });
  return { data, problem };
}

/** Calls `refresh` (at most every `delayMs`) whenever the subscription reports a change. */
export function useRefreshOn<Data, Variables extends AnyVariables>(
  subscription: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  refresh: () => void,
  options: { pause?: boolean; delayMs?: number } = {},
): void {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const refreshRef = useLatest(refresh);
  useEffect(() => () => clearTimeout(timer.current), []);
  useSubscriptionEvents(subscription, variables, () => {
    if (timer.current) return;
    timer.current = setTimeout(() => { timer.current = undefined; refreshRef.current(); }, options.delayMs ?? 150);
  }, { pause: options.pause });
}

export interface MutationOutcome<Data> {
  data: Data | undefined;
  /** Empty when the change went through. */
  problems: Problem[];
}

/**
 * Runs a mutation and turns every way it can fail (payload errors, FORBIDDEN, network) into words.
 * `payloadErrors` picks the payload's `errors` list out of the answer.
 */
export function useMutationAction<Data, Variables extends AnyVariables>(
  mutation: TypedDocumentNode<Data, Variables>,
  payloadErrors: (data: Data) => readonly UserErrorLike[] | undefined,
): { run: (variables: Variables) => Promise<MutationOutcome<Data>>; inFlight: boolean; problems: Problem[]; clear: () => void } {
  const [state, execute] = useMutation<Data, Variables>(mutation);
  const [problems, setProblems] = useState<Problem[]>([]);
  const pick = useLatest(payloadErrors);
  const run = useCallback(async (variables: Variables): Promise<MutationOutcome<Data>> => {
    setProblems([]);
    const result = await execute(variables);
    const found: Problem[] = result.error
      ? [fromCombinedError(result.error)]
      : (result.data ? pick.current(result.data) ?? [] : []).map(fromUserError);
    setProblems(found);
    return { data: result.data, problems: found };
  }, [execute, pick]);
  const clear = useCallback(() => setProblems([]), []);
  return { run, inFlight: state.fetching, problems, clear };
}
