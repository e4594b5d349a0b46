import type { ComputeDue } from "./rule";

/**
 * What an owning subgraph configures once for its deadlines: where they live, the clock (injected,
 * so tests drive time, D9) and the DUE_SOON threshold (issue #8: configurable). The same threshold
 * serves the scheduler pass and the read side, so both agree on DUE_SOON.
 */
export interface DeadlineClock {
  readonly schema: string;
  readonly now: () => Date;
  /** A pending deadline is DUE_SOON once its due time is at most this far away. */
  readonly dueSoonWithinMs: number;
}

export interface DeadlineConfig extends DeadlineClock {
  readonly computeDue: ComputeDue;
}

/** A misconfiguration stops the subgraph at start-up (like a field without policy), not a request. */
export function checkDeadlineClock(config: DeadlineClock): void {
  if (!Number.isFinite(config.dueSoonWithinMs) || config.dueSoonWithinMs < 0) {
    throw new Error("dueSoonWithinMs must be a non-negative number of milliseconds");
  }
}

/** The current instant from the injected clock, checked: a broken clock must not write garbage dates. */
export function nowOf(config: Pick<DeadlineClock, "now">): Date {
  const now = config.now();
  if (Number.isNaN(now.getTime())) {
    throw new Error("The deadline clock returned an invalid date");
  }
  return now;
}
