import { describe, expect, it } from 'vitest';
import { withNames } from './names';

describe('ids in messages', () => {
  it('become the names the screen shows', () => {
    const names = new Map([['cf78c92d-5aab-411b-8573-b481f58b8486', 'Tag release'], ['ca9a6932-44fd-49af-bb29-56da2671e340', 'Freeze branch']]);
    const problem = { text: 'task cf78c92d-5aab-411b-8573-b481f58b8486 cannot be DONE while prerequisites [ca9a6932-44fd-49af-bb29-56da2671e340] are not DONE', rule: 'PREREQUISITE_NOT_DONE' };
    expect(withNames(problem, names)).toEqual({ text: 'task “Tag release” cannot be DONE while prerequisites “Freeze branch” are not DONE', rule: 'PREREQUISITE_NOT_DONE' });
  });

  it('leave unknown ids as they are', () => {
    expect(withNames({ text: 'no 11111111-2222-3333-4444-555555555555' }, new Map()).text).toBe('no 11111111-2222-3333-4444-555555555555');
  });
});
