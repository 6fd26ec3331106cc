import { Button } from '@/components/Button';
import { Empty, Loading } from '@/components/Page';
import { ProblemList, ProblemText } from '@/components/ProblemText';
import { useLiveQuery, useMutationAction } from '@/lib/graphql/hooks';
import { DeadLetters, EvictDeadLetter, RetryDeadLetters } from './api';

/** Parked events with their cause; retry hands them back to their handlers, evict drops one for good. */
export function DeadLetterList({ onChanged }: { onChanged: () => void }) {
  const letters = useLiveQuery(DeadLetters, {});
  const retry = useMutationAction(RetryDeadLetters, (data) => data.retryDeadLetters.errors);
  const evict = useMutationAction(EvictDeadLetter, (data) => data.evictDeadLetter.errors);

  async function act(run: () => Promise<unknown>) {
    await run();
    letters.refetch();
    onChanged();
  }

  if (letters.problem) return <ProblemText problem={letters.problem} />;
  if (!letters.data) return <Loading what="dead letters" />;
  const parked = letters.data.deadLetters;
  return (
    <>
      <ProblemList problems={[...retry.problems, ...evict.problems]} />
      {parked.length === 0 ? <Empty>No parked event: every read model and policy has applied all it was given.</Empty> : (
        <>
          <Button onClick={() => void act(() => retry.run({ input: {} }))} busy={retry.inFlight}>Retry all</Button>
          <div className="table-wrap" tabIndex={0} role="group" aria-label="Dead letters, scrolls sideways on narrow screens">
            <table className="table" aria-label="Dead letters">
              <thead>
                <tr><th scope="col">Group</th><th scope="col">Entity</th><th scope="col">Event</th><th scope="col">Attempts</th><th scope="col">Parked</th><th scope="col">Cause</th><th scope="col">Actions</th></tr>
              </thead>
              <tbody>
                {parked.map((letter) => (
                  <tr key={letter.id}>
                    <td>{letter.processingGroup}</td>
                    <td>{letter.entity}</td>
                    <td>{letter.eventType}</td>
                    <td>{letter.attempts}</td>
                    <td><time dateTime={String(letter.firstFailure)} title={String(letter.firstFailure)}>{new Date(String(letter.firstFailure)).toLocaleString()}</time></td>
                    <td>{letter.cause ?? 'waits behind an earlier event of this entity'}</td>
                    <td>
                      <Button variant="ghost" busy={evict.inFlight} onClick={() => void act(() => evict.run({ input: { id: letter.id } }))}
                        aria-label={`Evict ${letter.eventType} of ${letter.entity}`}>Evict</Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
