import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button } from '@/components/Button';
import { Empty, Loading, Page } from '@/components/Page';
import { ProblemList, ProblemText } from '@/components/ProblemText';
import { RelativeTime } from '@/components/RelativeTime';
import { ProgressBar, StatusPill } from '@/components/Status';
import { useCan } from '@/lib/auth/session';
import { useLiveQuery, useMutationAction, useRefreshOn } from '@/lib/graphql/hooks';
import type { ConflictStrategy } from '@/gql/graphql';
import { CreatePlan, PlanList, PlanLive } from './api';
import { MarkdownImport } from './MarkdownImport';
import { validateNewPlan, type FieldProblem } from './validation';

export const STRATEGIES: ConflictStrategy[] = ['AUTO_MERGE', 'MANUAL', 'SOURCE_PRIORITY', 'TARGET_PRIORITY'];

/** Re-reads the list when this plan changes (the API streams changes per plan). */
function WatchPlan({ id, onChange }: { id: string; onChange: () => void }) {
  useRefreshOn(PlanLive, { id, includeCurrent: false }, onChange, { delayMs: 300 });
  return null;
}

export function PlansPage() {
  const list = useLiveQuery(PlanList, {});
  const canEdit = useCan('OPERATOR');
  const plans = list.data?.plans.edges.map((e) => e.node) ?? [];
  return (
    <Page title="Plans">
      {plans.map((p) => <WatchPlan key={p.id} id={p.id} onChange={list.refetch} />)}
      {canEdit ? <NewPlanForm onCreated={list.refetch} /> : null}
      <ProblemText problem={list.problem} />
      {!list.data ? <Loading what="plans" /> : plans.length === 0 ? <Empty>No plan yet.</Empty> : (
        <div className="table-wrap" tabIndex={0} role="group" aria-label="Table, scrolls sideways on narrow screens">
          <table aria-label="Plans">
            <thead><tr><th>Plan</th><th>Version</th><th>Status</th><th>Progress</th><th className="num">Tasks</th><th>Conflicts</th><th>Changed</th></tr></thead>
            <tbody>
              {plans.map((p) => (
                <tr key={p.id}>
                  <td><Link to={`/plans/${p.id}`}>{p.title}</Link></td>
                  <td>{p.version}</td>
                  <td><StatusPill status={p.status} /></td>
                  <td><ProgressBar value={p.progress} label={`Progress of ${p.title}`} /></td>
                  <td className="num">{p.doneTaskCount}/{p.taskCount}</td>
                  <td>{p.openConflictCount > 0 ? <StatusPill status={`${p.openConflictCount} open`} tone="bad" /> : '—'}</td>
                  <td><RelativeTime at={p.updatedAt} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canEdit ? <MarkdownImport onImported={list.refetch} /> : null}
    </Page>
  );
}

function NewPlanForm({ onCreated }: { onCreated: () => void }) {
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [version, setVersion] = useState('v1');
  const [strategy, setStrategy] = useState<ConflictStrategy>('AUTO_MERGE');
  const [invalid, setInvalid] = useState<FieldProblem[]>([]);
  const create = useMutationAction(CreatePlan, (d) => d.createPlan.errors);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = validateNewPlan({ title, version });
    setInvalid(problems);
    if (problems.length > 0) return;
    const outcome = await create.run({ input: { title: title.trim(), version: version.trim(), conflictStrategy: strategy } });
    const id = outcome.data?.createPlan.plan?.id;
    if (id && outcome.problems.length === 0) { onCreated(); navigate(`/plans/${id}`); }
  }
  const problemFor = (field: string) => invalid.find((p) => p.field === field);

  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby="new-plan">
      <h2 id="new-plan">New plan</h2>
      <div className="form-grid">
        <label>Title<input name="title" value={title} onChange={(e) => setTitle(e.target.value)} aria-invalid={problemFor('title') ? true : undefined} /></label>
        <label>Version<input name="version" value={version} onChange={(e) => setVersion(e.target.value)} aria-invalid={problemFor('version') ? true : undefined} /></label>
        <label>Conflict strategy
          <select value={strategy} onChange={(e) => setStrategy(e.target.value as ConflictStrategy)}>
            {STRATEGIES.map((s) => <option key={s} value={s}>{s.replaceAll('_', ' ').toLowerCase()}</option>)}
          </select>
        </label>
        <Button type="submit" variant="primary" busy={create.inFlight} busyLabel="Creating…">Create plan</Button>
      </div>
      <ProblemList problems={invalid} />
      <ProblemList problems={create.problems} />
    </form>
  );
}
