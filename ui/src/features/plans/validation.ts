/** Checks made before sending, with the server's rule names; the server checks again. */
export interface FieldProblem { field: string; text: string; rule: string }

export function validateNewPlan(input: { title: string; version: string }): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (input.title.trim().length === 0) problems.push({ field: 'title', text: 'Give the plan a title.', rule: 'TITLE_REQUIRED' });
  if (input.title.length > 200) problems.push({ field: 'title', text: 'A title has at most 200 characters.', rule: 'TITLE_TOO_LONG' });
  if (!/^v\d+$/.test(input.version.trim())) problems.push({ field: 'version', text: 'The version is "v" followed by digits, e.g. v55.', rule: 'VERSION_FORMAT' });
  return problems;
}

export function validateTask(input: { description: string; dueDate: string }): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (input.description.trim().length === 0) problems.push({ field: 'description', text: 'Describe the task.', rule: 'DESCRIPTION_REQUIRED' });
  if (input.dueDate && !isCalendarDate(input.dueDate)) problems.push({ field: 'dueDate', text: 'The due date is a calendar date, YYYY-MM-DD.', rule: 'DUE_DATE_FORMAT' });
  return problems;
}

export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
