import { join } from "path";
import { Client } from "pg";
import { Child, spawnTypeScript, waitForHealth } from "../../scripts/bench/children";
import { UNIFIED_PERSON_QUERY } from "../../scripts/operations/unified-view";
import { Role } from "../../shared/auth/roles";
import { errorCodes, GraphQLResponse } from "../support/graphql";
import { startTestPlatform, TestPlatform } from "../support/platform";
import { describeOnPostgres, healthStatus, Load, Outcome, startLoad, waitForOutcome, waitUntil } from "./support";

/**
 * Issue #14, Faults: the health subgraph killed (SIGKILL) under load and restarted. The test
 * platform runs every subgraph in this process, so health's in-process server is closed first and
 * health is run instead as a separate process (scripts/serve-subgraph.ts, as deployed) on the same
 * port and database: SIGKILL then ends it as a crash would — its connections to PostgreSQL die
 * with it and PostgreSQL rolls back whatever was in flight. Then it is started again on that port.
 *
 * Load: unified-view reads (household, district, social and health in one request) and health's
 * intake mutation (receiveHealthReferral: the referral and its arrival notification in one
 * transaction; its answer's `needs` is a personal field, so success also means an audit row).
 */
const REPO_ROOT = join(__dirname, "..", "..");
const HEALTH_SCHEMA = "health";

interface UnifiedPerson {
  person: { name: string; healthReferrals: { id: string }[] | null } | null;
}

interface Received {
  receiveHealthReferral: { id: string; needs: string[] };
}

const RECEIVE = `mutation FaultReceive($input: HealthReferralInput!) { receiveHealthReferral(input: $input) { id needs } }`;

/** The values at an error's path; a list on the way stands for each of its elements (the path names no index). */
function valuesAt(value: unknown, path: readonly (string | number)[]): unknown[] {
  if (Array.isArray(value)) {
    return value.flatMap((element) => valuesAt(element, path));
  }
  if (path.length === 0) {
    return [value];
  }
  const [first, ...rest] = path;
  return valuesAt((value as Record<string | number, unknown>)[first], rest);
}

