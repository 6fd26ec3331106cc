/** Checks a token before sending it: a readable message, or undefined when it may be tried. */
export function validateToken(raw: string): string | undefined {
  const token = raw.trim();
  if (token.length === 0) return 'Enter your API token.';
  if (/^bearer\s/i.test(token)) return 'Paste the token alone, without the word "Bearer".';
  if (/\s/.test(token)) return 'A token has no spaces or line breaks; check that it was copied whole.';
  if (token.length < 16) return 'This is too short to be an Opsledger token; check that it was copied whole.';
  return undefined;
}
