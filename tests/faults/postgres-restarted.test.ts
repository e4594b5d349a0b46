import { Client } from "pg";
import { UNIFIED_PERSON_QUERY } from "../../scripts/operations/unified-view";
import { POSTGRES_TEMPLATE_ENV } from "../support/database";
import { setEnv } from "../support/env";
import { errorCodes, GraphQLResponse } from "../support/graphql";
import { startTestPlatform, TestPlatform } from "../support/platform";
import { PrivateCluster, startPrivateCluster } from "./private-cluster";
import { describeOnPostgres, healthStatus, Outcome, startLoad, waitForOutcome } from "./support";

/**
 * Issue #14, Faults: PostgreSQL stopped (`pg_ctl stop -m fast`: every session terminated) under a
 * load of unified-view reads and started again, with the platform's processes left running. The
 * cluster is the test's own (private-cluster.ts), never the machine's. During the gap a request
 * fails with a code and a plain message (no SQL, no stack, no address); afterwards the same pools
 * answer again; and every read that carried personal data has its record of use (issue #4) —
 * each read declares its own purpose (`x-purpose: fault-pg:<n>`), so its audit rows are found by it.
 */
interface UnifiedPerson {
  person: { name: string } | null;
}

/**
 * What a client may see while the database is away: the code a client retries on, nothing of the
 * driver's; never a bare INTERNAL_SERVER_ERROR (a statement that could not reach the database is
 * not a crash).
 */
const GAP_CODES = new Set(["SERVICE_UNAVAILABLE"]);
const LEAKS = /select|insert|update|from "|econn|terminat|connection|postgres|127\.0\.0\.1|localhost|at \w+ \(|\.ts:\d/i;

describeOnPostgres("PostgreSQL restarted under load", () => {
  let cluster: PrivateCluster;
  let restoreEnv: () => void;
  let platform: TestPlatform;
  let database: Client;
  let careCase: TestPlatform["data"]["careCases"][number];

  beforeAll(async () => {
    cluster = await startPrivateCluster();
    // The platform's database on the private cluster, migrated from scratch (the run's template lives on the machine's cluster).
    restoreEnv = setEnv({ DATABASE_URL: cluster.url, [POSTGRES_TEMPLATE_ENV]: undefined });
    platform = await startTestPlatform({ persons: 30, seed: "fault-pg" });
    const visited = platform.data.careCases.find((candidate) => candidate.householdDistrictCode === candidate.visitDistrictCode);
    if (visited === undefined) {
      throw new Error("The demo seed made no case visited where the family lives");
    }
    careCase = visited;
    const household = platform.platform.subgraphs.get("household")!;
    database = new Client({ connectionString: (household.database.dataSource.options as { url: string }).url });
  }, 240_000);

  afterAll(async () => {
    await database?.end().catch(() => undefined);
    await platform?.stop();
    restoreEnv?.();
    cluster?.remove();
  });

  const purposeOf = (n: number): string => `fault-pg:${n}`;

  const read = (n: number): Promise<GraphQLResponse<UnifiedPerson>> =>
    platform.query<UnifiedPerson>(UNIFIED_PERSON_QUERY, { org: careCase.visitDistrictCode, variables: { id: careCase.personId }, headers: { "x-purpose": purposeOf(n) } });

  const failed = (outcome: Outcome<unknown>): boolean => outcome.response === undefined || errorCodes(outcome.response).length > 0;
  const answered = (outcome: Outcome<unknown>): boolean => !failed(outcome);

  it("should fail requests cleanly during the gap, answer again on the same pools, and keep a record of every answered read", async () => {
    const load = startLoad(3, read);
    let healthDuringGap: number | undefined;
    try {
      await waitForOutcome("a read answered before the stop", load, answered);
      const stoppedAt = Date.now();
      cluster.stop();
      await waitForOutcome("a read failed during the gap", load, failed, stoppedAt);
      healthDuringGap = await healthStatus(platform.gatewayUrl);
      const startedAt = Date.now();
      cluster.start();
      await waitForOutcome("a read answered after the start", load, answered, startedAt);
    } finally {
      await load.stop();
    }
    expect(healthDuringGap).toBe(503);
    // The same processes, the same pools: every request now answers in full.
    for (let n = 0; n < 10; n += 1) {
      expect(errorCodes(await read(1_000_000 + n))).toEqual([]);
    }
    expect(await healthStatus(platform.gatewayUrl)).toBe(200);

    const outcomes = load.outcomes();
    const failures = outcomes.filter(failed);
    expect(failures.length).toBeGreaterThan(0);
    for (const outcome of failures) {
      expect(outcome.thrown).toBeUndefined();
      for (const error of outcome.response!.errors!) {
        expect(GAP_CODES).toContain(error.extensions?.code);
        expect(error.message).not.toMatch(LEAKS);
        expect(Object.keys(error.extensions ?? {}).filter((key) => !["code", "serviceName"].includes(key))).toEqual([]);
      }
    }

    // PDPA (issue #4): a read whose answer carried the person's name has household's record of it.
    await database.connect();
    const audited = await database.query<{ purpose: string }>(`SELECT DISTINCT purpose FROM "household"."audit_log" WHERE purpose LIKE 'fault-pg:%' AND 'name' = ANY(fields)`);
    const purposes = new Set(audited.rows.map((row) => row.purpose));
    const carried = outcomes.filter((outcome) => typeof outcome.response?.data?.person?.name === "string");
    expect(carried.filter((outcome) => !purposes.has(purposeOf(outcome.n))).map((outcome) => outcome.n)).toEqual([]);
    process.stderr.write(`faults/postgres-restarted: ${outcomes.length} reads, ${failures.length} failed during the gap (${[...new Set(failures.flatMap((outcome) => errorCodes(outcome.response!)))].join(", ")}), ${carried.length} carried data, all audited\n`);
  }, 480_000);
});
