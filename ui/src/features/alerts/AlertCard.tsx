import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Button } from '@/components/Button';
import { ProblemList } from '@/components/ProblemText';
import { RelativeTime } from '@/components/RelativeTime';
import { StatusPill } from '@/components/Status';
import { useCan } from '@/lib/auth/session';
import { useMutationAction } from '@/lib/graphql/hooks';
import { AcknowledgeAlert, ResolveAlert, type Alert } from './api';
import { causeLink } from './feed';

export function AlertCard({ alert }: { alert: Alert }) {
  const canAct = useCan('OPERATOR');
  const [mode, setMode] = useState<'idle' | 'ack' | 'resolve'>('idle');
  const [text, setText] = useState('');
  const ack = useMutationAction(AcknowledgeAlert, (d) => d.acknowledgeAlert.errors);
  const resolve = useMutationAction(ResolveAlert, (d) => d.resolveAlert.errors);
  const cause = causeLink(alert);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const outcome = mode === 'ack'
      ? await ack.run({ input: { id: alert.id, comment: text.trim() || null } })
      : await resolve.run({ input: { id: alert.id, reason: text.trim() || null } });
    if (outcome.problems.length === 0) { setMode('idle'); setText(''); }
  }

  return (
    <li className={`card alert-card severity-${alert.severity.toLowerCase()}`} data-alert-kind={alert.kind} data-alert-id={alert.id}>
      <div className="alert-head">
        <StatusPill status={alert.severity} />
        <StatusPill status={alert.status} />
        <strong className="alert-title">{alert.title}</strong>
        {alert.occurrences > 1 ? <span className="occurrences" title="Times raised while open">×{alert.occurrences}</span> : null}
      </div>
      {alert.message ? <p className="alert-message">{alert.message}</p> : null}
      <p className="meta">
        {alert.kind.replaceAll('_', ' ').toLowerCase()} · raised <RelativeTime at={alert.raisedAt} />
        {alert.occurrences > 1 ? <> · last <RelativeTime at={alert.lastRaisedAt} /></> : null}
        {cause ? <> · <Link to={cause.href}>{cause.label}</Link></> : null}
      </p>
      {alert.status === 'ACKNOWLEDGED' ? (
        <p className="meta">Acknowledged by {alert.acknowledgedBy ?? 'someone'} <RelativeTime at={alert.acknowledgedAt} />{alert.acknowledgeComment ? `: “${alert.acknowledgeComment}”` : ''}</p>
      ) : null}
      {canAct && mode === 'idle' ? (
        <div className="actions">
          {alert.status === 'OPEN' ? <Button onClick={() => setMode('ack')}>Acknowledge</Button> : null}
          <Button onClick={() => setMode('resolve')}>Resolve</Button>
        </div>
      ) : null}
      {canAct && mode !== 'idle' ? (
        <form className="inline-form" onSubmit={submit}>
          <label htmlFor={`alert-text-${alert.id}`}>{mode === 'ack' ? 'Comment (optional)' : 'Reason (optional)'}</label>
          <input id={`alert-text-${alert.id}`} value={text} onChange={(e) => setText(e.target.value)} autoFocus maxLength={2000} />
          <Button type="submit" variant="primary" busy={ack.inFlight || resolve.inFlight} busyLabel="Saving…">{mode === 'ack' ? 'Acknowledge' : 'Resolve'}</Button>
          <Button variant="ghost" onClick={() => { setMode('idle'); ack.clear(); resolve.clear(); }}>Cancel</Button>
        </form>
      ) : null}
      <ProblemList problems={[...ack.problems, ...resolve.problems]} />
    </li>
  );
}
