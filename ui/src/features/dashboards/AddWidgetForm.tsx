import { useState, type FormEvent } from 'react';
import { Button } from '@/components/Button';
import { ProblemList } from '@/components/ProblemText';
import { useMutationAction } from '@/lib/graphql/hooks';
import type { WidgetType } from '@/gql/graphql';
import { AddWidget, DATA_SOURCES, type Dashboard } from './api';
import { validateWidget } from './placement';
import { WIDGET_TYPES } from './widgets/types';

export function AddWidgetForm({ dashboard, onAdded }: { dashboard: Dashboard; onAdded: () => void }) {
  const bottom = dashboard.widgets.reduce((max, w) => Math.max(max, w.y + w.h), 0);
  const [form, setForm] = useState({ id: '', title: '', type: 'COUNTER' as WidgetType, dataSource: DATA_SOURCES[0], x: 0, y: bottom, w: 4, h: 2 });
  const [invalid, setInvalid] = useState<{ field: string; text: string; rule: string }[]>([]);
  const add = useMutationAction(AddWidget, (d) => d.addWidget.errors);
  const set = (patch: Partial<typeof form>) => setForm({ ...form, ...patch });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = validateWidget(form);
    setInvalid(problems);
    if (problems.length > 0) return;
    const { id, title, type, dataSource, x, y, w, h } = form;
    const outcome = await add.run({ input: { dashboardId: dashboard.id, basedOnRevision: dashboard.revision, widget: { id, title: title || null, type, dataSource, x, y, w, h } } });
    if (outcome.problems.length === 0) { setForm({ ...form, id: '', title: '', y: bottom + h }); onAdded(); }
  }
  const num = (field: 'x' | 'y' | 'w' | 'h') => (
    <label>{field}<input type="number" min={field === 'w' || field === 'h' ? 1 : 0} value={form[field]} onChange={(e) => set({ [field]: Number(e.target.value) })} /></label>
  );
  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby="add-widget">
      <h2 id="add-widget">Add a widget</h2>
      <div className="form-grid">
        <label>Id<input value={form.id} onChange={(e) => set({ id: e.target.value })} placeholder="failed-runs" /></label>
        <label>Title<input value={form.title} onChange={(e) => set({ title: e.target.value })} /></label>
        <label>Type<select value={form.type} onChange={(e) => set({ type: e.target.value as WidgetType })}>{WIDGET_TYPES.map((t) => <option key={t} value={t}>{t.toLowerCase()}</option>)}</select></label>
        <label>Data source<select value={form.dataSource} onChange={(e) => set({ dataSource: e.target.value })}>{DATA_SOURCES.map((s) => <option key={s}>{s}</option>)}</select></label>
        {num('x')}{num('y')}{num('w')}{num('h')}
        <Button type="submit" busy={add.inFlight} busyLabel="Adding…">Add widget</Button>
      </div>
      <ProblemList problems={invalid} />
      <ProblemList problems={add.problems} />
    </form>
  );
}
