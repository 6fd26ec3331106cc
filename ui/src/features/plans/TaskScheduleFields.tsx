import type { TaskPriority } from '@/gql/graphql';

const PRIORITIES: TaskPriority[] = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];

/** The priority and due-date fields of a task, the same when it is added and when it is edited. */
export function TaskScheduleFields({ priority, onPriority, dueDate, onDueDate }: {
  priority: TaskPriority;
  onPriority: (priority: TaskPriority) => void;
  dueDate: string;
  onDueDate: (dueDate: string) => void;
}) {
  return (
    <>
      <label>Priority
        <select value={priority} onChange={(e) => onPriority(e.target.value as TaskPriority)}>
          {PRIORITIES.map((p) => <option key={p} value={p}>{p.toLowerCase()}</option>)}
        </select>
      </label>
      <label>Due date<input type="date" value={dueDate} onChange={(e) => onDueDate(e.target.value)} /></label>
    </>
  );
}
