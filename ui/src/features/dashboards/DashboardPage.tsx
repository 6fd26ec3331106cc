import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { Button } from '@/components/Button';
import { ConnectionIndicator } from '@/components/ConnectionIndicator';
import { Empty, Loading, Page } from '@/components/Page';
import { ProblemText } from '@/components/ProblemText';
import { useCan } from '@/lib/auth/session';
import { useLiveQuery } from '@/lib/graphql/hooks';
import { DashboardDetail } from './api';
import { AddWidgetForm } from './AddWidgetForm';
import { DashboardGrid } from './DashboardGrid';

export function DashboardPage() {
  const { dashboardId = '' } = useParams();
  return <DashboardView id={dashboardId} />;
}

export function DashboardView({ id }: { id: string }) {
  const [params] = useSearchParams();
  const kiosk = params.has('kiosk');
  const query = useLiveQuery(DashboardDetail, { id });
  const canEdit = useCan('OPERATOR') && !kiosk;
  const [editing, setEditing] = useState(false);
  const { refetch } = query;
  // A widget's data arrives again when its dashboard changes: re-read the layout then (debounced).
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const onActivity = useCallback(() => {
    if (timer.current) return;
    timer.current = setTimeout(() => { timer.current = undefined; refetch(); }, 500);
  }, [refetch]);

  const dashboard = query.data?.dashboard;
  if (!dashboard) {
    return (
      <Page title="Dashboard">
        {query.problem ? <ProblemText problem={query.problem} /> : query.data ? <Empty>There is no dashboard with this id.</Empty> : <Loading what="the dashboard" />}
      </Page>
    );
  }
  const grid = <DashboardGrid dashboard={dashboard} editing={editing} onActivity={onActivity} onChanged={refetch} />;
  if (kiosk) {
    return (
      <section className="kiosk-dashboard" aria-labelledby="page-title">
        <div className="kiosk-head"><h1 id="page-title">{dashboard.name}</h1><ConnectionIndicator /></div>
        {grid}
      </section>
    );
  }
  return (
    <Page title={dashboard.name} actions={
      <>
        <Link className="btn btn-ghost" to={`/dashboards/${dashboard.id}?kiosk`}>Wall screen</Link>
        {canEdit ? <Button variant={editing ? 'primary' : 'secondary'} aria-pressed={editing} onClick={() => setEditing(!editing)}>{editing ? 'Done editing' : 'Edit layout'}</Button> : null}
      </>
    }>
      {editing ? <p className="notice">Drag a widget by its ✥ handle, resize it by its ◢ corner, or focus a handle and use the arrow keys. The server checks every change; a refusal is shown on the widget.</p> : null}
      {grid}
      {editing ? <AddWidgetForm dashboard={dashboard} onAdded={refetch} /> : null}
    </Page>
  );
}
