import { Loading } from '@/components/Page';
import { ProblemText } from '@/components/ProblemText';
import { StatusPill } from '@/components/Status';
import { useLiveQuery } from '@/lib/graphql/hooks';
import { EntityAt } from './api';

/** The entity as it was at an instant: a plan in its own shape, any other entity as its state. */
export function AsOf({ id, at }: { id: string; at: string }) {
  const snapshot = useLiveQuery(EntityAt, { id, at });
  if (snapshot.problem) return <ProblemText problem={snapshot.problem} />;
  const entity = snapshot.data?.entityAt;
  if (!entity) return <Loading what="the entity as it was" />;
  return (
    <div className="card" data-testid="as-of">
      <p>{entity.entityType} at <time dateTime={at}>{at}</time>, revision {entity.revision}</p>
      {entity.plan ? (
        <>
          <h3 data-testid="as-of-title">{entity.plan.title}</h3>
          <p>{entity.plan.version} <StatusPill status={entity.plan.status} /> {Math.round(entity.plan.progress)}% done</p>
          <ul className="plain-list">
            {entity.plan.phases.map((phase) => (
              <li key={phase.id}>Phase {phase.number}: {phase.title} ({phase.tasks.length} tasks)</li>
            ))}
          </ul>
        </>
      ) : <pre className="json">{JSON.stringify(entity.state, null, 2)}</pre>}
    </div>
  );
}
