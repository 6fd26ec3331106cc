import { useState } from 'react';
import { Button } from '@/components/Button';
import { Loading, Page } from '@/components/Page';
import { ProblemList, ProblemText } from '@/components/ProblemText';
import { StatusPill } from '@/components/Status';
import { useCan } from '@/lib/auth/session';
import { useLiveQuery, useMutationAction } from '@/lib/graphql/hooks';
import type { RebuildPurpose } from '@/gql/graphql';
import { CancelProjectionRebuild, Projections, RebuildProjection, VerifyProjection } from './api';
import { DeadLetterList } from './DeadLetterList';
import { RebuildProgress } from './RebuildProgress';

/** Event processors with their positions and dead letters; rebuild, check and cancel with live progress. */
export function AdminPage() {
  const groups = useLiveQuery(Projections, {});
  const isAdmin = useCan('ADMIN');
  const [followed, setFollowed] = useState<{ name: string; purpose: RebuildPurpose } | undefined>(undefined);
  const rebuild = useMutationAction(RebuildProjection, (data) => data.rebuildProjection.errors);
  const verify = useMutationAction(VerifyProjection, (data) => data.verifyProjection.errors);
  const cancel = useMutationAction(CancelProjectionRebuild, (data) => data.cancelProjectionRebuild.errors);

  async function start(name: string, purpose: RebuildPurpose) {
    const action = purpose === 'REBUILD' ? rebuild : verify;
    const outcome = await action.run({ input: { name } });
    if (outcome.problems.length === 0) setFollowed({ name, purpose });
  }

  return (
    <Page title="Admin">
      <h2>Projections</h2>
      <ProblemList problems={[...rebuild.problems, ...verify.problems, ...cancel.problems]} />
      {followed ? <RebuildProgress name={followed.name} purpose={followed.purpose} onFinished={groups.refetch} /> : null}
      {groups.problem ? <ProblemText problem={groups.problem} /> : !groups.data ? <Loading what="event processors" /> : (
        <table className="table" aria-label="Event processors">
          <thead>
            <tr><th scope="col">Name</th><th scope="col">Position / head</th><th scope="col">Lag</th><th scope="col">State</th><th scope="col">Dead letters</th><th scope="col">Actions</th></tr>
          </thead>
          <tbody>
            {groups.data.projections.map((group) => (
              <tr key={group.name}>
                <td>{group.name} <small>({group.mode})</small></td>
                <td>{group.position} / {group.head}</td>
                <td>{group.lag}</td>
                <td><StatusPill status={group.state} /></td>
                <td>{group.deadLetters ?? '—'}</td>
                <td>
                  {!isAdmin ? <small>administrators only</small> : group.rebuildable ? (
                    <>
                      <Button onClick={() => void start(group.name, 'REBUILD')} busy={rebuild.inFlight} aria-label={`Rebuild ${group.name}`}>Rebuild</Button>{' '}
                      <Button onClick={() => void start(group.name, 'VERIFY')} busy={verify.inFlight} aria-label={`Verify ${group.name}`}>Verify</Button>{' '}
                      <Button variant="ghost" onClick={() => void cancel.run({ input: { name: group.name } })} aria-label={`Cancel ${group.name}`}>Cancel</Button>
                    </>
                  ) : <small>not rebuildable (a policy)</small>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>Dead letters</h2>
      {isAdmin ? <DeadLetterList onChanged={groups.refetch} />
        : <p>Parked events are listed, retried and evicted by administrators; the count per processing group is in the table above.</p>}
    </Page>
  );
}
