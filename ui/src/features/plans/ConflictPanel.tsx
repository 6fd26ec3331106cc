import { useState } from 'react';
import { Button } from '@/components/Button';
import { ProblemList } from '@/components/ProblemText';
import { RelativeTime } from '@/components/RelativeTime';
import { useCan } from '@/lib/auth/session';
import { useMutationAction } from '@/lib/graphql/hooks';
import type { ConflictResolution } from '@/gql/graphql';
import type { Conflict, Plan } from './api';
import { ResolveConflict } from './mutations';

/** Open conflicts, each side by side: the value it was based on, the stored one, the incoming one. */
export function ConflictPanel({ plan }: { plan: Plan }) {
  if (plan.openConflicts.length === 0) return null;
  return (
    <section className="card conflicts" aria-labelledby="conflicts-title">
      <h2 id="conflicts-title">Open conflicts ({plan.openConflicts.length})</h2>
      <p className="meta">A change based on an older revision met a field that had changed since. The plan keeps the stored value until you decide.</p>
      {plan.openConflicts.map((c) => <ConflictItem key={c.id} plan={plan} conflict={c} />)}
    </section>
  );
}

function ConflictItem({ plan, conflict }: { plan: Plan; conflict: Conflict }) {
  const canEdit = useCan('OPERATOR');
  const resolve = useMutationAction(ResolveConflict, (d) => d.resolveConflict.errors);
  const [edited, setEdited] = useState<string | undefined>();
  const where = describeEntity(plan, conflict.entityId);
  const act = (resolution: ConflictResolution, editedValue?: string) =>
    resolve.run({ input: { planId: plan.id, conflictId: conflict.id, resolution, editedValue: editedValue ?? null } });

  return (
    <article className="conflict" data-conflict-id={conflict.id} aria-label={`Conflict on ${conflict.field}`}>
      <h3>{conflict.field} of {where}</h3>
      <p className="meta">{conflict.type.replaceAll('_', ' ').toLowerCase()} · based on revision {conflict.basedOnRevision} · detected <RelativeTime at={conflict.detectedAt} /></p>
      <div className="conflict-sides">
        <div className="side"><h4>Base (revision {conflict.basedOnRevision})</h4><pre data-side="base">{conflict.base ?? '∅'}</pre></div>
        <div className="side side-current"><h4>Stored now</h4><pre data-side="current">{conflict.current ?? '∅'}</pre></div>
        <div className="side side-incoming"><h4>Incoming</h4><pre data-side="incoming">{conflict.incoming ?? '∅'}</pre></div>
      </div>
      {canEdit ? (
        <div className="actions">
          <Button onClick={() => void act('KEPT_CURRENT')} busy={resolve.inFlight}>Keep stored</Button>
          <Button onClick={() => void act('TOOK_INCOMING')} busy={resolve.inFlight}>Take incoming</Button>
          {edited === undefined ? <Button variant="ghost" onClick={() => setEdited(conflict.incoming ?? conflict.current ?? '')}>Write another value…</Button> : (
            <span className="inline-form">
              <label htmlFor={`edit-${conflict.id}`}>Value</label>
              <input id={`edit-${conflict.id}`} value={edited} onChange={(e) => setEdited(e.target.value)} />
              <Button variant="primary" busy={resolve.inFlight} onClick={() => void act('EDITED', edited)}>Save value</Button>
            </span>
          )}
        </div>
      ) : null}
      <ProblemList problems={resolve.problems} />
    </article>
  );
}

function describeEntity(plan: Plan, id: string): string {
  if (id === plan.id) return 'the plan';
  for (const phase of plan.phases) {
    if (phase.id === id) return `phase ${phase.number} “${phase.title}”`;
    const task = phase.tasks.find((t) => t.id === id);
    if (task) return `task “${task.description}”`;
  }
  return 'a removed item';
}
