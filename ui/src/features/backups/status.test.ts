import { describe, expect, it } from 'vitest';
import { pingUrls, statusWord, validateNewJob } from './status';

describe('backup jobs', () => {
  it('calls a job that never ran NEW', () => {
    expect(statusWord('NEVER_RAN')).toBe('NEW');
    expect(statusWord('LATE')).toBe('LATE');
  });

  it('gives the ping addresses with curl lines', () => {
    const urls = pingUrls('http://ops:8080', 'abc');
    expect(urls.map((u) => u.url)).toEqual(['http://ops:8080/ping/abc', 'http://ops:8080/ping/abc/start', 'http://ops:8080/ping/abc/fail', 'http://ops:8080/ping/abc/$?']);
    expect(urls[0].curl).toBe('curl -fsS -m 10 --retry 5 -o /dev/null http://ops:8080/ping/abc');
  });

  it('checks the new job form', () => {
    expect(validateNewJob({ name: 'db', intervalMinutes: '60', graceMinutes: '0' })).toEqual([]);
    expect(validateNewJob({ name: '', intervalMinutes: '0', graceMinutes: '-1' }).map((p) => p.field)).toEqual(['name', 'intervalMinutes', 'graceMinutes']);
  });
});
