import { useEffect } from 'react';
import { ProgressBar, StatusPill } from '@/components/Status';
import { useSubscriptionValue } from '@/lib/graphql/hooks';
import type { RebuildPurpose } from '@/gql/graphql';
import { ProjectionStatusStream } from './api';

/** A rebuild's or check's progress as the server pushes it, until it finishes. */
export function RebuildProgress({ name, purpose, onFinished }: { name: string; purpose: RebuildPurpose; onFinished: () => void }) {
  const { data } = useSubscriptionValue(ProjectionStatusStream, { name, purpose });
  const status = data?.projectionStatus;
  const finished = status ? ['DONE', 'FAILED', 'CANCELLED'].includes(status.state) : false;
  useEffect(() => { if (finished) onFinished(); }, [finished, onFinished]);
  if (!status) return <p role="status">Waiting for {name}'s progress…</p>;
  return (
    <div className="card" data-testid="rebuild-progress" aria-live="polite">
      <p>
        {purpose === 'REBUILD' ? 'Rebuild' : 'Check'} of <strong>{name}</strong>: <StatusPill status={status.state} />{' '}
        {status.position >= 0 ? status.position : 0} / {status.head} events, {Math.round(status.eventsPerSecond)} events/s
        {status.etaSeconds != null && !finished ? `, about ${Math.ceil(status.etaSeconds)} s left` : ''}
      </p>
      <ProgressBar value={status.progress} label={`${name} ${purpose === 'REBUILD' ? 'rebuild' : 'check'} progress`} />
      {status.message ? <p data-testid="rebuild-message">{status.message}</p> : null}
      {status.differences.length > 0 ? <ul>{status.differences.map((line) => <li key={line}>{line}</li>)}</ul> : null}
    </div>
  );
}
