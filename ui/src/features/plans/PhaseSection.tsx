import { useState, type FormEvent } from 'react';
import { Button } from '@/components/Button';
import { ProblemList } from '@/components/ProblemText';
import { ProgressBar } from '@/components/Status';
import { useCan } from '@/lib/auth/session';
import { useMutationAction } from '@/lib/graphql/hooks';
import type { TaskPriority } from '@/gql/graphql';
import type { Phase, Plan } from './api';
import { AddTask } from './mutations';
import { TaskRow } from './TaskRow';
import { TaskScheduleFields } from './TaskScheduleFields';
import { validateTask, type FieldProblem } from './validation';

export function PhaseSection({ plan, phase }: { plan: Plan; phase: Phase }) {
  const canEdit = useCan('OPERATOR');
  return (
    <section className="card phase" aria-labelledby={`phase-${phase.id}`}>
      <div className="phase-head">
        <h2 id={`phase-${phase.id}`}>Phase {phase.number}: {phase.title}</h2>
        <ProgressBar value={phase.progress} label={`Progress of phase ${phase.number}`} />
      </div>
      {phase.tasks.length === 0 ? <p className="empty">No task in this phase.</p> : (
        <ul className="task-list">
          {phase.tasks.map((task, index) => <TaskRow key={task.id} plan={plan} phase={phase} task={task} index={index} />)}
        </ul>
      )}
      {canEdit ? <AddTaskForm plan={plan} phase={phase} /> : null}
    </section>
  );
}

function AddTaskForm({ plan, phase }: { plan: Plan; phase: Phase }) {
  const [description, setDescription] = useState('');
  const [priority, setPriority] = useState<TaskPriority>('MEDIUM');
  const [dueDate, setDueDate] = useState('');
  const [prerequisites, setPrerequisites] = useState<string[]>([]);
  const [invalid, setInvalid] = useState<FieldProblem[]>([]);
  const add = useMutationAction(AddTask, (d) => d.addTask.errors);
  const allTasks = plan.phases.flatMap((p) => p.tasks);
  const id = `add-task-${phase.id}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = validateTask({ description, dueDate });
    setInvalid(problems);
    if (problems.length > 0) return;
    const outcome = await add.run({ input: { planId: plan.id, phaseId: phase.id, description: description.trim(), priority, dueDate: dueDate || null, prerequisites } });
    if (outcome.problems.length === 0) { setDescription(''); setDueDate(''); setPrerequisites([]); }
  }

  return (
    <form className="add-task" onSubmit={submit} noValidate aria-label={`Add a task to phase ${phase.number}`}>
      <div className="form-grid">
        <label>New task<input name="description" value={description} onChange={(e) => setDescription(e.target.value)} aria-invalid={invalid.some((p) => p.field === 'description') || undefined} /></label>
        <TaskScheduleFields priority={priority} onPriority={setPriority} dueDate={dueDate} onDueDate={setDueDate} />
        {allTasks.length > 0 ? (
          <label>Prerequisites
            <select multiple id={`${id}-pre`} value={prerequisites} onChange={(e) => setPrerequisites([...e.target.selectedOptions].map((o) => o.value))} size={Math.min(4, allTasks.length)}>
              {allTasks.map((t) => <option key={t.id} value={t.id}>{t.description}</option>)}
            </select>
          </label>
        ) : null}
        <Button type="submit" busy={add.inFlight} busyLabel="Adding…">Add task</Button>
      </div>
      <ProblemList problems={invalid} />
      <ProblemList problems={add.problems} />
    </form>
  );
}
