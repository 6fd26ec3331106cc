import { describe, expect, it } from 'vitest';
import { anomalyWords, placeSteps } from './timeline';

describe('a run timeline', () => {
  it('places steps by their start and end within the run', () => {
    const placed = placeSteps([
      { name: 'extract', startedAt: '2026-01-01T00:00:00Z', finishedAt: '2026-01-01T00:00:10Z' },
      { name: 'load', startedAt: '2026-01-01T00:00:10Z', finishedAt: '2026-01-01T00:00:40Z' },
      { name: 'report' },
    ], Date.parse('2026-01-01T00:01:00Z'));
    expect(placed[0]).toEqual({ name: 'extract', left: 0, width: 0.25, open: false });
    expect(placed[1]).toEqual({ name: 'load', left: 0.25, width: 0.75, open: false });
    expect(placed[2].width).toBe(0);
  });

  it('stretches a running step to now', () => {
    const placed = placeSteps([{ name: 'x', startedAt: '2026-01-01T00:00:00Z' }], Date.parse('2026-01-01T00:00:30Z'));
    expect(placed[0]).toEqual({ name: 'x', left: 0, width: 1, open: true });
  });

  it('says an anomaly with the numbers that made it one', () => {
    expect(anomalyWords({ metric: 'ROWS_WRITTEN', value: 10, median: 1000, mad: 20, k: 3, historySize: 12, lowerBound: 911, upperBound: 1089 }))
      .toBe('rows written 10 is below the expected range 911–1,089 (median 1,000 ± 3·MAD 20 over 12 runs)');
  });
});
