import { Empty, Loading } from '@/components/Page';
import { ProblemText } from '@/components/ProblemText';
import { useLiveQuery } from '@/lib/graphql/hooks';
import { EntityDiff } from './api';

const show = (value: unknown) => (value === null || value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value));

/** Field by field, what changed between two instants, by which events and whom. */
export function DiffView({ id, from, to }: { id: string; from: string; to: string }) {
  const diff = useLiveQuery(EntityDiff, { id, from, to });
  if (diff.problem) return <ProblemText problem={diff.problem} />;
  const result = diff.data?.entityDiff;
  if (!result) return <Loading what="the diff" />;
  if (result.changes.length === 0) return <Empty>Nothing changed between revision {result.fromRevision} and {result.toRevision}.</Empty>;
  return (
    <table className="table" data-testid="audit-diff">
      <caption>Revision {result.fromRevision} → {result.toRevision}</caption>
      <thead><tr><th scope="col">Field</th><th scope="col">Before</th><th scope="col">After</th><th scope="col">Changed by</th></tr></thead>
      <tbody>
        {result.changes.map((change) => (
          <tr key={change.field}>
            <td>{change.field}</td>
            <td>{show(change.before)}</td>
            <td>{show(change.after)}</td>
            <td>{change.principals.join(', ')} ({change.events.map((event) => `#${event.sequenceNumber}`).join(' ')})</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
