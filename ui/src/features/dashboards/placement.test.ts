import { describe, expect, it } from 'vitest';
import { dragTo, keyStep, validateWidget } from './placement';

describe('dragging on the 12-column grid', () => {
  it('moves by whole cells and stays inside the columns', () => {
    expect(dragTo({ x: 0, y: 0, w: 6, h: 4 }, 'move', 3, 2)).toEqual({ x: 3, y: 2, w: 6, h: 4 });
    expect(dragTo({ x: 4, y: 0, w: 6, h: 4 }, 'move', 5, -3)).toEqual({ x: 6, y: 0, w: 6, h: 4 });
  });

  it('resizes from the bottom-right corner, at least one cell, never past column 12', () => {
    expect(dragTo({ x: 6, y: 2, w: 3, h: 2 }, 'resize', 10, -5)).toEqual({ x: 6, y: 2, w: 6, h: 1 });
  });

  it('reads arrow keys as steps', () => {
    expect(keyStep('ArrowLeft')).toEqual([-1, 0]);
    expect(keyStep('Enter')).toBeUndefined();
  });

  it('checks a new widget before sending it', () => {
    expect(validateWidget({ id: 'failed-runs', x: 0, y: 8, w: 6, h: 3 })).toEqual([]);
    expect(validateWidget({ id: 'Failed Runs', x: 10, y: 0, w: 6, h: 3 }).map((p) => p.rule)).toEqual(['WIDGET_ID_REQUIRED', 'WIDGET_OUTSIDE_GRID']);
  });
});
