import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button } from '@/components/Button';
import { Empty, Loading, Page } from '@/components/Page';
import { ProblemList, ProblemText } from '@/components/ProblemText';
import { RelativeTime } from '@/components/RelativeTime';
import { StatusPill } from '@/components/Status';
import { useCan } from '@/lib/auth/session';
import { useLiveQuery, useMutationAction, useRefreshOn } from '@/lib/graphql/hooks';
import { AnyBackupJobChanged, BackupJobList, CreateBackupJob } from './api';
import { statusWord, validateNewJob } from './status';

export function BackupsPage() {
  const list = useLiveQuery(BackupJobList, {});
  useRefreshOn(AnyBackupJobChanged, {}, list.refetch);
  const canEdit = useCan('OPERATOR');
  const jobs = list.data?.backupJobs.edges.map((e) => e.node) ?? [];
  return (
    <Page title="Backups">
      <ProblemText problem={list.problem} />
      {!list.data ? <Loading what="backup jobs" /> : jobs.length === 0 ? <Empty>No backup job yet.</Empty> : (
        <div className="table-wrap" tabIndex={0} role="group" aria-label="Table, scrolls sideways on narrow screens">
          <table aria-label="Backup jobs">
            <thead><tr><th>Job</th><th>Status</th><th>Last success</th><th>Next due</th><th className="num">Runs</th></tr></thead>
            <tbody>
              {jobs.map((j) => (
                <tr key={j.id} data-job={j.name}>
                  <td><Link to={`/backups/${j.id}`}>{j.name}</Link>{j.source ? <div className="meta">{j.source}</div> : null}</td>
                  <td data-testid="job-status"><StatusPill status={statusWord(j.status)} /></td>
                  <td><RelativeTime at={j.lastSuccessAt} empty="never" /></td>
                  <td><RelativeTime at={j.nextDueAt} /></td>
                  <td className="num">{j.runCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canEdit ? <NewJobForm onCreated={list.refetch} /> : null}
    </Page>
  );
}

function NewJobForm({ onCreated }: { onCreated: () => void }) {
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [source, setSource] = useState('');
  const [intervalMinutes, setIntervalMinutes] = useState('1440');
  const [graceMinutes, setGraceMinutes] = useState('60');
  const [invalid, setInvalid] = useState<{ field: string; text: string; rule: string }[]>([]);
  const create = useMutationAction(CreateBackupJob, (d) => d.createBackupJob.errors);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = validateNewJob({ name, intervalMinutes, graceMinutes });
    setInvalid(problems);
    if (problems.length > 0) return;
    const outcome = await create.run({ input: { name: name.trim(), source: source.trim() || null, intervalSeconds: Number(intervalMinutes) * 60, graceSeconds: Number(graceMinutes) * 60 } });
    const id = outcome.data?.createBackupJob.job?.id;
    if (id && outcome.problems.length === 0) { onCreated(); navigate(`/backups/${id}`); }
  }
  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby="new-job">
      <h2 id="new-job">New backup job</h2>
      <div className="form-grid">
        <label>Name<input value={name} onChange={(e) => setName(e.target.value)} /></label>
        <label>Source (optional)<input value={source} onChange={(e) => setSource(e.target.value)} /></label>
        <label>Expected every (minutes)<input inputMode="numeric" value={intervalMinutes} onChange={(e) => setIntervalMinutes(e.target.value)} /></label>
        <label>Grace (minutes)<input inputMode="numeric" value={graceMinutes} onChange={(e) => setGraceMinutes(e.target.value)} /></label>
        <Button type="submit" variant="primary" busy={create.inFlight} busyLabel="Creating…">Create job</Button>
      </div>
      <ProblemList problems={invalid} />
      <ProblemList problems={create.problems} />
    </form>
  );
}
