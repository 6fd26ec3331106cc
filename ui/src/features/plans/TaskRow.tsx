import { useState } from 'react';
import { Button } from '@/components/Button';
import { ProblemList } from '@/components/ProblemText';
import { StatusPill } from '@/components/Status';
import { useCan } from '@/lib/auth/session';
import { useMutationAction } from '@/lib/graphql/hooks';
import { withNames } from '@/lib/graphql/names';
import type { TaskPriority, TaskStatus } from '@/gql/graphql';
import type { Phase, Plan, Task } from './api';
import { EditTask, MoveTask, RemoveTask, SetTaskPrerequisites, SetTaskStatus } from './mutations';
import { SimilarTasks } from './SimilarTasks';
import { TaskScheduleFields } from './TaskScheduleFields';
import { validateTask, type FieldProblem } from './validation';

const STATUSES: TaskStatus[] = ['TODO', 'IN_PROGRESS', 'DONE', 'BLOCKED'];

export function TaskRow({ plan, phase, task, index }: { plan: Plan; phase: Phase; task: Task; index: number }) {
  const canEdit = useCan('OPERATOR');
  const [mode, setMode] = useState<'view' | 'edit' | 'prerequisites'>('view');
  const status = useMutationAction(SetTaskStatus, (d) => d.setTaskStatus.errors);
  const move = useMutationAction(MoveTask, (d) => d.moveTask.errors);
  const remove = useMutationAction(RemoveTask, (d) => d.removeTask.errors);
  const byId = new Map(plan.phases.flatMap((p) => p.tasks).map((t) => [t.id, t]));
  const label = `task “${task.description}”`;
  const names = new Map([...byId].map(([id, t]) => [id, t.description]));

  return (
    <li className={`task task-${task.status.toLowerCase()}`} data-task={task.description} data-task-id={task.id}>
      <div className="task-main">
        {canEdit ? (
          <select aria-label={`Status of ${label}`} value={task.status} disabled={status.inFlight}
            onChange={(e) => void status.run({ input: { planId: plan.id, taskId: task.id, status: e.target.value as TaskStatus, basedOnRevision: plan.revision } })}>
            {STATUSES.map((s) => <option key={s} value={s}>{s.replace('_', ' ').toLowerCase()}</option>)}
          </select>
        ) : <StatusPill status={task.status} />}
        <span className="task-description">{task.description}</span>
        <StatusPill status={task.priority} tone={task.priority === 'CRITICAL' || task.priority === 'HIGH' ? 'warn' : 'muted'} />
        {task.dueDate ? <span className="meta">due {task.dueDate}</span> : null}
        {status.inFlight ? <span className="meta" role="status">saving…</span> : null}
      </div>
      {task.prerequisites.length > 0 ? (
        <p className="meta">Needs first: {task.prerequisites.map((id) => byId.get(id)?.description ?? 'a removed task').join(', ')}</p>
      ) : null}
      {canEdit && mode === 'view' ? (
        <div className="actions task-actions">
          <Button className="btn-small" onClick={() => setMode('edit')}>Edit</Button>
          <Button className="btn-small" onClick={() => setMode('prerequisites')}>Prerequisites</Button>
          <Button className="btn-small" aria-label={`Move ${label} up`} disabled={index === 0} busy={move.inFlight}
            onClick={() => void move.run({ input: { planId: plan.id, taskId: task.id, phaseId: phase.id, position: index - 1, basedOnRevision: plan.revision } })}>Up</Button>
          <Button className="btn-small" aria-label={`Move ${label} down`} disabled={index === phase.tasks.length - 1} busy={move.inFlight}
            onClick={() => void move.run({ input: { planId: plan.id, taskId: task.id, phaseId: phase.id, position: index + 1, basedOnRevision: plan.revision } })}>Down</Button>
          {plan.phases.length > 1 ? (
            <select aria-label={`Move ${label} to phase`} value="" onChange={(e) => e.target.value && void move.run({ input: { planId: plan.id, taskId: task.id, phaseId: e.target.value, basedOnRevision: plan.revision } })}>
              <option value="">Move to phase…</option>
              {plan.phases.filter((p) => p.id !== phase.id).map((p) => <option key={p.id} value={p.id}>{p.number}: {p.title}</option>)}
            </select>
          ) : null}
          <Button className="btn-small" variant="danger" busy={remove.inFlight} busyLabel="Removing…"
            onClick={() => void remove.run({ input: { planId: plan.id, taskId: task.id, basedOnRevision: plan.revision } })}>Remove</Button>
        </div>
      ) : null}
      {mode === 'view' ? <SimilarTasks taskId={task.id} /> : null}
      {mode === 'edit' ? <EditTaskForm plan={plan} task={task} onDone={() => setMode('view')} /> : null}
      {mode === 'prerequisites' ? <PrerequisitesForm plan={plan} task={task} onDone={() => setMode('view')} /> : null}
      <ProblemList problems={[...status.problems, ...move.problems, ...remove.problems].map((p) => withNames(p, names))} />
    </li>
  );
}

