/** A widget's cells on the 12-column grid. */
export interface Placement { x: number; y: number; w: number; h: number }

export const COLUMNS = 12;

/**
 * The placement after dragging by (dx, dy) cells: 'move' shifts the widget, 'resize' grows its
 * bottom-right corner. Kept inside the grid here; overlaps are the server's rule to judge.
 */
export function dragTo(from: Placement, mode: 'move' | 'resize', dx: number, dy: number): Placement {
  if (mode === 'move') {
    return { ...from, x: clamp(from.x + dx, 0, COLUMNS - from.w), y: Math.max(0, from.y + dy) };
  }
  return { ...from, w: clamp(from.w + dx, 1, COLUMNS - from.x), h: Math.max(1, from.h + dy) };
}

export function samePlacement(a: Placement, b: Placement): boolean {
  return a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h;
}

/** Arrow keys as cell steps. */
export function keyStep(key: string): [number, number] | undefined {
  switch (key) {
    case 'ArrowLeft': return [-1, 0];
    case 'ArrowRight': return [1, 0];
    case 'ArrowUp': return [0, -1];
    case 'ArrowDown': return [0, 1];
    default: return undefined;
  }
}

export function validateWidget(input: { id: string; x: number; y: number; w: number; h: number }): { field: string; text: string; rule: string }[] {
  const problems = [];
  if (!/^[a-z0-9][a-z0-9-]*$/.test(input.id)) problems.push({ field: 'id', text: 'The widget id is lower-case letters, digits and dashes, e.g. failed-runs.', rule: 'WIDGET_ID_REQUIRED' });
  if (input.x < 0 || input.y < 0 || input.w < 1 || input.h < 1 || input.x + input.w > COLUMNS) {
    problems.push({ field: 'placement', text: `The widget must fit the ${COLUMNS} columns: x from 0, width at least 1, x + width at most ${COLUMNS}.`, rule: 'WIDGET_OUTSIDE_GRID' });
  }
  return problems;
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}
