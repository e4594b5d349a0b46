import { join } from "path";
import { Child, spawnTypeScript } from "../../scripts/bench/children";
import { schedulerLockKey } from "../../shared/deadlines/lock";
import { DEADLINE_PASS_JOB, DeadlinePassOutcome } from "../../shared/deadlines/pass";
import { describeOnPostgres, districtFault, freePort, waitUntil } from "./support";

/**
 * Issue #14, Faults: the district's deadline scheduler (issue #8) killed mid-pass. A district
 * replica of its own (scripts/serve-subgraph.ts, as deployed) starts its pass over many overdue
 * deadlines and is killed with SIGKILL while it holds the pass's advisory lock; the platform's own
 * district is the other replica and runs passes until one runs. The killed pass leaves nothing
 * (its transaction never committed), the other marks every breach, each once.
 */
const REPO_ROOT = join(__dirname, "..", "..");
const OVERDUE = 40_000;
const TABLE = `"district"."deadlines"`;

/** pg_locks shows a bigint advisory key as two unsigned halves. */
function advisoryHalves(key: string): { classid: string; objid: string } {
  const unsigned = BigInt.asUintN(64, BigInt(key));
  return { classid: (unsigned >> 32n).toString(), objid: (unsigned & 0xffffffffn).toString() };
}

describeOnPostgres("the scheduler's replica killed mid-pass", () => {
  let child: Child | undefined;
  const fault = districtFault("fault-scheduler", async () => {
    await child?.stop();
  });
  const { count } = fault;

  it("should let the other replica mark every breach once", async () => {
    // Test data: deadlines already due a day ago (as the replicas test inserts them), so one pass marks them all.
    await fault.database.query(
      `INSERT INTO ${TABLE} ("subject_type", "subject_id", "step", "rule", "started_at", "due_at", "state", "met_at", "created_at", "updated_at")
       SELECT 'CareCase', 'fault-' || n, 'REFERRAL', '{"kind":"workingDaysEnd","days":1}'::jsonb, now() - interval '2 days', now() - interval '1 day', 'DUE', NULL, now() - interval '2 days', now() - interval '2 days'
         FROM generate_series(1, ${OVERDUE}) AS n`,
    );
    const runsBefore = await count(`SELECT count(*) FROM "district"."scheduler_runs"`);
    const { classid, objid } = advisoryHalves(schedulerLockKey("district"));
    const passHeld = async (): Promise<boolean> =>
      (await count(`SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted AND classid::text = '${classid}' AND objid::text = '${objid}' AND objsubid = 1`)) > 0;

    child = spawnTypeScript({
      name: "the district replica",
      cwd: REPO_ROOT,
      script: "scripts/serve-subgraph.ts",
      env: {
        ...process.env,
        SUBGRAPH: "district",
        PORT: String(await freePort()),
        HOST: "127.0.0.1",
        DATABASE_URL: fault.databaseUrl,
        GATEWAY_URL: fault.platform.gatewayUrl,
        LOG_LEVEL: "warn",
      },
    });
    // Its first pass starts as soon as it is up (ts-node compiles first: tens of seconds on a busy machine).
    await waitUntil("the replica's pass to hold the lock", async () => {
      if (child!.exited()) {
        throw new Error(`The district replica exited:\n${child!.output()}`);
      }
      return passHeld();
    }, 240_000);
    process.kill(child.pid, "SIGKILL");
    await waitUntil("the replica's exit", () => child!.exited());

    // The other replica: skipped while the dead one's statement still runs, then the pass.
    const outcomes: DeadlinePassOutcome[] = [];
    await waitUntil("a pass of the other replica", async () => {
      const outcome = (await fault.platform.runJob("district", DEADLINE_PASS_JOB)) as DeadlinePassOutcome;
      outcomes.push(outcome);
      return outcome.status === "ran";
    }, 120_000);
    const ran = outcomes[outcomes.length - 1];

    // Nothing of the killed pass was committed: the one run recorded is the other replica's.
    expect(await count(`SELECT count(*) FROM "district"."scheduler_runs"`)).toBe(runsBefore + 1);
    expect(ran.status === "ran" ? ran.run.changed.breaches : null).toBe(OVERDUE);
    expect(await count(`SELECT count(*) FROM "district"."deadline_breaches" WHERE subject_id LIKE 'fault-%'`)).toBe(OVERDUE);
    expect(await count(`SELECT count(DISTINCT deadline_id) FROM "district"."deadline_breaches" WHERE subject_id LIKE 'fault-%'`)).toBe(OVERDUE);
    expect(await count(`SELECT count(*) FROM ${TABLE} WHERE subject_id LIKE 'fault-%' AND state = 'OVERDUE' AND breached_at IS NOT NULL`)).toBe(OVERDUE);
    // A later pass finds nothing left to mark.
    const again = (await fault.platform.runJob("district", DEADLINE_PASS_JOB)) as DeadlinePassOutcome;
    expect(again.status === "ran" ? again.run.changed.breaches : null).toBe(0);
    process.stderr.write(`faults/scheduler-killed: ${OVERDUE} overdue, the killed pass left 0 breaches, the other replica marked ${OVERDUE} once each after ${outcomes.length - 1} skipped tick(s)\n`);
  }, 480_000);
});
