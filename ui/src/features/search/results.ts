import type { SearchKind } from '@/gql/graphql';

export interface Hit {
  kind: SearchKind;
  entityId: string;
  planId?: string | null;
  title: string;
  snippet: string;
  status?: string | null;
}

/** Display order of the groups, and each group's heading. */
export const GROUPS: { kind: SearchKind; label: string }[] = [
  { kind: 'PLAN' as SearchKind, label: 'Plans' },
  { kind: 'TASK' as SearchKind, label: 'Tasks' },
  { kind: 'CONFLICT' as SearchKind, label: 'Conflicts' },
  { kind: 'ALERT' as SearchKind, label: 'Alerts' },
  { kind: 'PIPELINE' as SearchKind, label: 'Pipelines' },
  { kind: 'BACKUP_JOB' as SearchKind, label: 'Backup jobs' },
];

/** Hits grouped by kind in display order; within a group, the server's ranking. */
export function grouped(hits: Hit[]): { label: string; hits: Hit[] }[] {
  return GROUPS.map(({ kind, label }) => ({ label, hits: hits.filter((hit) => hit.kind === kind) }))
    .filter((group) => group.hits.length > 0);
}

/** Where a hit opens. */
export function linkOf(hit: Hit): string {
  switch (hit.kind) {
    case 'PLAN': return `/plans/${hit.entityId}`;
    case 'TASK': return `/plans/${hit.planId}?task=${hit.entityId}`;
    case 'CONFLICT': return `/plans/${hit.planId}?conflict=${hit.entityId}`;
    case 'ALERT': return `/alerts?alert=${hit.entityId}`;
    case 'PIPELINE': return `/pipelines/${hit.entityId}`;
    case 'BACKUP_JOB': return `/backups/${hit.entityId}`;
    default: return '/';
  }
}

/** The snippet's text and marked parts: the server escapes the text and adds only <mark> tags. */
export function snippetParts(snippet: string): { text: string; marked: boolean }[] {
  const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return snippet.split(/(<mark>.*?<\/mark>)/).filter((part) => part.length > 0).map((part) =>
    part.startsWith('<mark>')
      ? { text: unescape(part.slice(6, -7)), marked: true }
      : { text: unescape(part), marked: false });
}
