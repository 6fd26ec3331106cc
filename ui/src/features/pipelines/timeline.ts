/** Where each step sits on a run's timeline, as fractions (0..1) of the run's span. */
export interface Placed { name: string; left: number; width: number; open: boolean }

export function placeSteps(
  steps: readonly { name: string; startedAt?: string | null; finishedAt?: string | null }[],
  now: number,
): Placed[] {
  const times = steps.flatMap((s) => [s.startedAt, s.finishedAt]).filter((t): t is string => !!t).map((t) => Date.parse(t));
  if (times.length === 0) return steps.map((s) => ({ name: s.name, left: 0, width: 0, open: false }));
  const start = Math.min(...times);
  const open = steps.some((s) => s.startedAt && !s.finishedAt);
  const end = Math.max(...times, open ? now : 0);
  const span = Math.max(1, end - start);
  return steps.map((s) => {
    if (!s.startedAt) return { name: s.name, left: 0, width: 0, open: false };
    const from = Date.parse(s.startedAt);
    const to = s.finishedAt ? Date.parse(s.finishedAt) : end;
    return { name: s.name, left: (from - start) / span, width: Math.max(0.005, (to - from) / span), open: !s.finishedAt };
  });
}

export function anomalyWords(a: { metric: string; value: number; median: number; lowerBound: number; upperBound: number; historySize: number; k: number; mad: number }): string {
  const what = a.metric === 'DURATION_MILLIS' ? 'duration (ms)' : 'rows written';
  const side = a.value > a.upperBound ? 'above' : 'below';
  return `${what} ${fmt(a.value)} is ${side} the expected range ${fmt(a.lowerBound)}–${fmt(a.upperBound)} (median ${fmt(a.median)} ± ${fmt(a.k)}·MAD ${fmt(a.mad)} over ${a.historySize} runs)`;
}

const fmt = (n: number) => new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(n);
