import { describe, expect, it } from 'vitest';
import { CombinedError } from 'urql';
import { GraphQLError } from 'graphql';
import { fromCombinedError, fromUserError, isUnauthenticated } from './errors';

describe('errors in words', () => {
  it('keeps the server message and puts the rule aside for the hover', () => {
    expect(fromUserError({ code: 'VALIDATION', message: 'Task t2 cannot be DONE while its prerequisite t1 is not', rule: 'PREREQUISITE_NOT_DONE', field: 'status', path: ['input', 'status'] }))
      .toEqual({ text: 'Task t2 cannot be DONE while its prerequisite t1 is not', rule: 'PREREQUISITE_NOT_DONE', field: 'status' });
  });

  it('explains FORBIDDEN from the server in words', () => {
    const error = new CombinedError({ graphQLErrors: [new GraphQLError('Forbidden', { extensions: { classification: 'FORBIDDEN' } })] });
    const problem = fromCombinedError(error);
    expect(problem.rule).toBe('FORBIDDEN');
    expect(problem.text).toMatch(/Your role may not do this/);
  });

  it('explains an unauthenticated answer, by classification or by HTTP 401', () => {
    const byClassification = new CombinedError({ graphQLErrors: [new GraphQLError('Unauthorized', { extensions: { classification: 'UNAUTHORIZED' } })] });
    expect(fromCombinedError(byClassification).text).toMatch(/not signed in/);
    expect(isUnauthenticated(byClassification)).toBe(true);
    const by401 = new CombinedError({ networkError: new Error('401'), response: { status: 401 } });
    expect(fromCombinedError(by401).rule).toBe('UNAUTHENTICATED');
  });

  it('says the server cannot be reached instead of a raw network error', () => {
    expect(fromCombinedError(new CombinedError({ networkError: new TypeError('Failed to fetch') })).text).toMatch(/cannot be reached/);
  });
});
