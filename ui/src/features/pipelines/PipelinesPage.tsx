import { Link, useParams } from 'react-router';
import { Empty, Loading, Page } from '@/components/Page';
import { ProblemText } from '@/components/ProblemText';
import { useLiveQuery, useRefreshOn } from '@/lib/graphql/hooks';
import { formatDuration } from '@/lib/time';
import { AnyRunChanged, PipelineList } from './api';
import { RunsTable } from './RunsTable';

export function PipelinesPage() {
  const { pipelineId } = useParams();
  const list = useLiveQuery(PipelineList, { runs: pipelineId ? 50 : 10 });
  useRefreshOn(AnyRunChanged, {}, list.refetch);
  const all = list.data?.pipelines.edges.map((e) => e.node) ?? [];
  const pipelines = pipelineId ? all.filter((p) => p.id === pipelineId) : all;
  const title = pipelineId && pipelines[0] ? `${pipelines[0].namespace} / ${pipelines[0].name}` : 'Pipelines';
  return (
    <Page title={title}>
      {pipelineId ? <p><Link to="/pipelines">All pipelines</Link></p> : null}
      <ProblemText problem={list.problem} />
      {!list.data ? <Loading what="pipelines" /> : pipelines.length === 0 ? <Empty>No pipeline yet. Pipelines appear when created through the API or reported through OpenLineage.</Empty> : pipelines.map((p) => (
        <section key={p.id} className="card pipeline" aria-labelledby={`pipeline-${p.id}`}>
          <h2 id={`pipeline-${p.id}`}><Link to={`/pipelines/${p.id}`}>{p.namespace} / {p.name}</Link></h2>
          <p className="facts">
            <span>{p.runCount} runs</span>
            <span>success rate {p.successRate == null ? '—' : `${Math.round(p.successRate * 100)}%`}</span>
            <span>p50 {formatDuration(p.p50Duration)}</span>
            <span>p95 {formatDuration(p.p95Duration)}</span>
            <span>{p.maxRetries} retries allowed</span>
            <span>{p.timeoutSeconds ? `times out after ${formatDuration(p.timeoutSeconds * 1000)}` : 'no timeout'}</span>
            <span>steps: {p.steps.length ? p.steps.map((s) => s.name).join(' → ') : 'none'}</span>
          </p>
          {p.runs.edges.length === 0 ? <Empty>No run yet.</Empty> : <RunsTable runs={p.runs.edges.map((e) => e.node)} label={`Runs of ${p.name}`} />}
        </section>
      ))}
    </Page>
  );
}
