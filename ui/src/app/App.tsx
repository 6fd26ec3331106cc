import { Suspense } from 'react';
import { Navigate, Route, Routes, useSearchParams } from 'react-router';
import { Loading } from '@/components/Page';
import { useSession } from '@/lib/auth/session';
import SignIn from '@/features/auth/SignIn';
import { Header } from './Header';
import { homePath, routes } from './routes';
import { useTheme } from './theme';

/** The shell: sign-in when a token is needed, else the header and the page of the current route. */
export function App() {
  const [params] = useSearchParams();
  const kiosk = params.has('kiosk');
  const [theme, setTheme] = useTheme(kiosk ? 'dark' : undefined);
  const { session } = useSession();

  if (session.status === 'checking') return <main id="main" className="app-main"><Loading what="Opsledger" /></main>;
  if (session.status === 'signed-out') return <SignIn reason={session.reason} />;

  return (
    <div className={kiosk ? 'app kiosk' : 'app'}>
      {kiosk ? null : <Header theme={theme} onTheme={setTheme} />}
      <main id="main" className="app-main" tabIndex={-1}>
        <Suspense fallback={<Loading what="the page" />}>
          <Routes>
            <Route index element={<Navigate to={homePath} replace />} />
            {routes.map(({ path, Component }) => (
              <Route key={path} path={`${path}/*`} element={<Component />} />
            ))}
            <Route path="*" element={<p className="empty">There is no page at this address. <a href="/">Go to the start page</a>.</p>} />
          </Routes>
        </Suspense>
      </main>
    </div>
  );
}
