import { useState } from 'react';
import { Empty, Page } from '@/components/Page';
import { RelativeTime } from '@/components/RelativeTime';
import { StatusPill } from '@/components/Status';
import { useLiveQuery, useRefreshOn } from '@/lib/graphql/hooks';
import type { AlertKind, AlertSeverity } from '@/gql/graphql';
import { AlertStream, ResolvedAlerts } from './api';
import { AlertCard } from './AlertCard';
import { newestFirst } from './feed';
import { useAlertFeed } from './useAlertFeed';

const SEVERITIES: AlertSeverity[] = ['INFO', 'WARNING', 'CRITICAL'];
const KINDS: AlertKind[] = [
  'BACKUP_OVERDUE', 'BACKUP_FAILED', 'BACKUP_VERIFICATION_FAILED', 'PIPELINE_RUN_FAILED', 'PIPELINE_RUN_TIMED_OUT',
  'PIPELINE_RUN_ANOMALY', 'PLAN_CONFLICT', 'PLAN_TASK_OVERDUE', 'EVENT_PARKED', 'MANUAL',
];

export function AlertsPage() {
  const [minSeverity, setMinSeverity] = useState<AlertSeverity | ''>('');
  const [kinds, setKinds] = useState<AlertKind[]>([]);
  const { feed, ready } = useAlertFeed(minSeverity || undefined, kinds);
  const alerts = newestFirst(feed);
  const open = alerts.filter((a) => a.status === 'OPEN');
  const acknowledged = alerts.filter((a) => a.status === 'ACKNOWLEDGED');
  const resolved = useLiveQuery(ResolvedAlerts, { minSeverity: minSeverity || null });
  useRefreshOn(AlertStream, {}, resolved.refetch, { delayMs: 300 });

  return (
    <Page title="Alerts">
      <div className="counts" aria-label="Alert counts">
        <span><strong data-testid="count-open">{open.length}</strong> open</span>
        <span><strong>{acknowledged.length}</strong> acknowledged</span>
        {SEVERITIES.map((s) => (
          <span key={s}><StatusPill status={s} /> {alerts.filter((a) => a.severity === s).length}</span>
        ))}
      </div>
      <fieldset className="filters">
        <legend>Filter</legend>
        <label>
          Severity at least{' '}
          <select value={minSeverity} onChange={(e) => setMinSeverity(e.target.value as AlertSeverity | '')}>
            <option value="">any</option>
            {SEVERITIES.map((s) => <option key={s} value={s}>{s.toLowerCase()}</option>)}
          </select>
        </label>
        <div className="kind-filters" role="group" aria-label="Kinds">
          {KINDS.map((k) => (
            <label key={k} className="check">
              <input type="checkbox" checked={kinds.includes(k)} onChange={(e) => setKinds(e.target.checked ? [...kinds, k] : kinds.filter((x) => x !== k))} />
              {k.replaceAll('_', ' ').toLowerCase()}
            </label>
          ))}
        </div>
      </fieldset>

      <h2>Live feed</h2>
      {!ready ? <p role="status">Connecting to the live feed…</p> : alerts.length === 0 ? <Empty>No open or acknowledged alert{kinds.length || minSeverity ? ' matches the filter' : ''}.</Empty> : (
        <ul className="alert-list" aria-label="Open and acknowledged alerts" data-testid="alert-feed">
          {alerts.map((a) => <AlertCard key={a.id} alert={a} />)}
        </ul>
      )}

      <h2>Recently resolved</h2>
      {resolved.data && resolved.data.alerts.edges.length > 0 ? (
        <ul className="plain-list">
          {resolved.data.alerts.edges.map(({ node }) => (
            <li key={node.id}>
              <StatusPill status={node.severity} /> {node.title} — resolved <RelativeTime at={node.resolvedAt} />
              {node.resolvedAutomatically ? ' automatically' : node.resolvedBy ? ` by ${node.resolvedBy}` : ''}
              {node.resolveReason ? `: ${node.resolveReason}` : ''}
            </li>
          ))}
        </ul>
      ) : <Empty>None yet.</Empty>}
    </Page>
  );
}
