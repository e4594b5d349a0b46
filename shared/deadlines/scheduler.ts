import type { DataSource } from "typeorm";
import type { Logger } from "../logger";
import { checkDeadlineClock } from "./config";
import { DeadlinePassOutcome, defaultReplicaId, runDeadlinePass } from "./pass";

/** Arms a one-shot timer and returns its cancel; injectable so a test fires ticks by hand. */
export type SetTimer = (tick: () => void, delayMs: number) => () => void;

const nodeTimer: SetTimer = (tick, delayMs) => {
  const handle = setTimeout(tick, delayMs);
  // The subgraph's server keeps the process alive; a forgotten scheduler must not.
  handle.unref();
  return () => clearTimeout(handle);
};

export interface SchedulerOptions {
  readonly dataSource: DataSource;
  readonly schema: string;
  readonly now: () => Date;
  readonly intervalMs: number;
  readonly dueSoonWithinMs: number;
  readonly replicaId?: string;
  readonly runRetentionMs?: number;
  readonly log?: Logger;
  readonly setTimer?: SetTimer;
  /** Told of each pass's outcome (an operator's metrics, a test). */
  readonly onPass?: (outcome: DeadlinePassOutcome) => void;
}

export interface RunningScheduler {
  /** Cancels the next tick and waits for a pass in flight, so the DataSource can be closed after it. */
  stop(): Promise<void>;
}

/** A driver error's SQLSTATE or class name only: its message may quote SQL or a value (never logged). */
function errorSummary(error: unknown): { name: string; code?: string } {
  if (error instanceof Error) {
    return "code" in error && typeof error.code === "string" ? { name: error.name, code: error.code } : { name: error.name };
  }
  return { name: typeof error };
}

/**
 * The tick loop of one owning subgraph's deadline scheduler (issue #8), started and stopped by the
 * subgraph runtime. The first pass runs at once (a replica that restarts catches up), then one every
 * `intervalMs` after the previous one ended, so passes of one process never overlap; passes of other
 * replicas are kept apart by the advisory lock. A failed pass is logged and the next tick redoes it.
 */
export function startScheduler(options: SchedulerOptions): RunningScheduler {
  checkDeadlineClock(options);
  if (!Number.isInteger(options.intervalMs) || options.intervalMs < 1) {
    throw new Error("intervalMs must be a positive whole number of milliseconds");
  }
  const setTimer = options.setTimer ?? nodeTimer;
  const replicaId = options.replicaId ?? defaultReplicaId();
  let stopped = false;
  let cancel: () => void = () => undefined;
  let inFlight: Promise<void> = Promise.resolve();

  const tick = (): void => {
    inFlight = (async () => {
      try {
        const outcome = await runDeadlinePass(options.dataSource, {
          schema: options.schema,
          now: options.now,
          dueSoonWithinMs: options.dueSoonWithinMs,
          replicaId,
          runRetentionMs: options.runRetentionMs,
        });
        if (outcome.status === "ran") {
          options.log?.info({ job: outcome.run.job, durationMs: outcome.run.durationMs, changed: outcome.run.changed }, "deadline pass");
        } else {
          options.log?.debug({ schema: options.schema }, "deadline pass skipped: another replica runs it");
        }
        options.onPass?.(outcome);
      } catch (error) {
        options.log?.error({ schema: options.schema, error: errorSummary(error) }, "deadline pass failed; the next tick redoes it");
      }
      if (!stopped) {
        cancel = setTimer(tick, options.intervalMs);
      }
    })();
  };

  cancel = setTimer(tick, 0);
  return {
    stop: async () => {
      stopped = true;
      cancel();
      await inFlight;
    },
  };
}
