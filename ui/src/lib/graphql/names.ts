import type { Problem } from './errors';

const UUID = /\[?\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b\]?/gi;

/**
 * Server messages name entities by id ("task 3f… cannot be DONE while prerequisites [9a…]");
 * people know them by name. Replaces every id the screen knows with its name, in quotes.
 */
export function withNames(problem: Problem, names: ReadonlyMap<string, string>): Problem {
  const text = problem.text.replace(UUID, (match) => {
    const ids = match.replace(/[[\]]/g, '');
    const name = names.get(ids.toLowerCase());
    return name ? `“${name}”` : match;
  });
  return { ...problem, text };
}
