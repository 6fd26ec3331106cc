import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Button } from '@/components/Button';
import { Empty, Loading, Page } from '@/components/Page';
import { ProblemList, ProblemText } from '@/components/ProblemText';
import { RelativeTime } from '@/components/RelativeTime';
import { useCan } from '@/lib/auth/session';
import { useLiveQuery, useMutationAction } from '@/lib/graphql/hooks';
import { CreateDashboard, DashboardList } from './api';
import { DashboardView } from './DashboardPage';

export function DashboardsPage() {
  const [params] = useSearchParams();
  const list = useLiveQuery(DashboardList, {});
  const canEdit = useCan('OPERATOR');
  const dashboards = list.data?.dashboards.edges.map((e) => e.node) ?? [];
  // A wall screen opened at /dashboards?kiosk shows the first dashboard (Operations) full screen.
  if (params.has('kiosk') && dashboards[0]) return <DashboardView id={dashboards[0].id} />;
  return (
    <Page title="Dashboards">
      <ProblemText problem={list.problem} />
      {!list.data ? <Loading what="dashboards" /> : dashboards.length === 0 ? <Empty>No dashboard yet.</Empty> : (
        <ul className="card-list">
          {dashboards.map((d) => (
            <li key={d.id} className="card">
              <Link to={`/dashboards/${d.id}`}><strong>{d.name}</strong></Link>
              <span className="meta"> · {d.widgets.length} widgets · changed <RelativeTime at={d.updatedAt} /> · </span>
              <Link to={`/dashboards/${d.id}?kiosk`}>wall screen (kiosk)</Link>
            </li>
          ))}
        </ul>
      )}
      {canEdit ? <NewDashboard /> : null}
    </Page>
  );
}

function NewDashboard() {
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const create = useMutationAction(CreateDashboard, (d) => d.createDashboard.errors);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const outcome = await create.run({ input: { name: name.trim() } });
    const id = outcome.data?.createDashboard.dashboard?.id;
    if (id && outcome.problems.length === 0) navigate(`/dashboards/${id}`);
  }
  return (
    <form className="card inline-form" onSubmit={submit}>
      <label htmlFor="new-dashboard">New dashboard</label>
      <input id="new-dashboard" value={name} onChange={(e) => setName(e.target.value)} />
      <Button type="submit" busy={create.inFlight} busyLabel="Creating…">Create dashboard</Button>
      <ProblemList problems={create.problems} />
    </form>
  );
}
