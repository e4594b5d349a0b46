/**
 * Small-cell suppression (issue #10) over a table and its published totals, as a set of linear
 * equations: every total is the sum of its terms (cells, or smaller totals). Primary: a term below
 * `minCell` is suppressed. Secondary (complementary), the "single-suppression" rule: while an
 * equation has exactly one suppressed term, also suppress its smallest other published term, so no
 * total minus its visible terms gives a suppressed value back. Repeated to a fixed point (each round
 * suppresses at least one more term, so it ends). Absent cells are structural zeros and never terms.
 */
export interface SuppressionProblem {
  /** The exact value of every term (cells and totals), by index. */
  readonly values: readonly number[];
  /** Each published total: the index of the total and the indexes of its terms. */
  readonly equations: readonly { readonly total: number; readonly terms: readonly number[] }[];
}

export function suppressedTerms(problem: SuppressionProblem, minCell: number): Set<number> {
  const suppressed = new Set<number>();
  problem.values.forEach((value, index) => {
    // Zero is published: the empty cell is public knowledge (absent from the table), so a zero total hides nothing.
    if (value > 0 && value < minCell) {
      suppressed.add(index);
    }
  });
  let changed = true;
  while (changed) {
    changed = false;
    for (const equation of problem.equations) {
      const members = [equation.total, ...equation.terms];
      const hidden = members.filter((member) => suppressed.has(member));
      if (hidden.length !== 1) {
        continue;
      }
      const candidates = members.filter((member) => !suppressed.has(member));
      // Smallest first: the least information withheld; ties by position, so the result is deterministic.
      const complement = candidates.reduce((best, member) => (problem.values[member] < problem.values[best] ? member : best), candidates[0]);
      if (complement !== undefined) {
        suppressed.add(complement);
        changed = true;
      }
    }
  }
  return suppressed;
}
