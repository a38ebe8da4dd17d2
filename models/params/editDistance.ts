/**
 * "Did you mean …?" for mistyped names: the CLI's options and the schema's parameter keys.
 *
 * Written here rather than taken from a package (such as fastest-levenshtein): the names are a
 * few dozen characters, compared against a few dozen candidates once per error, so the plain
 * two-row algorithm is fast enough and keeps models/ free of dependencies.
 */

/** Levenshtein distance (insertions, deletions and substitutions, each costing 1), two rows. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length];
}

/**
 * The candidate nearest to `word`, ignoring case, if it is at most `maxDistance` edits away;
 * the first of equally near candidates wins.
 */
export function nearestName<T extends string>(word: string, candidates: readonly T[], maxDistance: number): T | undefined {
  const lower = word.toLowerCase();
  let best: T | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= maxDistance ? best : undefined;
}
