import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { Problem } from '@/lib/graphql/errors';
import { useMutationAction } from '@/lib/graphql/hooks';
import { MoveWidget, RemoveWidget, type Dashboard, type Widget } from './api';
import { COLUMNS, dragTo, keyStep, samePlacement, type Placement } from './placement';
import { WidgetCell } from './WidgetCell';

const ROW_HEIGHT = 80;
const GAP = 12;

interface Drag { widgetId: string; mode: 'move' | 'resize'; startX: number; startY: number; from: Placement; to: Placement }

/** The 12-column grid; in edit mode, widgets move and resize by pointer or keyboard. */
export function DashboardGrid({ dashboard, editing, onActivity, onChanged }: { dashboard: Dashboard; editing: boolean; onActivity: () => void; onChanged: () => void }) {
  const gridRef = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<Drag | undefined>();
  const [refusals, setRefusals] = useState<Record<string, Problem | undefined>>({});
  const move = useMutationAction(MoveWidget, (d) => d.moveWidget.errors);
  const remove = useMutationAction(RemoveWidget, (d) => d.removeWidget.errors);

  async function place(widget: Widget, to: Placement) {
    if (samePlacement(widget, to)) return;
    const { x, y, w, h } = to; // a widget carries more fields than the input takes
    const outcome = await move.run({ input: { dashboardId: dashboard.id, widgetId: widget.id, x, y, w, h, basedOnRevision: dashboard.revision } });
    setRefusals((r) => ({ ...r, [widget.id]: outcome.problems[0] }));
    onChanged();
  }

  function cellSize() {
    const width = gridRef.current?.clientWidth ?? 1200;
    return { col: (width - GAP * (COLUMNS - 1)) / COLUMNS + GAP, row: ROW_HEIGHT + GAP };
  }

  const onPointerDown = (widget: Widget, mode: Drag['mode']) => (e: PointerEvent<HTMLElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    setDrag({ widgetId: widget.id, mode, startX: e.clientX, startY: e.clientY, from: widget, to: widget });
  };
  const onPointerMove = (e: PointerEvent<HTMLElement>) => {
    if (!drag) return;
    const size = cellSize();
    const to = dragTo(drag.from, drag.mode, Math.round((e.clientX - drag.startX) / size.col), Math.round((e.clientY - drag.startY) / size.row));
    if (!samePlacement(to, drag.to)) setDrag({ ...drag, to });
  };
  const onPointerUp = (widget: Widget) => () => {
    if (drag?.widgetId === widget.id) void place(widget, drag.to);
    setDrag(undefined);
  };
  const onKey = (widget: Widget, mode: Drag['mode']) => (e: KeyboardEvent<HTMLElement>) => {
    const step = keyStep(e.key);
    if (!step) return;
    e.preventDefault();
    void place(widget, dragTo(widget, mode, step[0], step[1]));
  };

  return (
    <div ref={gridRef} className={`dashboard-grid${editing ? ' editing' : ''}`} style={{ gridAutoRows: `${ROW_HEIGHT}px`, gap: `${GAP}px` }} onPointerMove={onPointerMove}>
      {dashboard.widgets.map((widget) => {
        const shown = drag?.widgetId === widget.id ? drag.to : widget;
        return (
          <WidgetCell key={widget.id} dashboardId={dashboard.id} widget={widget} placement={shown} onActivity={onActivity}
            dragging={drag?.widgetId === widget.id}
            refusal={refusals[widget.id]}
            edit={editing ? {
              moveHandle: { onPointerDown: onPointerDown(widget, 'move'), onPointerUp: onPointerUp(widget), onKeyDown: onKey(widget, 'move') },
              resizeHandle: { onPointerDown: onPointerDown(widget, 'resize'), onPointerUp: onPointerUp(widget), onKeyDown: onKey(widget, 'resize') },
              busy: move.inFlight || remove.inFlight,
              remove: async () => {
                const outcome = await remove.run({ input: { dashboardId: dashboard.id, widgetId: widget.id, basedOnRevision: dashboard.revision } });
                setRefusals((r) => ({ ...r, [widget.id]: outcome.problems[0] }));
                onChanged();
              },
            } : undefined} />
        );
      })}
    </div>
  );
}
