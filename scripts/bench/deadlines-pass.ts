import { performance } from "perf_hooks";
import { now } from "../../shared/clock";
import { advanceDeadlines } from "../../shared/deadlines/advance";
import { DEADLINE_PASS_JOB, DeadlinePassOutcome } from "../../shared/deadlines/pass";
import { districtDeadlines } from "../../subgraphs/district/deadlines";
import { notifyNewBreaches } from "../../subgraphs/district/inbox/district-notifications";
import { DISTRICT_SCHEMA } from "../../subgraphs/district/schema-name";
import { RunningPlatform } from "../platform/run-platform";
import { preparePassRound } from "./deadlines-rows";

/** One scheduler pass as the district's job runs it: wall time, the run it recorded, its statements. */
export interface PassRound {
  readonly ms: number;
  readonly recordedMs: number;
  readonly changed: Readonly<Record<string, number>>;
  readonly statements: number;
  /** The pass right after, with nothing newly due: what a tick costs when nothing moves. */
  readonly idleMs: number;
}

/** One statement of the pass under EXPLAIN ANALYZE (executed in a transaction rolled back after). */
export interface ExplainedStatement {
  readonly statement: string;
  readonly plan: string;
  readonly seqScanOnDeadlines: boolean;
  readonly indexes: readonly string[];
}

export interface PassFigures {
  readonly deadlines: number;
  readonly rounds: readonly PassRound[];
  readonly medianMs: number;
  readonly explained: readonly ExplainedStatement[];
}

class Rollback extends Error {}

function districtOf(platform: RunningPlatform): NonNullable<ReturnType<RunningPlatform["subgraphs"]["get"]>> {
  const district = platform.subgraphs.get("district");
  if (district === undefined) {
    throw new Error("no district subgraph");
  }
  return district;
}

async function runPass(platform: RunningPlatform): Promise<{ ms: number; outcome: DeadlinePassOutcome; statements: number }> {
  const district = districtOf(platform);
  const job = district.jobs.get(DEADLINE_PASS_JOB);
  if (job === undefined) {
    throw new Error(`district has no ${DEADLINE_PASS_JOB} job`);
  }
  district.database.queries.reset();
  const started = performance.now();
  const outcome = (await job.runOnce()) as DeadlinePassOutcome;
  const ms = performance.now() - started;
  if (outcome.status !== "ran") {
    throw new Error("the deadline pass was skipped: another replica holds the lock");
  }
  return { ms, outcome, statements: district.database.queries.count };
}

/**
 * The pass's own statements — the two transitions of shared/deadlines/advance.ts and the district's
 * overdue notifications (its afterAdvance hook) — under EXPLAIN (ANALYZE), in one transaction that
 * is rolled back, so the plans are those of the rows the measured pass then moves.
 */
async function explainPass(platform: RunningPlatform): Promise<ExplainedStatement[]> {
  const names = ["advance: past due → OVERDUE + breach", "advance: due within the threshold → DUE_SOON", "district: notify the new breaches"];
  const explained: ExplainedStatement[] = [];
  const instant = now();
  try {
    await districtOf(platform).database.dataSource.transaction(async (manager) => {
      // Both the advance (SqlRunner) and the hook (EntityManager's query) take it.
      const explaining = {
        query: async <Rows>(sql: string, parameters?: unknown[]): Promise<Rows> => {
          const rows = (await manager.query(`EXPLAIN (ANALYZE, COSTS OFF) ${sql}`, parameters)) as Record<string, string>[];
          const plan = rows.map((row) => Object.values(row).join("")).join("\n");
          explained.push({
            statement: names[explained.length] ?? `statement ${explained.length + 1}`,
            plan,
            seqScanOnDeadlines: /Seq Scan on deadlines\b/.test(plan),
            indexes: [...new Set([...plan.matchAll(/(?:Index|Index Only|Bitmap Index) Scan (?:Backward )?(?:using|on) (\w+)/g)].map((match) => match[1]))],
          });
          return [{ overdue: 0, breaches: 0, due_soon: 0 }] as Rows;
        },
      };
      await advanceDeadlines(explaining, DISTRICT_SCHEMA, instant, districtDeadlines.config.dueSoonWithinMs);
      await notifyNewBreaches(explaining, instant);
      throw new Rollback();
    });
  } catch (error) {
    if (!(error instanceof Rollback)) {
      throw error;
    }
  }
  return explained;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Issue #8's benchmark: one scheduler pass (the district's `deadline-pass` job, through
 * shared/deadlines/pass.ts with its lock, transitions, breaches, notifications and run record) over
 * `deadlines` open deadlines, `rounds` times on freshly prepared rows; EXPLAIN ANALYZE of its
 * statements first, on the same rows (rolled back).
 */
export async function measurePass(platform: RunningPlatform, url: string, deadlines: number, rounds: number, progress: (line: string) => void): Promise<PassFigures> {
  let explained: ExplainedStatement[] = [];
  const measuredRounds: PassRound[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const inserted = await preparePassRound(url, deadlines, now());
    if (round === 0) {
      explained = await explainPass(platform);
      // The rolled-back transaction left dead row versions: the round is prepared again, clean.
      await preparePassRound(url, deadlines, now());
    }
    const pass = await runPass(platform);
    const idle = await runPass(platform);
    const run = pass.outcome.status === "ran" ? pass.outcome.run : undefined;
    measuredRounds.push({ ms: pass.ms, recordedMs: run?.durationMs ?? Number.NaN, changed: run?.changed ?? {}, statements: pass.statements, idleMs: idle.ms });
    progress(`  pass over ${inserted.toLocaleString("en-US")} open deadlines: ${pass.ms.toFixed(0)} ms (${JSON.stringify(run?.changed)}), idle pass after it ${idle.ms.toFixed(1)} ms`);
  }
  return { deadlines, rounds: measuredRounds, medianMs: median(measuredRounds.map((round) => round.ms)), explained };
}
