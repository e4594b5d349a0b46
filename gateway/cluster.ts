import cluster, { Worker } from "node:cluster";
import type { RunningServer } from "../shared/http/serve";
import { createLogger } from "../shared/logger";

/** How long a draining worker lets its requests in flight finish before it closes their sockets. */
const DRAIN_TIMEOUT_MS = 10_000;

/** Which worker answered: on /health, so a test (or an operator) can tell the workers apart. */
export function workerIdentity(): { readonly worker: number } | Record<string, never> {
  return cluster.isWorker ? { worker: process.pid } : {};
}

/**
 * Stops accepting, lets the requests in flight finish (up to DRAIN_TIMEOUT_MS), then closes the
 * rest: SIGTERM drains (D7: Kubernetes sends it before taking a pod out of the Service).
 */
export async function drain(running: RunningServer): Promise<void> {
  const closed = new Promise<void>((resolve) => running.httpServer.close(() => resolve()));
  running.httpServer.closeIdleConnections();
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, DRAIN_TIMEOUT_MS).unref());
  await Promise.race([closed, timeout]);
  await running.close();
}

/**
 * Issue #13, D7: the gateway holds no shared state, so it scales across the machine's cores as
 * one process per core (node:cluster), all accepting on one port. With `workers` ≤ 1 the gateway
 * runs in this process, as `npm start` and the tests run it.
 *
 * What is per worker (per process, as with several pods): the token cache (a token verified by one
 * worker is verified again by the next), the admission bound (GATEWAY_MAX_IN_FLIGHT and its queue
 * hold per worker, so the machine admits `workers` times as many), and the persons-search rate
 * limit (a user's burst is counted per worker it lands on: at most `workers` times the burst on one
 * machine, as it already is across pods). None of them is shared state a request depends on.
 *
 * The primary serves nothing: it forks, replaces a worker that dies (unless it died before it ever
 * listened: a start-up failure would only repeat, so the primary stops), and on SIGTERM or SIGINT tells every worker to
 * drain and exits when they have.
 */
export async function runClustered(workers: number, serve: () => Promise<RunningServer>): Promise<void> {
  if (workers <= 1 || cluster.isWorker) {
    const running = await serve();
    let stopping = false;
    const stop = (): void => {
      if (stopping) {
        return;
      }
      stopping = true;
      void drain(running).then(() => process.exit(0));
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
    return;
  }
  const log = createLogger("gateway");
  /** Each live worker, and whether it has listened yet (one that dies before it does failed to start). */
  const listening = new Map<Worker, boolean>();
  let stopping = false;
  /** 1 once a worker failed to start: the primary then reports the failure when the others have stopped. */
  let exitCode = 0;
  const fork = (): void => {
    listening.set(cluster.fork(), false);
  };
  cluster.on("listening", (worker) => {
    listening.set(worker, true);
  });
  cluster.on("exit", (worker, code, signal) => {
    const served = listening.get(worker) === true;
    listening.delete(worker);
    if (stopping) {
      if (listening.size === 0) {
        process.exit(exitCode);
      }
      return;
    }
    if (!served) {
      log.error({ pid: worker.process.pid, code }, "a gateway worker failed to start: stopping");
      exitCode = 1;
      stopAll();
      return;
    }
    log.warn({ pid: worker.process.pid, code, signal }, "a gateway worker died: starting another");
    fork();
  });
  const stopAll = (): void => {
    stopping = true;
    if (listening.size === 0) {
      process.exit(exitCode);
    }
    for (const worker of listening.keys()) {
      worker.process.kill("SIGTERM");
    }
  };
  process.on("SIGINT", stopAll);
  process.on("SIGTERM", stopAll);
  for (let index = 0; index < workers; index += 1) {
    fork();
  }
  log.info({ workers }, "gateway primary forked its workers");
}