describeOnPostgres("a subgraph killed mid-load and restarted", () => {
  let platform: TestPlatform;
  let database: Client;
  let databaseUrl: string;
  let healthPort: number;
  let child: Child | undefined;
  let careCase: TestPlatform["data"]["careCases"][number];

  const keyOf = (n: number): string => `fault-kill:${n}`;

  function spawnHealth(): Child {
    return spawnTypeScript({
      name: "the health subgraph",
      cwd: REPO_ROOT,
      script: "scripts/serve-subgraph.ts",
      env: { ...process.env, SUBGRAPH: "health", PORT: String(healthPort), HOST: "127.0.0.1", DATABASE_URL: databaseUrl, GATEWAY_URL: platform.gatewayUrl, LOG_LEVEL: "warn" },
    });
  }

  async function startHealth(): Promise<void> {
    child = spawnHealth();
    // ts-node compiles the subgraph first: tens of seconds on a busy machine.
    await waitForHealth(platform.gatewayUrl.replace(/\/graphql$/, "/health"), child, Date.now(), 180_000);
  }

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 40, seed: "fault-kill" });
    const inProcess = platform.platform.subgraphs.get("health")!;
    healthPort = inProcess.port;
    databaseUrl = (inProcess.database.dataSource.options as { url: string }).url;
    const visited = platform.data.careCases.find((candidate) => candidate.householdDistrictCode === candidate.visitDistrictCode);
    if (visited === undefined) {
      throw new Error("The demo seed made no case visited where the family lives");
    }
    careCase = visited;
    await inProcess.close();
    await startHealth();
    database = new Client({ connectionString: databaseUrl });
    await database.connect();
  }, 240_000);

  afterAll(async () => {
    await database?.end();
    await child?.stop();
    await platform?.stop();
  });

  const read = (): Promise<GraphQLResponse<UnifiedPerson>> =>
    platform.query<UnifiedPerson>(UNIFIED_PERSON_QUERY, { org: careCase.visitDistrictCode, variables: { id: careCase.personId } });

  const receive = (n: number): Promise<GraphQLResponse<Received>> =>
    platform.query<Received>(RECEIVE, {
      role: Role.DISTRICT_CASE_OFFICER,
      org: careCase.visitDistrictCode,
      through: "district",
      variables: {
        input: {
          clientKey: keyOf(n),
          careCaseId: careCase.id,
          personId: careCase.personId,
          needs: ["NEWBORN_CARE"],
          referringDistrict: careCase.visitDistrictCode,
          referredOn: "2026-10-01",
        },
      },
    });

  const healthDown = (outcome: Outcome<unknown>): boolean => outcome.response !== undefined && errorCodes(outcome.response).includes("SERVICE_UNAVAILABLE");
  const answered = (outcome: Outcome<unknown>): boolean => outcome.response !== undefined && errorCodes(outcome.response).length === 0;

  /** What health's database holds for one client key: the referral, its arrival notification, the audit rows of its answer (the unified reads audit their own). */
  async function storedFor(clientKey: string): Promise<{ referralIds: string[]; notifications: number; auditRows: number }> {
    const referrals = await database.query<{ id: string }>(`SELECT id FROM "${HEALTH_SCHEMA}"."referrals" WHERE client_key = $1`, [clientKey]);
    const ids = referrals.rows.map((row) => row.id);
    const notifications = await database.query<{ count: string }>(`SELECT count(*) FROM "${HEALTH_SCHEMA}"."notifications" WHERE subject_id = ANY($1::text[])`, [ids]);
    const audit = await database.query<{ count: string }>(
      `SELECT count(*) FROM "${HEALTH_SCHEMA}"."audit_log" WHERE entity_type = 'HealthReferral' AND entity_id = ANY($1::text[]) AND 'needs' = ANY(fields) AND operation_name LIKE 'FaultReceive%'`,
      [ids],
    );
    return { referralIds: ids, notifications: Number(notifications.rows[0].count), auditRows: Number(audit.rows[0].count) };
  }

  it("should answer the other agencies' parts while health is down, report 503 then 200, and apply each write whole or not at all", async () => {
    const reads: Load<UnifiedPerson> = startLoad(2, read);
    const writes: Load<Received> = startLoad(1, receive);
    let healthDuringOutage: number | undefined;
    let liveDuringOutage: number | undefined;
    try {
      await waitForOutcome("a write answered before the kill", writes, answered);
      const killedAt = Date.now();
      process.kill(child!.pid, "SIGKILL");
      await waitUntil("the health subgraph's exit", () => child!.exited());
      await waitForOutcome("a partial read", reads, healthDown, killedAt);
      await waitForOutcome("a refused write", writes, healthDown, killedAt);
      healthDuringOutage = await healthStatus(platform.gatewayUrl);
      liveDuringOutage = (await fetch(`${platform.gatewayUrl.replace(/\/graphql$/, "/health")}?probe=live`)).status;
      const restartedAt = Date.now();
      await startHealth();
      await waitForOutcome("a full read after the restart", reads, answered, restartedAt);
      await waitForOutcome("a write answered after the restart", writes, answered, restartedAt);
    } finally {
      await reads.stop();
      await writes.stop();
    }
    expect(healthDuringOutage).toBe(503);
    // The gateway itself stayed up (issue #13's liveness) and is ready again.
    expect(liveDuringOutage).toBe(200);
    expect(await healthStatus(platform.gatewayUrl)).toBe(200);

    // Every read answered: in full, or with the other agencies' parts and health's at its path.
    for (const outcome of reads.outcomes()) {
      expect(outcome.thrown).toBeUndefined();
      expect(outcome.response!.status).toBe(200);
      expect(outcome.response!.data?.person?.name).toBeTruthy();
      for (const error of outcome.response!.errors ?? []) {
        expect(error.extensions).toEqual(expect.objectContaining({ code: "SERVICE_UNAVAILABLE", serviceName: "health" }));
        // Issue #13: health's one fetch is at the person.
        expect(error.path).toEqual(["person", "healthReferrals"]);
      }
    }
    const partial = reads.outcomes().filter(healthDown);
    expect(partial.length).toBeGreaterThan(0);
    // Where an error points, the value is null (in every element of a list on the way).
    for (const outcome of partial) {
      for (const error of outcome.response!.errors!) {
        expect(new Set(valuesAt(outcome.response!.data, error.path!))).toEqual(new Set([null]));
      }
    }
    expect(JSON.stringify(partial.map((outcome) => outcome.response!.errors))).not.toMatch(/ECONNREFUSED|ECONNRESET|socket|127\.0\.0\.1|localhost|at \w+ \(/);

    // Every write answered success (stored, notified and audited) or SERVICE_UNAVAILABLE.
    const outcomes = writes.outcomes();
    let committedBeforeTheCrash = 0;
    for (const outcome of outcomes) {
      expect(outcome.thrown).toBeUndefined();
      const stored = await storedFor(keyOf(outcome.n));
      if (answered(outcome)) {
        expect(stored).toEqual({ referralIds: [outcome.response!.data!.receiveHealthReferral.id], notifications: 1, auditRows: 1 });
      } else {
        expect(new Set(errorCodes(outcome.response!))).toEqual(new Set(["SERVICE_UNAVAILABLE"]));
        expect(outcome.response!.errors!.map((error) => [error.extensions?.serviceName, error.path])).toEqual([["health", ["receiveHealthReferral"]]]);
        // Nothing, or — when the crash fell between COMMIT and the answer — the whole intake, never a part.
        expect(stored.notifications).toBe(stored.referralIds.length);
        expect(stored.referralIds.length).toBeLessThanOrEqual(1);
        // Its record of use is written just before the answer leaves: a crash after that append
        // and before the answer reached the gateway leaves one record for a read nobody received
        // (recorded rather than lost, PDPA), never one without the intake.
        expect(stored.auditRows).toBeLessThanOrEqual(stored.referralIds.length);
        committedBeforeTheCrash += stored.referralIds.length;
      }
    }
    // A sender retries what failed (D3's outbox does): each key is then stored exactly once, whole.
    const failed = outcomes.filter((outcome) => !answered(outcome));
    expect(failed.length).toBeGreaterThan(0);
    for (const outcome of failed) {
      const before = await storedFor(keyOf(outcome.n));
      const retried = await receive(outcome.n);
      expect(errorCodes(retried)).toEqual([]);
      // The retry's answer is one more read of the referral, so one more record of use.
      expect(await storedFor(keyOf(outcome.n))).toEqual({ referralIds: [retried.data!.receiveHealthReferral.id], notifications: 1, auditRows: before.auditRows + 1 });
    }
    process.stderr.write(
      `faults/subgraph-killed: ${reads.outcomes().length} reads (${partial.length} partial), ${outcomes.length} writes (${failed.length} refused, ${committedBeforeTheCrash} of them committed whole before the crash; retried once each)\n`,
    );
  }, 480_000);
});
