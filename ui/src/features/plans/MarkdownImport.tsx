import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Button } from '@/components/Button';
import { ProblemList } from '@/components/ProblemText';
import { useMutationAction } from '@/lib/graphql/hooks';
import { ImportPlanMarkdown } from './api';

/** Import a plan from Markdown (upload or paste): a new plan, or an update of `planId`. */
export function MarkdownImport({ planId, onImported }: { planId?: string; onImported?: () => void }) {
  const [markdown, setMarkdown] = useState('');
  const run = useMutationAction(ImportPlanMarkdown, (d) => d.importPlanMarkdown.errors.filter((e) => e.code !== 'CONFLICT'));
  const [result, setResult] = useState<{ id: string; title: string; conflicts: number } | undefined>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setResult(undefined);
    const outcome = await run.run({ input: { markdown, planId: planId ?? null } });
    const plan = outcome.data?.importPlanMarkdown.plan;
    if (plan) {
      setResult({ id: plan.id, title: plan.title, conflicts: outcome.data?.importPlanMarkdown.conflicts.length ?? 0 });
      onImported?.();
    }
  }

  return (
    <form className="card" onSubmit={submit} aria-labelledby={`import-${planId ?? 'new'}`}>
      <h2 id={`import-${planId ?? 'new'}`}>{planId ? 'Import an edited copy' : 'Import a plan from Markdown'}</h2>
      <label htmlFor={`import-file-${planId ?? 'new'}`}>Markdown file</label>{' '}
      <input id={`import-file-${planId ?? 'new'}`} type="file" accept=".md,text/markdown,text/plain"
        onChange={(e) => { const f = e.target.files?.[0]; if (f) void f.text().then(setMarkdown); }} />
      <label htmlFor={`import-text-${planId ?? 'new'}`} className="block-label">…or paste it</label>
      <textarea id={`import-text-${planId ?? 'new'}`} rows={6} value={markdown} onChange={(e) => setMarkdown(e.target.value)} />
      <div className="actions">
        <Button type="submit" variant="primary" busy={run.inFlight} busyLabel="Importing…" disabled={markdown.trim() === ''}>Import</Button>
      </div>
      <ProblemList problems={run.problems} />
      {result ? (
        <p className="notice" role="status">
          Imported <Link to={`/plans/${result.id}`}>{result.title}</Link>
          {result.conflicts > 0 ? `, with ${result.conflicts} conflict${result.conflicts === 1 ? '' : 's'} (see the plan)` : ''}.
        </p>
      ) : null}
    </form>
  );
}
