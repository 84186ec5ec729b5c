// A problem found while loading a story pack: which file, which entry and field, and what is wrong.

export interface PackProblem {
  /** Path relative to the pack folder (or the folder itself). */
  readonly file: string;
  /** Entry and field, e.g. `timeline[4].sources[0].quote`; empty for whole-file problems. */
  readonly path: string;
  readonly message: string;
}

export function formatProblem(problem: PackProblem): string {
  return problem.path ? `${problem.file}: ${problem.path} ${problem.message}` : `${problem.file}: ${problem.message}`;
}

/** zod issue paths as editors read them: `people[2].roles[0].role`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}
