import { createServer } from "net";
import type { GraphQLResponse } from "../support/graphql";

/**
 * The fault tests stop and start real processes and PostgreSQL clusters: they run only in CI's
 * PostgreSQL run (DATABASE_URL set), where the platform runs as deployed. On PGlite the whole
 * platform shares one embedded engine in the test's own process, so there is nothing to kill.
 */
export const describeOnPostgres: jest.Describe = process.env.DATABASE_URL === undefined || process.env.DATABASE_URL === "" ? describe.skip : describe;

/** One request of a load: its answer, or what the client threw (a connection refused, a reset). */
export interface Outcome<Data> {
  /** The request's number in the load, unique across its workers (a mutation's key). */
  readonly n: number;
  readonly startedAt: number;
  readonly response?: GraphQLResponse<Data>;
  readonly thrown?: unknown;
}

export interface Load<Data> {
  /** The outcomes so far (the load keeps running). */
  outcomes(): readonly Outcome<Data>[];
  /** Lets every worker finish its request in flight, then answers every outcome. */
  stop(): Promise<readonly Outcome<Data>[]>;
}

/** `workers` loops, each sending `request(n)` after its previous answer, until stopped. */
export function startLoad<Data>(workers: number, request: (n: number) => Promise<GraphQLResponse<Data>>): Load<Data> {
  const outcomes: Outcome<Data>[] = [];
  let next = 0;
  let running = true;
  const worker = async (): Promise<void> => {
    while (running) {
      const n = next++;
      const startedAt = Date.now();
      try {
        outcomes.push({ n, startedAt, response: await request(n) });
      } catch (thrown) {
        outcomes.push({ n, startedAt, thrown });
      }
    }
  };
  const loops = Array.from({ length: workers }, () => worker());
  return {
    outcomes: () => outcomes,
    stop: async () => {
      running = false;
      await Promise.all(loops);
      return outcomes;
    },
  };
}

/** Waits (real time: a process or a cluster is coming back) until `condition` holds. */
export async function waitUntil(what: string, condition: () => Promise<boolean> | boolean, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

/** Until the outcomes of `load` include one that `matches` (the fault has been seen by a request). */
export function waitForOutcome<Data>(what: string, load: Load<Data>, matches: (outcome: Outcome<Data>) => boolean, since = 0): Promise<void> {
  return waitUntil(what, () => load.outcomes().some((outcome) => outcome.startedAt >= since && matches(outcome)));
}

/** The gateway's (or a subgraph's) `/health` status code; 0 when nothing answers. */
export async function healthStatus(graphqlUrl: string): Promise<number> {
  try {
    const response = await fetch(graphqlUrl.replace(/\/graphql$/, "/health"), { signal: AbortSignal.timeout(2_000) });
    return response.status;
  } catch {
    return 0;
  }
}

/** A port nothing listens on now, for a process the test starts (it binds the port itself). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address !== null ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}
