import type { BackgroundJob, JobEnvironment } from "../../subgraph/jobs";
import { applyStoredClosures, ClosureReceiverSpec } from "./receiver";

export const CLOSURE_SYNC_JOB = "office-closures-sync";

/** A replica that did not take a delivery learns of it within this (D7: replicas share the database, not memory). */
export const DEFAULT_CLOSURE_SYNC_INTERVAL_MS = 10_000;

/**
 * Loads the agency's stored closures into the process's calendar (issue #8): the first pass at
 * start, then one per interval, so every replica counts the same closures as the one that received
 * them. Only the calendar in memory changes; the deadlines were recomputed at intake.
 */
export function closureSyncJob(environment: JobEnvironment, spec: Pick<ClosureReceiverSpec, "schema" | "calendar">, intervalMs = DEFAULT_CLOSURE_SYNC_INTERVAL_MS): BackgroundJob {
  return {
    name: CLOSURE_SYNC_JOB,
    intervalMs,
    runOnce: async () => {
      const changed = await applyStoredClosures(environment.dataSource, spec);
      if (changed.length > 0) {
        environment.log.info({ job: CLOSURE_SYNC_JOB, changed: changed.length }, "office closures loaded into the calendar");
      }
      return { changed };
    },
  };
}
