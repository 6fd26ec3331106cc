/** A status word with a colour; the word itself carries the meaning (never colour alone). */
export function StatusPill({ status, tone }: { status: string; tone?: 'ok' | 'warn' | 'bad' | 'info' | 'muted' }) {
  return <span className={`pill pill-${tone ?? toneOf(status)}`}>{status.replaceAll('_', ' ')}</span>;
}

const TONES: Record<string, 'ok' | 'warn' | 'bad' | 'info' | 'muted'> = {
  OK: 'ok', SUCCEEDED: 'ok', VERIFIED: 'ok', DONE: 'ok', COMPLETED: 'ok', RESOLVED: 'ok', ACTIVE: 'info',
  LATE: 'warn', WARNING: 'warn', ACKNOWLEDGED: 'warn', IN_PROGRESS: 'info', RUNNING: 'info', QUEUED: 'muted', STARTED: 'info',
  FAILED: 'bad', CRITICAL: 'bad', OPEN: 'bad', TIMED_OUT: 'bad', VERIFICATION_FAILED: 'bad', BLOCKED: 'bad',
  NEVER_RAN: 'muted', NEW: 'muted', TODO: 'muted', DRAFT: 'muted', ARCHIVED: 'muted', CANCELLED: 'muted', EXPIRED: 'muted', INFO: 'info', PENDING: 'muted',
};

export function toneOf(status: string): 'ok' | 'warn' | 'bad' | 'info' | 'muted' {
  return TONES[status] ?? 'muted';
}

export function ProgressBar({ value, label }: { value: number; label: string }) {
  const rounded = Math.round(value);
  return (
    <div className="progress" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={rounded}>
      <div className="progress-fill" style={{ width: `${Math.max(0, Math.min(100, value))}%` }} />
      <span className="progress-text">{rounded}%</span>
    </div>
  );
}