/** Keeps the revision the form was opened at: a change made meanwhile by someone else is detected. */
function EditTaskForm({ plan, task, onDone }: { plan: Plan; task: Task; onDone: () => void }) {
  const [basedOnRevision] = useState(plan.revision);
  const [description, setDescription] = useState(task.description);
  const [priority, setPriority] = useState<TaskPriority>(task.priority);
  const [dueDate, setDueDate] = useState(task.dueDate ?? '');
  const [invalid, setInvalid] = useState<FieldProblem[]>([]);
  const edit = useMutationAction(EditTask, (d) => d.editTask.errors);
  const [conflicted, setConflicted] = useState(false);

  async function save() {
    const problems = validateTask({ description, dueDate });
    setInvalid(problems);
    if (problems.length > 0) return;
    const outcome = await edit.run({ input: {
      planId: plan.id, taskId: task.id, basedOnRevision,
      description: description !== task.description ? description.trim() : null,
      priority: priority !== task.priority ? priority : null,
      dueDate: dueDate !== (task.dueDate ?? '') ? dueDate : null,
    } });
    const conflicts = outcome.data?.editTask.conflicts.filter((c) => !c.resolution) ?? [];
    if (conflicts.length > 0) { setConflicted(true); return; }
    if (outcome.problems.length === 0) onDone();
  }

  return (
    <div className="edit-task" role="group" aria-label={`Edit task “${task.description}”`}>
      <div className="form-grid">
        <label>Description<input value={description} onChange={(e) => setDescription(e.target.value)} /></label>
        <TaskScheduleFields priority={priority} onPriority={setPriority} dueDate={dueDate} onDueDate={setDueDate} />
        <Button variant="primary" onClick={save} busy={edit.inFlight} busyLabel="Saving…">Save task</Button>
        <Button variant="ghost" onClick={onDone}>{conflicted ? 'Close' : 'Cancel'}</Button>
      </div>
      {plan.revision !== basedOnRevision && !conflicted ? <p className="notice">The plan changed since you opened this form (revision {basedOnRevision} → {plan.revision}); saving compares your edit with those changes.</p> : null}
      {conflicted ? <p className="notice" role="status">Your edit met a change made meanwhile: it is listed under Open conflicts, side by side.</p> : null}
      <ProblemList problems={invalid} />
      <ProblemList problems={edit.problems.filter((p) => p.rule !== 'CONFLICT')} />
    </div>
  );
}

function PrerequisitesForm({ plan, task, onDone }: { plan: Plan; task: Task; onDone: () => void }) {
  const [chosen, setChosen] = useState<string[]>(task.prerequisites);
  const set = useMutationAction(SetTaskPrerequisites, (d) => d.setTaskPrerequisites.errors);
  const others = plan.phases.flatMap((p) => p.tasks).filter((t) => t.id !== task.id);
  return (
    <fieldset className="edit-task">
      <legend>Tasks that must be done before “{task.description}”</legend>
      {others.length === 0 ? <p className="empty">No other task in this plan.</p> : others.map((t) => (
        <label key={t.id} className="check">
          <input type="checkbox" checked={chosen.includes(t.id)} onChange={(e) => setChosen(e.target.checked ? [...chosen, t.id] : chosen.filter((x) => x !== t.id))} />
          {t.description}
        </label>
      ))}
      <div className="actions">
        <Button variant="primary" busy={set.inFlight} busyLabel="Saving…"
          onClick={async () => { const o = await set.run({ input: { planId: plan.id, taskId: task.id, prerequisites: chosen, basedOnRevision: plan.revision } }); if (o.problems.length === 0) onDone(); }}>Save prerequisites</Button>
        <Button variant="ghost" onClick={onDone}>Cancel</Button>
      </div>
      <ProblemList problems={set.problems} />
    </fieldset>
  );
}
