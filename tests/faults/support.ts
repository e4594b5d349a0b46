import { createServer } from "net";
import { Client } from "pg";
import type { GraphQLResponse } from "../support/graphql";
import { startTestPlatform, TestPlatform } from "../support/platform";

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

/** A fault suite's platform and a pg Client of the test's own on district's database. */
export interface DistrictFault {
  readonly platform: TestPlatform;
  readonly database: Client;
  /** District's database URL, for a district process the test starts itself. */
  readonly databaseUrl: string;
  /** The `count` column of the query's one row. */
  count(sql: string, values?: unknown[]): Promise<number>;
}

/**
 * Starts the platform before the suite and stops it after (`beforeStop` first: the test's own
 * child process, which must not outlive the cluster it writes to).
 */
export function districtFault(seed: string, beforeStop: () => Promise<void> = async () => undefined): DistrictFault {
  let platform: TestPlatform | undefined;
  let database: Client | undefined;
  let databaseUrl = "";
  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 10, seed });
    databaseUrl = (platform.platform.subgraphs.get("district")!.database.dataSource.options as { url: string }).url;
    database = new Client({ connectionString: databaseUrl });
    await database.connect();
  }, 240_000);
  afterAll(async () => {
    await beforeStop();
    await database?.end();
    await platform?.stop();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) {
      throw new Error("The fault platform has not started");
    }
    return value;
  };
  return {
    get platform() {
      return started(platform);
    },
    get database() {
      return started(database);
    },
    get databaseUrl() {
      return databaseUrl;
    },
    count: async (sql, values = []) => Number((await started(database).query<{ count: string }>(sql, values)).rows[0].count),
  };
}
