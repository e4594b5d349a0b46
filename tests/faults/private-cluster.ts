import { execFileSync } from "child_process";
import { chownSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { freePort } from "./support";

/** Debian's PostgreSQL 15 binaries (STACK.md: the version CI and deployments run). */
const BIN = "/usr/lib/postgresql/15/bin";

export interface PrivateCluster {
  /** `postgres://postgres@127.0.0.1:<port>/postgres`, trust auth. */
  readonly url: string;
  /** `pg_ctl stop -m fast`: sessions are terminated, in-flight transactions roll back. */
  stop(): void;
  start(): void;
  /** Stops the cluster and removes its directory. */
  remove(): void;
}

/**
 * A PostgreSQL cluster of the test's own, in a temporary directory on a free port: a fault test
 * stops and starts it, which it must never do to the machine's cluster (other test files use it).
 * initdb and the server refuse to run as root, so as root they run as the `postgres` user.
 */
export async function startPrivateCluster(): Promise<PrivateCluster> {
  const directory = mkdtempSync(join(tmpdir(), "care-fault-pg-"));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chownSync(directory, uid, gid);
  }
  const run = (binary: string, args: readonly string[]): void => {
    const [command, commandArgs] = asRoot ? ["runuser", ["-u", "postgres", "--", join(BIN, binary), ...args]] : [join(BIN, binary), [...args]];
    execFileSync(command, commandArgs, { stdio: ["ignore", "ignore", "pipe"], cwd: directory });
  };
  const data = join(directory, "data");
  const port = await freePort();
  run("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C.UTF-8"]);
  // The socket in the cluster's own directory: nothing of the machine's cluster is touched.
  const options = `-p ${port} -k ${directory} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
  const start = (): void => run("pg_ctl", ["-D", data, "-l", join(directory, "server.log"), "-o", options, "-w", "start"]);
  const stop = (): void => run("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]);
  start();
  let running = true;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: () => {
      stop();
      running = false;
    },
    start: () => {
      start();
      running = true;
    },
    remove: () => {
      if (running) {
        stop();
        running = false;
      }
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
