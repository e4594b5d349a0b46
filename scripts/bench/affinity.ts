import { execFileSync } from "child_process";
import { availableParallelism } from "os";
import { descendantsOf, postgresCpuSnapshot } from "./children";

/**
 * Issue #13 ("the scaling from 1 to 2 cores reported"): which CPUs the measured processes may run
 * on, set with util-linux's `taskset` on every thread of each (`-a`). PostgreSQL is the machine's
 * server, already running: its postmaster and every backend are pinned too (a backend forked later
 * inherits the postmaster's mask), and `releaseAll` gives every CPU back — the bench calls it in
 * `finally` and on exit, because a server left on one core would slow everything after it.
 */
export function allCpus(): string {
  return `0-${availableParallelism() - 1}`;
}

function pin(pid: number, cpus: string): void {
  try {
    execFileSync("taskset", ["-a", "-p", "-c", cpus, String(pid)], { stdio: "ignore" });
  } catch {
    // The process ended between listing and pinning (a pool's idle backend closing).
  }
}

/** `roots` with every descendant, PostgreSQL's processes and this one, onto `cpus` (e.g. "0" or "0-1"). */
export function pinAll(roots: readonly number[], cpus: string): number {
  const pids = new Set<number>([process.pid, ...roots.flatMap((root) => [root, ...descendantsOf(root)]), ...postgresCpuSnapshot().keys()]);
  for (const pid of pids) {
    pin(pid, cpus);
  }
  return pids.size;
}

/** Every CPU back to PostgreSQL and this process (the children are about to stop). */
export function releaseAll(): void {
  pinAll([], allCpus());
}

/** Fails early when taskset is missing (util-linux), rather than measuring "1 core" on two. */
export function requireTaskset(): void {
  execFileSync("taskset", ["-p", String(process.pid)], { stdio: "ignore" });
}
