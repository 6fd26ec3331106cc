import type { Alert } from './api';

/** The live feed's state: every alert not resolved, by id. A resolved alert leaves the feed. */
export type Feed = ReadonlyMap<string, Alert>;

export function applyAlert(feed: Feed, alert: Alert): Feed {
  const next = new Map(feed);
  if (alert.status === 'RESOLVED') next.delete(alert.id);
  else next.set(alert.id, alert);
  return next;
}

export function newestFirst(feed: Feed): Alert[] {
  return [...feed.values()].sort((a, b) => b.lastRaisedAt.localeCompare(a.lastRaisedAt));
}

export function countOpen(feed: Feed): number {
  let n = 0;
  feed.forEach((a) => { if (a.status === 'OPEN') n += 1; });
  return n;
}

/** Where the alert's cause is shown in the UI, if anywhere. */
export function causeLink(alert: Pick<Alert, 'subjectType' | 'subjectId'>): { href: string; label: string } | undefined {
  if (!alert.subjectId) return undefined;
  switch (alert.subjectType) {
    case 'BackupJob': return { href: `/backups/${alert.subjectId}`, label: 'Open the backup job' };
    case 'Plan': return { href: `/plans/${alert.subjectId}`, label: 'Open the plan' };
    case 'PipelineRun': return { href: `/pipelines/runs/${alert.subjectId}`, label: 'Open the pipeline run' };
    case 'Pipeline': return { href: `/pipelines/${alert.subjectId}`, label: 'Open the pipeline' };
    default: return undefined;
  }
}
