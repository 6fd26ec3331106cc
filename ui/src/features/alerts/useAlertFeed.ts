import { useState } from 'react';
import { useSubscriptionEvents } from '@/lib/graphql/hooks';
import type { AlertKind, AlertSeverity } from '@/gql/graphql';
import { AlertStream } from './api';
import { applyAlert, type Feed } from './feed';

/** The live feed: rebuilt from the subscription's initial snapshot after every (re)connect. */
export function useAlertFeed(minSeverity?: AlertSeverity, kinds?: AlertKind[]): { feed: Feed; ready: boolean } {
  const [state, setState] = useState<{ feed: Feed; ready: boolean }>({ feed: new Map(), ready: false });
  useSubscriptionEvents(
    AlertStream,
    { minSeverity: minSeverity ?? null, kinds: kinds && kinds.length > 0 ? kinds : null },
    (data) => setState((s) => ({ feed: applyAlert(s.feed, data.alerts), ready: true })),
    { onRestart: () => setState({ feed: new Map(), ready: true }) },
  );
  return state;
}
