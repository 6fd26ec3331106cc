import { useState } from 'react';
import { useClient } from 'urql';
import { Button } from '@/components/Button';
import { ProblemList, ProblemText } from '@/components/ProblemText';
import { RelativeTime } from '@/components/RelativeTime';
import { ProgressBar, StatusPill } from '@/components/Status';
import { useCan } from '@/lib/auth/session';
import { fromCombinedError, type Problem } from '@/lib/graphql/errors';
import { useMutationAction } from '@/lib/graphql/hooks';
import type { ConflictStrategy, PlanStatus } from '@/gql/graphql';
import { PlanMarkdown, type Plan } from './api';
import { ChangeConflictStrategy, ChangePlanStatus, RenamePlan } from './mutations';

const STATUSES: PlanStatus[] = ['DRAFT', 'ACTIVE', 'COMPLETED', 'ARCHIVED'];
const STRATEGIES: ConflictStrategy[] = ['AUTO_MERGE', 'MANUAL', 'SOURCE_PRIORITY', 'TARGET_PRIORITY'];

export function PlanHeader({ plan }: { plan: Plan }) {
  const canEdit = useCan('OPERATOR');
  const rename = useMutationAction(RenamePlan, (d) => d.renamePlan.errors);
  const status = useMutationAction(ChangePlanStatus, (d) => d.changePlanStatus.errors);
  const strategy = useMutationAction(ChangeConflictStrategy, (d) => d.changeConflictStrategy.errors);
  const [title, setTitle] = useState<string | undefined>();
  const [revisionAtEdit, setRevisionAtEdit] = useState(plan.revision);

  return (
    <div className="card plan-header">
      <div className="plan-facts">
        <span>Version <strong>{plan.version}</strong></span>
        <StatusPill status={plan.status} />
        <span>Revision {plan.revision}</span>
        <span>Changed <RelativeTime at={plan.updatedAt} /></span>
        <ProgressBar value={plan.progress} label={`Progress of ${plan.title}`} />
        <ExportButton plan={plan} />
      </div>
      {canEdit ? (
        <div className="inline-form">
          {title === undefined ? (
            <Button onClick={() => { setTitle(plan.title); setRevisionAtEdit(plan.revision); }}>Rename</Button>
          ) : (
            <>
              <label htmlFor="plan-title">Title</label>
              <input id="plan-title" value={title} onChange={(e) => setTitle(e.target.value)} />
              <Button variant="primary" busy={rename.inFlight} busyLabel="Saving…"
                onClick={async () => { const o = await rename.run({ input: { id: plan.id, title, basedOnRevision: revisionAtEdit } }); if (o.problems.length === 0) setTitle(undefined); }}>Save title</Button>
              <Button variant="ghost" onClick={() => { setTitle(undefined); rename.clear(); }}>Cancel</Button>
            </>
          )}
          <label htmlFor="plan-status">Status</label>
          <select id="plan-status" value={plan.status} disabled={status.inFlight}
            onChange={(e) => void status.run({ input: { id: plan.id, status: e.target.value as PlanStatus, basedOnRevision: plan.revision } })}>
            {STATUSES.map((s) => <option key={s} value={s}>{s.toLowerCase()}</option>)}
          </select>
          <label htmlFor="plan-strategy">Conflict strategy</label>
          <select id="plan-strategy" value={plan.conflictStrategy} disabled={strategy.inFlight}
            onChange={(e) => void strategy.run({ input: { id: plan.id, strategy: e.target.value as ConflictStrategy } })}>
            {STRATEGIES.map((s) => <option key={s} value={s}>{s.replaceAll('_', ' ').toLowerCase()}</option>)}
          </select>
        </div>
      ) : <p className="meta">Conflict strategy: {plan.conflictStrategy.replaceAll('_', ' ').toLowerCase()}</p>}
      <ProblemList problems={[...rename.problems, ...status.problems, ...strategy.problems]} />
    </div>
  );
}

/** Downloads the plan as the Markdown file the server renders (round-trips through import). */
function ExportButton({ plan }: { plan: Plan }) {
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | undefined>();
  async function download() {
    setBusy(true);
    setProblem(undefined);
    const result = await client.query(PlanMarkdown, { id: plan.id }, { requestPolicy: 'network-only' }).toPromise();
    setBusy(false);
    if (result.error) { setProblem(fromCombinedError(result.error)); return; }
    const markdown = result.data?.plan?.markdown;
    if (!markdown) { setProblem({ text: 'The plan is gone.', rule: 'NOT_FOUND' }); return; }
    const url = URL.createObjectURL(new Blob([markdown], { type: 'text/markdown' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${plan.title.replace(/[^\w.-]+/g, '-').toLowerCase()}-${plan.version}.md`;
    a.click();
    URL.revokeObjectURL(url);
  }
  return (
    <>
      <Button onClick={download} busy={busy} busyLabel="Preparing…">Export Markdown</Button>
      <ProblemText problem={problem} />
    </>
  );
}
