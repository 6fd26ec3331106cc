import { useState } from 'react';
import { Link } from 'react-router';
import { graphql } from '@/gql';
import { ProblemText } from '@/components/ProblemText';
import { useLiveQuery } from '@/lib/graphql/hooks';

const SimilarTasksQuery = graphql(`
  query SimilarTasks($taskId: ID!) {
    similarTasks(taskId: $taskId, first: 5) {
      edges { node { entityId planId title plan { id title } } }
    }
  }
`);

/** "Similar tasks" of one task, in every plan, by meaning (docs/search.md); asked only when opened. */
export function SimilarTasks({ taskId }: { taskId: string }) {
  const [open, setOpen] = useState(false);
  const { data, fetching, problem } = useLiveQuery(SimilarTasksQuery, { taskId }, { pause: !open });
  const hits = data?.similarTasks.edges.map((edge) => edge.node) ?? [];
  return (
    <div className="similar-tasks">
      <button type="button" className="btn btn-ghost btn-small" aria-expanded={open} onClick={() => setOpen(!open)}>
        Similar tasks
      </button>
      {open ? (
        problem ? <ProblemText problem={problem} />
          : fetching && !data ? <p className="meta" role="status">Looking…</p>
          : hits.length === 0 ? <p className="meta">No similar task.</p>
          : (
            <ul aria-label="Similar tasks" className="similar-tasks-list">
              {hits.map((hit) => (
                <li key={hit.entityId}>
                  <Link to={`/plans/${hit.planId}?task=${hit.entityId}`}>{hit.title}</Link>
                  {hit.plan ? <span className="meta"> — {hit.plan.title}</span> : null}
                </li>
              ))}
            </ul>
          )
      ) : null}
    </div>
  );
}
