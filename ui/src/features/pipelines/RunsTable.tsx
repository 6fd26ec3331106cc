import { Link } from 'react-router';
import { RelativeTime } from '@/components/RelativeTime';
import { StatusPill } from '@/components/Status';
import { formatDuration, formatNumber } from '@/lib/time';
import type { RunRow } from './api';
import { anomalyWords } from './timeline';

export function RunsTable({ runs, label }: { runs: readonly RunRow[]; label: string }) {
  return (
    <div className="table-wrap" tabIndex={0} role="group" aria-label="Table, scrolls sideways on narrow screens">
      <table aria-label={label}>
        <thead><tr><th>Run</th><th>State</th><th>Started</th><th>Duration</th><th className="num">Rows read</th><th className="num">Rows written</th><th>Retries</th><th>Anomalies</th></tr></thead>
        <tbody>
          {runs.map((r) => (
            <tr key={r.id} data-run-state={r.state}>
              <td><Link to={`/pipelines/runs/${r.id}`}>{r.id.slice(0, 8)}</Link></td>
              <td><StatusPill status={r.state} />{r.reason ? <div className="meta">{r.reason}</div> : null}</td>
              <td><RelativeTime at={r.startedAt ?? r.queuedAt} /></td>
              <td>{formatDuration(r.durationMillis)}</td>
              <td className="num">{formatNumber(r.rowsRead)}</td>
              <td className="num">{formatNumber(r.rowsWritten)}</td>
              <td>{r.attempt > 1 ? `attempt ${r.attempt}` : '—'}{r.retriedBy ? <div className="meta">retried</div> : null}</td>
              <td>{r.anomalies.length === 0 ? '—' : r.anomalies.map((a) => <div key={a.metric} className="anomaly">{anomalyWords(a)}</div>)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
