import { ChildProcess, execFileSync, spawn } from "child_process";
import { readdirSync, readFileSync } from "fs";
import { join } from "path";

/** How a child ended: by SIGINT as a user would stop it, or by a fallback signal after the grace period. */
export interface StopOutcome {
  readonly signal: "SIGINT" | "SIGUSR2" | "SIGKILL" | "none";
  readonly code: number | null;
  /** From SIGINT to exit, ms. */
  readonly ms: number;
}

/** A process the bench started; it is stopped at the end, on success or failure. */
export interface Child {
  readonly name: string;
  readonly pid: number;
  /** The last lines the child printed, to explain a failed start. */
  output(): string;
  exited(): boolean;
  /**
   * SIGINT (a graceful stop, as Ctrl-C), then after `graceMs` SIGUSR2 when the bench's exit hook is
   * preloaded (exits at once and lets --cpu-prof write its file), else SIGKILL.
   */
  stop(graceMs?: number): Promise<StopOutcome>;
}

const children = new Set<ChildProcess>();
let exitHookInstalled = false;

/** Last resort: whatever happens to the bench process, no child outlives it. */
function installExitHook(): void {
  if (exitHookInstalled) {
    return;
  }
  exitHookInstalled = true;
  process.on("exit", () => {
    for (const child of children) {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGKILL");
      }
    }
  });
}

const TAIL_LINES = 40;

export interface SpawnOptions {
  readonly name: string;
  readonly cwd: string;
  /** Flags for node itself (before the script), e.g. --cpu-prof. */
  readonly nodeFlags?: readonly string[];
  readonly script: string;
  readonly env: NodeJS.ProcessEnv;
  /** Preload scripts/bench/exit-hook.ts (SIGUSR2 exits), for a child whose profile must be written. */
  readonly exitHook?: boolean;
}

const EXIT_HOOK = join(__dirname, "exit-hook.ts");
/** Writing a large CPU profile at exit takes a while. */
const EXIT_HOOK_GRACE_MS = 60_000;

