import { Suspense, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { ProblemText } from '@/components/ProblemText';
import type { Problem } from '@/lib/graphql/errors';
import { useSubscriptionEvents } from '@/lib/graphql/hooks';
import { WidgetLive, type Widget, type WidgetData } from './api';
import type { Placement } from './placement';
import { renderWidget } from './widgets/registry';

interface HandleProps {
  onPointerDown: (e: PointerEvent<HTMLElement>) => void;
  onPointerUp: () => void;
  onKeyDown: (e: KeyboardEvent<HTMLElement>) => void;
}

export interface EditControls { moveHandle: HandleProps; resizeHandle: HandleProps; busy: boolean; remove: () => Promise<void> }

/** One widget: its live data (a subscription of its own) drawn by the registry's component. */
export function WidgetCell({ dashboardId, widget, placement, onActivity, edit, dragging, refusal }: {
  dashboardId: string; widget: Widget; placement: Placement; onActivity: () => void; edit?: EditControls; dragging: boolean; refusal?: Problem;
}) {
  const [data, setData] = useState<WidgetData | undefined>();
  const [problem, setProblem] = useState<Problem | undefined>();
  useSubscriptionEvents(WidgetLive, { dashboardId, widgetId: widget.id }, (d) => { setData(d.widgetData); setProblem(undefined); onActivity(); }, { onProblem: setProblem });
  const title = widget.title ?? widget.id;
  return (
    <article className={`widget${dragging ? ' dragging' : ''}`} data-widget={widget.id} aria-labelledby={`w-${widget.id}`}
      style={{ gridColumn: `${placement.x + 1} / span ${placement.w}`, gridRow: `${placement.y + 1} / span ${placement.h}` }}>
      <header className="widget-head">
        <h2 id={`w-${widget.id}`}>{title}</h2>
        {edit ? (
          <span className="widget-tools">
            <button type="button" className="handle" aria-label={`Move ${title} (arrow keys)`} disabled={edit.busy} {...edit.moveHandle}>✥</button>
            <button type="button" className="btn btn-ghost btn-small" onClick={() => void edit.remove()} disabled={edit.busy}>Remove</button>
          </span>
        ) : null}
      </header>
      <div className="widget-body" tabIndex={0} role="group" aria-labelledby={`w-${widget.id}`}>
        {problem ? <ProblemText problem={problem} /> : !data ? <p className="loading">Waiting for data…</p> : (
          <Suspense fallback={<p className="loading">Loading chart…</p>}>{renderWidget(widget.type, { title, data })}</Suspense>
        )}
      </div>
      {refusal ? <ProblemText problem={refusal} /> : null}
      {edit ? <button type="button" className="handle resize-handle" aria-label={`Resize ${title} (arrow keys)`} disabled={edit.busy} {...edit.resizeHandle}>◢</button> : null}
    </article>
  );
}
