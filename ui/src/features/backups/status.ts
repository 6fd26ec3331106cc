import type { BackupJobStatus } from '@/gql/graphql';

/** Healthchecks' words: a job that never reported is NEW. */
export function statusWord(status: BackupJobStatus): string {
  return status === 'NEVER_RAN' ? 'NEW' : status;
}

/** The ping addresses of a job, as Healthchecks gives them, with ready-to-paste curl lines. */
export function pingUrls(origin: string, uuid: string): { label: string; url: string; curl: string }[] {
  const base = `${origin}/ping/${uuid}`;
  const curl = (url: string) => `curl -fsS -m 10 --retry 5 -o /dev/null ${url}`;
  return [
    { label: 'Success', url: base, curl: curl(base) },
    { label: 'Start', url: `${base}/start`, curl: curl(`${base}/start`) },
    { label: 'Failure', url: `${base}/fail`, curl: curl(`${base}/fail`) },
    { label: 'Exit status', url: `${base}/$?`, curl: `backup.sh; ${curl(`${base}/$?`)}` },
  ];
}

export function validateNewJob(input: { name: string; intervalMinutes: string; graceMinutes: string }): { field: string; text: string; rule: string }[] {
  const problems = [];
  if (!input.name.trim()) problems.push({ field: 'name', text: 'Name the job.', rule: 'NAME_REQUIRED' });
  const interval = Number(input.intervalMinutes);
  if (!Number.isInteger(interval) || interval < 1) problems.push({ field: 'intervalMinutes', text: 'The interval is a whole number of minutes, at least 1.', rule: 'INTERVAL_POSITIVE' });
  const grace = Number(input.graceMinutes);
  if (!Number.isInteger(grace) || grace < 0) problems.push({ field: 'graceMinutes', text: 'The grace period is a whole number of minutes, 0 or more.', rule: 'GRACE_NOT_NEGATIVE' });
  return problems;
}
