import { useConnection } from '@/lib/graphql/hooks';

const WORDS = {
  connecting: 'Connecting…',
  connected: 'Live',
  reconnecting: 'Connection lost: reconnecting…',
  closed: 'Offline',
} as const;

/** The live connection's state, always visible; screens re-read by themselves when it comes back. */
export function ConnectionIndicator() {
  const { state } = useConnection();
  return (
    <span className={`connection connection-${state}`} role="status" aria-live="polite" data-state={state}>
      <span className="connection-dot" aria-hidden="true" />
      {WORDS[state]}
    </span>
  );
}