function exitOf(child: ChildProcess, exit: Promise<number | null>, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve(true);
  }
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    void exit.then(() => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Runs a TypeScript entry with `node -r ts-node/register/transpile-only`, as `npm start` does. */
export function spawnTypeScript(options: SpawnOptions): Child {
  installExitHook();
  const preload = options.exitHook === true ? ["-r", EXIT_HOOK] : [];
  const child = spawn(process.execPath, [...(options.nodeFlags ?? []), "-r", "ts-node/register/transpile-only", ...preload, options.script], {
    cwd: options.cwd,
    env: options.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (child.pid === undefined) {
    throw new Error(`Could not start ${options.name}`);
  }
  children.add(child);
  const tail: string[] = [];
  const keep = (chunk: Buffer): void => {
    tail.push(...chunk.toString("utf8").split("\n").filter((line) => line.trim() !== ""));
    tail.splice(0, Math.max(0, tail.length - TAIL_LINES));
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exit = new Promise<number | null>((resolve) => {
    child.once("exit", (code) => {
      children.delete(child);
      resolve(code);
    });
  });
  const pid = child.pid;
  return {
    name: options.name,
    pid,
    output: () => tail.join("\n"),
    exited: () => child.exitCode !== null || child.signalCode !== null,
    stop: async (graceMs = 5_000) => {
      if (child.exitCode !== null || child.signalCode !== null) {
        return { signal: "none", code: child.exitCode, ms: 0 };
      }
      const sent = Date.now();
      child.kill("SIGINT");
      if (await exitOf(child, exit, graceMs)) {
        return { signal: "SIGINT", code: await exit, ms: Date.now() - sent };
      }
      if (options.exitHook === true) {
        child.kill("SIGUSR2");
        if (await exitOf(child, exit, EXIT_HOOK_GRACE_MS)) {
          return { signal: "SIGUSR2", code: await exit, ms: Date.now() - sent };
        }
      }
      child.kill("SIGKILL");
      await exit;
      return { signal: "SIGKILL", code: null, ms: Date.now() - sent };
    },
  };
}

/** Polls a health URL until it answers 200; returns the milliseconds waited from `since`. */
export async function waitForHealth(url: string, child: Child, since: number, timeoutMs: number): Promise<number> {
  const deadline = since + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exited()) {
      throw new Error(`${child.name} exited before it was healthy:\n${child.output()}`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) {
        return Date.now() - since;
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${child.name} was not healthy at ${url} within ${timeoutMs / 1000} s:\n${child.output()}`);
}

/** Kernel clock ticks per second (utime/stime unit), 100 on nearly every Linux. */
const CLOCK_TICKS: number = (() => {
  try {
    const ticks = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim());
    return Number.isInteger(ticks) && ticks > 0 ? ticks : 100;
  } catch {
    return 100;
  }
})();

/** CPU (user + system) a process has used, in ms, from /proc: process.cpuUsage() only sees itself. */
export function cpuMillisOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // The command name (field 2) is in parentheses and may hold spaces: count fields after it.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return ((utime + stime) * 1000) / CLOCK_TICKS;
}

/** A process's children, grandchildren and so on (a clustered gateway's workers), from /proc. */
export function descendantsOf(pid: number): number[] {
  let children: number[];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    children = [];
  }
  return children.flatMap((child) => [child, ...descendantsOf(child)]);
}

/**
 * A process's CPU and every descendant's, ms: a clustered gateway (gateway/cluster.ts) serves from
 * its workers, so its primary alone reads ~0 and the workers' CPU would count as "other load".
 */
export function treeCpuMillisOf(pid: number): number {
  return [pid, ...descendantsOf(pid)].reduce((sum, member) => sum + cpuMillisOfGone(member), 0);
}

/** A process's CPU, or 0 when it exited between listing and reading (a replaced worker). */
function cpuMillisOfGone(pid: number): number {
  try {
    return cpuMillisOf(pid);
  } catch {
    return 0;
  }
}

/** CPU so far of every PostgreSQL server process (postmaster and backends), in ms by PID. */
export function postgresCpuSnapshot(): Map<number, number> {
  const snapshot = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) {
      continue;
    }
    try {
      if (readFileSync(`/proc/${entry}/comm`, "utf8").trim() === "postgres") {
        snapshot.set(Number(entry), cpuMillisOf(Number(entry)));
      }
    } catch {
      // The process ended while we read /proc.
    }
  }
  return snapshot;
}

/**
 * PostgreSQL CPU between two snapshots. Per process, so that an idle pool connection closing
 * meanwhile (its backend and its past CPU vanish) does not subtract from the figure.
 */
export function postgresCpuBetween(before: ReadonlyMap<number, number>, after: ReadonlyMap<number, number>): number {
  let total = 0;
  for (const [pid, millis] of after) {
    total += millis - (before.get(pid) ?? 0);
  }
  return total;
}

/**
 * Waits until a process has gone quiet (under 5% of a core for half a second): autocannon drops
 * its connections at the end of a run, but the server still finishes the requests it had taken,
 * and that work must not leak into the next measurement.
 */
export async function waitForIdle(pid: number, timeoutMs = 60_000): Promise<number> {
  const started = Date.now();
  const stepMs = 250;
  let quietSteps = 0;
  let previous = cpuMillisOf(pid);
  while (Date.now() - started < timeoutMs) {
    await new Promise((resolve) => setTimeout(resolve, stepMs));
    const now = cpuMillisOf(pid);
    quietSteps = now - previous < stepMs * 0.05 ? quietSteps + 1 : 0;
    previous = now;
    if (quietSteps >= 2) {
      return Date.now() - started;
    }
  }
  throw new Error(`process ${pid} was still busy ${timeoutMs / 1000} s after the load stopped`);
}

/** Busy jiffies of the whole machine (every field of /proc/stat's cpu line but idle and iowait), in ms. */
export function machineBusyMs(): number {
  const fields = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1).map(Number);
  const [user, nice, system, , , irq, softirq, steal] = fields;
  return ((user + nice + system + irq + softirq + steal) * 1000) / 100;
}
