import { Link, useParams } from 'react-router';
import { Empty, Loading, Page } from '@/components/Page';
import { ProblemText } from '@/components/ProblemText';
import { RelativeTime } from '@/components/RelativeTime';
import { StatusPill } from '@/components/Status';
import { useLiveQuery, useRefreshOn } from '@/lib/graphql/hooks';
import { formatDuration, formatNumber } from '@/lib/time';
import { PipelineRunDetail, RunChanged, type RunDetail } from './api';
import { anomalyWords, placeSteps } from './timeline';

export function RunPage() {
  const { runId = '' } = useParams();
  const query = useLiveQuery(PipelineRunDetail, { id: runId });
  const run = query.data?.pipelineRun;
  useRefreshOn(RunChanged, { pipelineId: run?.pipelineId ?? null }, query.refetch, { pause: !run });
  if (!run) {
    return (
      <Page title="Pipeline run">
        <p><Link to="/pipelines">All pipelines</Link></p>
        {query.problem ? <ProblemText problem={query.problem} /> : query.data ? <Empty>There is no run with this id.</Empty> : <Loading what="the run" />}
      </Page>
    );
  }
  return <RunView run={run} />;
}

function RunView({ run }: { run: RunDetail }) {
  // The timeline is drawn once per change; a running step reaches to the moment of the last change.
  const moments = [run.finishedAt, ...run.steps.flatMap((s) => [s.startedAt, s.finishedAt])].filter((t): t is string => !!t).map((t) => Date.parse(t));
  const placed = placeSteps(run.steps, moments.length > 0 ? Math.max(...moments) : 0);
  return (
    <Page title={`Run ${run.id.slice(0, 8)} of ${run.pipeline?.name ?? 'a pipeline'}`}>
      <p><Link to={`/pipelines/${run.pipelineId}`}>{run.pipeline ? `${run.pipeline.namespace} / ${run.pipeline.name}` : 'The pipeline'}</Link></p>
      <div className="card facts">
        <StatusPill status={run.state} />
        <span>attempt {run.attempt}</span>
        <span>queued <RelativeTime at={run.queuedAt} /></span>
        <span>started <RelativeTime at={run.startedAt} /></span>
        <span>finished <RelativeTime at={run.finishedAt} /></span>
        <span>duration {formatDuration(run.durationMillis)}</span>
        <span>rows read {formatNumber(run.rowsRead)}, written {formatNumber(run.rowsWritten)}</span>
        {run.reason ? <span>reason: {run.reason}</span> : null}
      </div>
      {run.anomalies.length > 0 ? (
        <section className="card"><h2>Anomalies</h2><ul>{run.anomalies.map((a) => <li key={a.metric}>{anomalyWords(a)}</li>)}</ul></section>
      ) : null}
      <h2>Steps</h2>
      {run.steps.length === 0 ? <Empty>This run has no steps.</Empty> : (
        <ol className="timeline" aria-label="Steps timeline">
          {run.steps.map((s, i) => (
            <li key={s.name} className="timeline-row">
              <span className="timeline-name">{s.name} <span className="meta">{s.kind.toLowerCase()}</span></span>
              <span className="timeline-track" aria-hidden="true">
                <span className={`timeline-bar bar-${s.state.toLowerCase()}`} style={{ left: `${placed[i].left * 100}%`, width: `${placed[i].width * 100}%` }} />
              </span>
              <span className="timeline-facts"><StatusPill status={s.state} /> {s.startedAt && s.finishedAt ? formatDuration(Date.parse(s.finishedAt) - Date.parse(s.startedAt)) : ''} {s.rowsWritten != null ? `${formatNumber(s.rowsWritten)} rows` : ''} {s.reason ?? ''}</span>
            </li>
          ))}
        </ol>
      )}
      <h2>Attempts</h2>
      <ul className="plain-list">
        {run.attempts.map((a) => (
          <li key={a.runId}>{a.runId === run.id ? <strong>attempt {a.attempt}</strong> : <Link to={`/pipelines/runs/${a.runId}`}>attempt {a.attempt}</Link>} <StatusPill status={a.state} /> {a.reason ?? ''}</li>
        ))}
      </ul>
      {run.inputs.length + run.outputs.length > 0 ? (
        <>
          <h2>Lineage</h2>
          <p>Reads {run.inputs.map((d) => `${d.namespace}/${d.name}`).join(', ') || 'nothing reported'}; writes {run.outputs.map((d) => `${d.namespace}/${d.name}`).join(', ') || 'nothing reported'}.</p>
        </>
      ) : null}
    </Page>
  );
}
