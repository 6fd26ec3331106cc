import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { Empty, Loading, Page } from '@/components/Page';
import { ProblemText } from '@/components/ProblemText';
import { useLiveQuery } from '@/lib/graphql/hooks';
import { EntityHistory } from './api';
import { AsOf } from './AsOf';
import { DiffView } from './DiffView';

/** An entity's history as a timeline, a time slider showing it as it was, and a diff between two points. */
export function AuditPage() {
  const [params, setParams] = useSearchParams();
  const id = params.get('id') ?? '';
  const [draft, setDraft] = useState(id);
  const history = useLiveQuery(EntityHistory, { id }, { pause: !id });
  const events = history.data?.entityHistory.edges.map((edge) => edge.node) ?? [];
  const [chosen, setChosen] = useState<number | undefined>(undefined);
  const [diffFrom, setDiffFrom] = useState(0);
  const index = Math.min(chosen ?? events.length - 1, events.length - 1);

  function submit(event: FormEvent) {
    event.preventDefault();
    setChosen(undefined);
    setParams(draft.trim() ? { id: draft.trim() } : {});
  }

  return (
    <Page title="Audit">
      <form className="filters" onSubmit={submit}>
        <label>
          Entity id{' '}
          <input value={draft} onChange={(e) => setDraft(e.target.value)} placeholder="a plan, backup job, pipeline run, dashboard or alert id" size={40} />
        </label>{' '}
        <button type="submit" className="btn btn-primary">Show history</button>
      </form>
      {!id ? <Empty>Enter an entity id to see who changed what, and when.</Empty>
        : history.problem ? <ProblemText problem={history.problem} />
        : !history.data ? <Loading what="history" />
        : events.length === 0 ? <Empty>No event was ever stored for {id}.</Empty> : (
          <>
            <h2>As of</h2>
            <label className="slider">
              <span>Point in time: event {index + 1} of {events.length}</span>
              <input type="range" min={0} max={events.length - 1} value={index} aria-label="Point in time"
                onChange={(e) => setChosen(Number(e.target.value))} />
            </label>
            <AsOf id={id} at={events[index].timestamp} />

            <h2>Diff</h2>
            <label>
              From event{' '}
              <select value={diffFrom} onChange={(e) => setDiffFrom(Number(e.target.value))} aria-label="Diff from event">
                {events.map((event, i) => <option key={event.eventId} value={i}>#{event.sequenceNumber} {event.type}</option>)}
              </select>
            </label>{' '}
            <span>to the point in time above</span>
            <DiffView id={id} from={events[Math.min(diffFrom, index)].timestamp} to={events[index].timestamp} />

            <h2>Timeline</h2>
            <ol className="plain-list" aria-label="Timeline" data-testid="audit-timeline">
              {events.map((event, i) => (
                <li key={event.eventId} aria-current={i === index ? 'step' : undefined}>
                  <button type="button" className="btn btn-ghost" onClick={() => setChosen(i)}>#{event.sequenceNumber}</button>{' '}
                  <strong>{event.type}</strong> at <time dateTime={event.timestamp}>{event.timestamp}</time> by{' '}
                  <span data-testid="principal">{event.principal ?? 'unknown'}</span>{' '}
                  <small>correlation {event.correlationId ?? '—'}</small>
                </li>
              ))}
            </ol>
            {history.data.entityHistory.pageInfo.hasNextPage ? <p>Only the first 500 events are shown.</p> : null}
          </>
        )}
    </Page>
  );
}
