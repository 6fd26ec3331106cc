import { Link, useParams } from 'react-router';
import { CopyButton } from '@/components/CopyButton';
import { Empty, Loading, Page } from '@/components/Page';
import { ProblemText } from '@/components/ProblemText';
import { RelativeTime } from '@/components/RelativeTime';
import { StatusPill } from '@/components/Status';
import { useLiveQuery, useSubscriptionValue } from '@/lib/graphql/hooks';
import { formatBytes, formatDuration } from '@/lib/time';
import { BackupJobDetail, BackupJobLive, type BackupJob } from './api';
import { pingUrls, statusWord } from './status';

export function BackupJobPage() {
  const { jobId = '' } = useParams();
  const query = useLiveQuery(BackupJobDetail, { id: jobId });
  const live = useSubscriptionValue(BackupJobLive, { id: jobId });
  const fromQuery = query.data?.backupJob;
  const fromLive = live.data?.backupJobUpdated;
  // Whichever is newer: the subscription pushes changes, the query re-reads after a reconnect.
  const job = fromLive && (!fromQuery || fromLive.revision >= fromQuery.revision) ? fromLive : fromQuery;
  if (!job) {
    return (
      <Page title="Backup job">
        <p><Link to="/backups">All backup jobs</Link></p>
        {query.problem ? <ProblemText problem={query.problem} /> : query.data ? <Empty>There is no backup job with this id.</Empty> : <Loading what="the job" />}
      </Page>
    );
  }
  return <JobView job={job} />;
}

function JobView({ job }: { job: BackupJob }) {
  const retained = new Set(job.retained.map((r) => r.id));
  return (
    <Page title={job.name}>
      <p><Link to="/backups">All backup jobs</Link></p>
      <div className="card facts">
        <span data-testid="job-status"><StatusPill status={statusWord(job.status)} /></span>
        <span>Last success <RelativeTime at={job.lastSuccessAt} empty="never" /></span>
        <span>Last failure <RelativeTime at={job.lastFailureAt} empty="never" /></span>
        <span>Next due <RelativeTime at={job.nextDueAt} /></span>
        <span>Every {formatDuration(job.intervalSeconds * 1000)}, grace {formatDuration(job.graceSeconds * 1000)}</span>
        <span>Keeps {job.retention.keepDaily} daily, {job.retention.keepWeekly} weekly, {job.retention.keepMonthly} monthly</span>
      </div>

      <h2>Ping addresses</h2>
      <p className="meta">Call these from the backup script; the ping id is the job's secret.</p>
      <ul className="plain-list ping-list">
        {pingUrls(window.location.origin, job.pingUuid).map((p) => (
          <li key={p.label} className="card">
            <strong>{p.label}</strong>
            <div className="copy-line"><code>{p.url}</code><CopyButton text={p.url} label={`${p.label.toLowerCase()} URL`} /></div>
            <div className="copy-line"><code>{p.curl}</code><CopyButton text={p.curl} label={`${p.label.toLowerCase()} curl line`} /></div>
          </li>
        ))}
      </ul>

      <h2>Runs</h2>
      {job.runs.length === 0 ? <Empty>No run reported yet.</Empty> : (
        <div className="table-wrap" tabIndex={0} role="group" aria-label="Table, scrolls sideways on narrow screens">
          <table aria-label="Runs">
            <thead><tr><th>Status</th><th>Finished</th><th>Duration</th><th className="num">Size</th><th>SHA-256</th><th>Verified</th><th>Tier</th><th>Expiry</th><th>Detail</th></tr></thead>
            <tbody>
              {job.runs.map((r) => (
                <tr key={r.id}>
                  <td><StatusPill status={r.status} /> <span className="meta">{r.origin.toLowerCase()}</span></td>
                  <td><RelativeTime at={r.finishedAt ?? r.startedAt} /></td>
                  <td>{formatDuration(r.durationMillis)}</td>
                  <td className="num">{formatBytes(r.sizeBytes)}</td>
                  <td>{r.sha256 ? <code title={r.sha256}>{r.sha256.slice(0, 12)}…</code> : '—'}</td>
                  <td>{r.status === 'VERIFICATION_FAILED' ? <StatusPill status="FAILED" /> : r.verifiedAt ? <RelativeTime at={r.verifiedAt} /> : 'not yet'}</td>
                  <td>{r.tier ? r.tier.toLowerCase() : '—'}{retained.has(r.id) ? <span className="meta"> (kept)</span> : null}</td>
                  <td>{r.expiredAt ? <>expired <RelativeTime at={r.expiredAt} /></> : '—'}</td>
                  <td>{r.reason ?? (r.exitStatus != null ? `exit status ${r.exitStatus}` : '')}{r.fileName ? <code> {r.fileName}</code> : null}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Page>
  );
}
