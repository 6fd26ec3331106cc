import { Link } from 'react-router';
import { countOpen } from './feed';
import { useAlertFeed } from './useAlertFeed';

/** The header's count of open alerts, live on every page. */
export function OpenAlertBadge() {
  const { feed } = useAlertFeed();
  const open = countOpen(feed);
  return (
    <Link to="/alerts" className={`alert-badge${open > 0 ? ' alert-badge-active' : ''}`} data-testid="open-alert-badge" data-count={open}>
      Alerts <span className="alert-badge-count">{open}</span><span className="visually-hidden"> open</span>
    </Link>
  );
}
