import { describe, expect, it } from 'vitest';
import { isCalendarDate, validateNewPlan, validateTask } from './validation';

describe('plan forms', () => {
  it('wants a title and a version of the form v55', () => {
    expect(validateNewPlan({ title: 'Release', version: 'v55' })).toEqual([]);
    expect(validateNewPlan({ title: ' ', version: '55' }).map((p) => p.rule)).toEqual(['TITLE_REQUIRED', 'VERSION_FORMAT']);
  });

  it('wants a task description and a real calendar date', () => {
    expect(validateTask({ description: 'Ship', dueDate: '' })).toEqual([]);
    expect(validateTask({ description: 'Ship', dueDate: '2026-02-30' }).map((p) => p.field)).toEqual(['dueDate']);
    expect(validateTask({ description: '', dueDate: '2026-12-01' }).map((p) => p.rule)).toEqual(['DESCRIPTION_REQUIRED']);
  });

  it('knows calendar dates', () => {
    expect(isCalendarDate('2026-12-31')).toBe(true);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('31.12.2026')).toBe(false);
  });
});
