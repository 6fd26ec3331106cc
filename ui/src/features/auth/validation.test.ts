import { describe, expect, it } from 'vitest';
import { validateToken } from './validation';

describe('the sign-in form', () => {
  it('asks for a token when the field is empty', () => expect(validateToken('   ')).toBe('Enter your API token.'));
  it('refuses a pasted "Bearer " prefix with a hint', () => expect(validateToken('Bearer abcdefghijklmnopqrstuvwxyz')).toMatch(/without the word "Bearer"/));
  it('refuses a token broken by whitespace', () => expect(validateToken('abcdefgh ijklmnopqrstu')).toMatch(/no spaces/));
  it('refuses what is too short to be a token', () => expect(validateToken('abc')).toMatch(/too short/));
  it('accepts a plausible token, trimmed', () => expect(validateToken('  olt_3q2V9mX0aZkP7rN1bC4dE6fG8hJ  ')).toBeUndefined());
});
