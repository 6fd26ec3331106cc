import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { Button } from '@/components/Button';
import { Loading, Page } from '@/components/Page';
import { ProblemList, ProblemText } from '@/components/ProblemText';
import { useCan } from '@/lib/auth/session';
import { useMutationAction, useSubscriptionValue } from '@/lib/graphql/hooks';
import { PlanLive, type Plan } from './api';
import { ConflictPanel } from './ConflictPanel';
import { MarkdownImport } from './MarkdownImport';
import { AddPhase } from './mutations';
import { PhaseSection } from './PhaseSection';
import { PlanHeader } from './PlanHeader';

export function PlanDetailPage() {
  const { planId = '' } = useParams();
  // The subscription starts with the plan as it stands, then every change: no separate query needed.
  const { data, problem } = useSubscriptionValue(PlanLive, { id: planId, includeCurrent: true });
  const plan = data?.planUpdated;
  if (!plan) {
    return (
      <Page title="Plan">
        <p><Link to="/plans">All plans</Link></p>
        {problem ? <ProblemText problem={problem} /> : <Loading what="the plan" />}
      </Page>
    );
  }
  return <PlanView plan={plan} />;
}

function PlanView({ plan }: { plan: Plan }) {
  const canEdit = useCan('OPERATOR');
  return (
    <Page title={plan.title}>
      <p><Link to="/plans">All plans</Link></p>
      <PlanHeader plan={plan} />
      <ConflictPanel plan={plan} />
      {plan.phases.map((phase) => <PhaseSection key={phase.id} plan={plan} phase={phase} />)}
      {canEdit ? <AddPhaseForm plan={plan} /> : null}
      {canEdit ? <MarkdownImport planId={plan.id} /> : null}
    </Page>
  );
}

function AddPhaseForm({ plan }: { plan: Plan }) {
  const [title, setTitle] = useState('');
  const add = useMutationAction(AddPhase, (d) => d.addPhase.errors);
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!title.trim()) return;
    const outcome = await add.run({ input: { planId: plan.id, title: title.trim() } });
    if (outcome.problems.length === 0) setTitle('');
  }
  return (
    <form className="card inline-form" onSubmit={submit}>
      <label htmlFor="new-phase">New phase</label>
      <input id="new-phase" value={title} onChange={(e) => setTitle(e.target.value)} placeholder="Phase title" />
      <Button type="submit" busy={add.inFlight} busyLabel="Adding…" disabled={!title.trim()}>Add phase</Button>
      <ProblemList problems={add.problems} />
    </form>
  );
}
