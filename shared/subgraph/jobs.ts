import type { DataSource } from "typeorm";
import type { Logger } from "../logger";

/**
 * Work a subgraph does on its own, not in answer to a request (issue #8): the deadline scheduler,
 * the outbox dispatcher of its hand-offs, feeds. Each job is one pass (`runOnce`), safe to run on
 * several replicas at once (the job's own locks see to that); the runtime only repeats it.
 */
export interface BackgroundJob {
  readonly name: string;
  /** Pause between the end of one pass and the start of the next. */
  readonly intervalMs: number;
  /**
   * It calls the gateway (D3: a hand-off is delivered through it). The Kubernetes manifests read
   * this to let the subgraph's pods reach the gateway (scripts/deploy/kubernetes/senders.ts).
   */
  readonly callsGateway?: true;
  runOnce(): Promise<unknown>;
}

/** What a subgraph's jobs may use: its own database, its log, and where the gateway is (hand-offs go through it, D3). */
export interface JobEnvironment {
  readonly dataSource: DataSource;
  readonly log: Logger;
  /** Known only once the gateway listens (in one process the subgraphs start first). */
  gatewayUrl(): string;
}

export interface RunningJobs {
  stop(): Promise<void>;
}

function errorCode(error: unknown): string {
  // A code only, never the message: a failed pass may have been carrying personal data.
  if (typeof error === "object" && error !== null && "code" in error && typeof error.code === "string") {
    return error.code;
  }
  return error instanceof Error ? error.name : "unknown";
}

/** Repeats each job, one pass at a time per job (never overlapping itself), until stopped. */
export function startJobLoops(jobs: readonly BackgroundJob[], log: Logger): RunningJobs {
  let stopped = false;
  const timers = new Set<NodeJS.Timeout>();
  const inFlight = new Set<Promise<void>>();
  const schedule = (job: BackgroundJob, delayMs: number): void => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      const pass = job
        .runOnce()
        .then(
          () => undefined,
          (error: unknown) => log.warn({ job: job.name, code: errorCode(error) }, "background job pass failed; the next pass retries"),
        )
        .finally(() => {
          inFlight.delete(pass);
          if (!stopped) {
            schedule(job, job.intervalMs);
          }
        });
      inFlight.add(pass);
    }, delayMs);
    // A pending pass must not keep a stopping process alive.
    timer.unref();
    timers.add(timer);
  };
  for (const job of jobs) {
    schedule(job, 0);
  }
  return {
    stop: async () => {
      stopped = true;
      for (const timer of timers) {
        clearTimeout(timer);
      }
      timers.clear();
      await Promise.all([...inFlight]);
    },
  };
}
