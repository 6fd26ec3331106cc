import { Suspense } from 'react';
import { NavLink } from 'react-router';
import { ConnectionIndicator } from '@/components/ConnectionIndicator';
import { useSession } from '@/lib/auth/session';
import { OpenAlertBadge } from '@/features/alerts/OpenAlertBadge';
import { headerSlots, routes } from './routes';
import type { Theme } from './theme';

export function Header({ theme, onTheme }: { theme: Theme; onTheme: (t: Theme) => void }) {
  const { session, signOut } = useSession();
  return (
    <header className="app-header">
      <a className="skip-link" href="#main">Skip to content</a>
      <div className="brand"><NavLink to="/">Opsledger</NavLink></div>
      <nav aria-label="Main" className="main-nav">
        <ul>
          {routes.filter((r) => r.label).map((r) => (
            <li key={r.path}>
              <NavLink to={`/${r.path}`}>{r.label}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="header-tools">
        {headerSlots.map(({ id, Component }) => (
          <Suspense key={id} fallback={null}><Component /></Suspense>
        ))}
        <OpenAlertBadge />
        <ConnectionIndicator />
        <button type="button" className="btn btn-ghost btn-small" onClick={() => onTheme(theme === 'dark' ? 'light' : 'dark')} aria-label={`Switch to ${theme === 'dark' ? 'light' : 'dark'} theme`}>
          {theme === 'dark' ? 'Light' : 'Dark'}
        </button>
        {session.status === 'signed-in' ? (
          <span className="who">
            <span data-testid="signed-in-as">{session.name}</span> <span className="pill pill-info" data-testid="signed-in-role">{session.role}</span>
            <button type="button" className="btn btn-ghost btn-small" onClick={signOut}>Sign out</button>
          </span>
        ) : null}
      </div>
    </header>
  );
}
