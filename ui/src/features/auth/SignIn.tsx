import { useEffect, useState, type FormEvent } from 'react';
import { Button } from '@/components/Button';
import { ProblemText } from '@/components/ProblemText';
import { useSession } from '@/lib/auth/session';
import { validateToken } from './validation';

/**
 * Sign-in with an API token. The token goes to session storage (gone with the tab) and into the
 * Authorization header and the socket's connection_init; it is never put into the address.
 */
export default function SignIn({ reason }: { reason?: string }) {
  const { signIn } = useSession();
  const [token, setToken] = useState('');
  const [problem, setProblem] = useState<string | undefined>(reason);
  const [busy, setBusy] = useState(false);
  useEffect(() => { document.title = 'Sign in · Opsledger'; }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const invalid = validateToken(token);
    if (invalid) { setProblem(invalid); return; }
    setBusy(true);
    const session = await signIn(token);
    setBusy(false);
    if (session.status === 'signed-out') setProblem(session.reason ?? 'The server did not accept this token.');
  }

  return (
    <main id="main" className="signin">
      <form className="card signin-card" onSubmit={submit} noValidate>
        <h1>Sign in to Opsledger</h1>
        <p>Paste an API token. An administrator creates one with <code>java -jar opsledger.jar tokens create --name you --role OPERATOR</code>.</p>
        <label htmlFor="token">API token</label>
        <input id="token" name="token" type="password" autoComplete="off" value={token} onChange={(e) => setToken(e.target.value)}
          aria-invalid={problem ? true : undefined} aria-describedby={problem ? 'token-problem' : undefined} autoFocus />
        <ProblemText id="token-problem" problem={problem ? { text: problem, rule: 'UNAUTHENTICATED' } : undefined} />
        <Button type="submit" variant="primary" busy={busy} busyLabel="Signing in…">Sign in</Button>
      </form>
    </main>
  );
}
