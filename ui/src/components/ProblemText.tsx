import type { Problem } from '@/lib/graphql/errors';

/** An error in plain words next to what caused it; the rule's name on hover, to search for. */
export function ProblemText({ problem, id }: { problem: Problem | undefined; id?: string }) {
  if (!problem) return null;
  return (
    <p className="problem" role="alert" id={id} title={problem.rule ? `Rule: ${problem.rule}` : undefined} data-rule={problem.rule}>
      {problem.text}
      {problem.rule ? <span className="visually-hidden"> (rule {problem.rule})</span> : null}
    </p>
  );
}

export function ProblemList({ problems }: { problems: readonly Problem[] }) {
  return (
    <>
      {problems.map((p, i) => (
        <ProblemText key={`${p.rule ?? ''}-${i}`} problem={p} />
      ))}
    </>
  );
}
