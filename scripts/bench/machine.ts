import { execFileSync } from "child_process";
import { cpus, release, totalmem } from "os";

/** The machine the figures were measured on: without it an absolute figure means little. */
export interface Machine {
  readonly nproc: number;
  readonly cpuModel: string;
  readonly memoryGb: number;
  readonly node: string;
  readonly os: string;
  readonly postgres: string;
}

function nproc(): number {
  try {
    // nproc honours CPU affinity and cgroup limits, which os.cpus() does not.
    return Number(execFileSync("nproc", { encoding: "utf8" }).trim());
  } catch {
    return cpus().length;
  }
}

export function describeMachine(postgresVersion: string): Machine {
  return {
    nproc: nproc(),
    cpuModel: cpus()[0]?.model.trim() ?? "unknown",
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    os: `Linux ${release()}`,
    // "PostgreSQL 15.20 (Debian …) on x86_64-pc-linux-gnu, compiled by …": the part before "on".
    postgres: postgresVersion.split(" on ")[0],
  };
}
