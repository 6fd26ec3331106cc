import { useSyncExternalStore } from 'react';
import { exactTime, relativeTime } from '@/lib/time';

// One clock for every relative time on the page: redraws "3 minutes ago" as time passes.
const listeners = new Set<() => void>();
let now = Date.now();
let timer: ReturnType<typeof setInterval> | undefined;
function subscribe(listener: () => void) {
  listeners.add(listener);
  if (!timer) {
    now = Date.now();
    timer = setInterval(() => { now = Date.now(); listeners.forEach((l) => l()); }, 15_000);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) { clearInterval(timer); timer = undefined; }
  };
}

/** A relative time with the exact time on hover (and for screen readers, in dateTime). */
export function RelativeTime({ at, empty = '—' }: { at: string | null | undefined; empty?: string }) {
  const current = useSyncExternalStore(subscribe, () => now, () => now);
  if (!at) return <span>{empty}</span>;
  const date = new Date(at);
  return (
    <time dateTime={at} title={exactTime(date)}>
      {/* The shared clock may lag by one tick: an instant just after it still reads "just now". */}
      {date.getTime() > current && date.getTime() - current < 20_000 ? 'just now' : relativeTime(date, new Date(current))}
    </time>
  );
}
