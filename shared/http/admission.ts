import { availableParallelism } from "os";

/**
 * Issue #14, overload: how many requests a server works on at once, and how many more may wait.
 * Beyond both it answers at once that it is overloaded (serve.ts: 503, Retry-After) instead of
 * taking work it cannot finish in time: every admitted request keeps a bounded latency, memory stays
 * bounded, and `/health` (never admitted here) keeps answering.
 */
export interface AdmissionLimits {
  readonly maxInFlight: number;
  /** A short queue: it absorbs bursts, but a long one only turns refusals into timeouts. */
  readonly maxQueued: number;
}

/**
 * Sized for the machine by scripts/bench/overload.ts (BENCHMARKS.md, "The gateway under overload"):
 * on 2 cores the platform serves the persons search at its full rate (~135 req/s) with 8 requests
 * in flight — the work is CPU-bound, so more in flight only adds latency. The queue holds 32 per
 * core: 16 + 64 on 2 cores is above the 50 connections every benchmark of issue #13 drives (a
 * caseworkers' office at its busiest queues rather than being refused), and 64 waiting is about half
 * a second of work at that rate, so an excess request is still refused well before a client gives up.
 * (The bench's overload figures were first taken with 4 per core; see BENCHMARKS.md.)
 */
export function defaultAdmissionLimits(cores: number = availableParallelism()): AdmissionLimits {
  return { maxInFlight: 8 * cores, maxQueued: 32 * cores };
}

export interface AdmissionLoad {
  readonly inFlight: number;
  readonly queued: number;
}

/** Ends an admitted request's hold on its slot; a second call does nothing. */
export type Release = () => void;

export class Admission {
  private inFlight = 0;
  private readonly waiting: Array<(release: Release) => void> = [];

  constructor(private readonly limits: AdmissionLimits) {}

  /**
   * A slot for one request: resolves when the request may run (at once, or when an earlier one
   * releases its slot, in arrival order); null when the slots and the queue are full — shed it.
   */
  enter(): Promise<Release> | null {
    if (this.inFlight < this.limits.maxInFlight) {
      this.inFlight += 1;
      return Promise.resolve(this.releaser());
    }
    if (this.waiting.length >= this.limits.maxQueued) {
      return null;
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  load(): AdmissionLoad {
    return { inFlight: this.inFlight, queued: this.waiting.length };
  }

  private releaser(): Release {
    let released = false;
    return () => {
      if (released) {
        return;
      }
      released = true;
      // The slot passes straight to the oldest waiting request, so inFlight stays the same.
      const next = this.waiting.shift();
      if (next === undefined) {
        this.inFlight -= 1;
      } else {
        next(this.releaser());
      }
    };
  }
}
