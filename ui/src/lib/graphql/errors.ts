import type { CombinedError } from 'urql';

/** An expected failure from a mutation payload (the schema's UserError interface). */
export interface UserErrorLike {
  code: string;
  message: string;
  path?: readonly string[];
  rule?: string | null;
  field?: string | null;
}

/** What the UI shows: plain words, and the rule's name for a hover and a search. */
export interface Problem {
  text: string;
  rule?: string;
  /** The input field the problem is about, when the server named one. */
  field?: string;
}

export function fromUserError(error: UserErrorLike): Problem {
  return { text: error.message, rule: error.rule ?? error.code, field: error.field ?? error.path?.at(-1) };
}

const UNAUTHENTICATED_WORDS = 'You are not signed in, or your token has expired or was revoked. Sign in again with a valid token.';
const FORBIDDEN_WORDS = 'Your role may not do this. Ask an administrator for a token with a role that allows it (OPERATOR changes data, ADMIN manages tokens and imports).';

function classification(extensions: Record<string, unknown> | undefined): string | undefined {
  const value = extensions?.classification ?? extensions?.code;
  return typeof value === 'string' ? value : undefined;
}

/** Top-level failures (transport, authentication, authorisation, server faults) in words. */
export function fromCombinedError(error: CombinedError): Problem {
  const response = error.response as { status?: number } | undefined;
  if (response?.status === 401) return { text: UNAUTHENTICATED_WORDS, rule: 'UNAUTHENTICATED' };
  if (response?.status === 403) return { text: FORBIDDEN_WORDS, rule: 'FORBIDDEN' };
  if (response?.status === 429) return { text: 'Too many requests from this token; wait a moment and try again.', rule: 'RATE_LIMITED' };
  for (const e of error.graphQLErrors) {
    const kind = classification(e.extensions);
    if (kind === 'UNAUTHORIZED' || kind === 'UNAUTHENTICATED') return { text: UNAUTHENTICATED_WORDS, rule: 'UNAUTHENTICATED' };
    if (kind === 'FORBIDDEN') return { text: `${FORBIDDEN_WORDS}${e.message && e.message !== 'Forbidden' ? ` (${e.message})` : ''}`, rule: 'FORBIDDEN' };
  }
  if (error.graphQLErrors.length > 0) {
    const first = error.graphQLErrors[0];
    return { text: first.message, rule: classification(first.extensions) };
  }
  if (error.networkError) return { text: 'The server cannot be reached right now; the page will retry by itself when it is back.', rule: 'NETWORK' };
  return { text: error.message };
}

/** Whether a failure means the token is missing or no longer valid (the app then asks to sign in). */
export function isUnauthenticated(error: CombinedError | undefined): boolean {
  return error ? fromCombinedError(error).rule === 'UNAUTHENTICATED' : false;
}
