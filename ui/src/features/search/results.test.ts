import { describe, expect, it } from 'vitest';
import { grouped, linkOf, snippetParts, type Hit } from './results';

const hit = (kind: string, id: string, planId?: string): Hit =>
  ({ kind, entityId: id, planId, title: id, snippet: '' }) as Hit;

describe('search results', () => {
  it('groups hits by kind in display order, keeping the ranking inside a group', () => {
    const groups = grouped([hit('TASK', 't1', 'p'), hit('PLAN', 'p1'), hit('TASK', 't2', 'p'), hit('ALERT', 'a1')]);
    expect(groups.map((g) => [g.label, g.hits.map((h) => h.entityId)])).toEqual([
      ['Plans', ['p1']], ['Tasks', ['t1', 't2']], ['Alerts', ['a1']],
    ]);
  });

  it('opens a task inside its plan', () => {
    expect(linkOf(hit('TASK', 't1', 'p1'))).toBe('/plans/p1?task=t1');
    expect(linkOf(hit('PLAN', 'p1'))).toBe('/plans/p1');
  });

  it('reads marks and unescapes the rest, never interpreting other markup', () => {
    expect(snippetParts('Renew <mark>TLS</mark> &lt;b&gt; &amp; co')).toEqual([
      { text: 'Renew ', marked: false }, { text: 'TLS', marked: true }, { text: ' <b> & co', marked: false },
    ]);
  });
});
