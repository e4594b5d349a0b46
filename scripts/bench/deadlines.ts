import "reflect-metadata";
import { now } from "../../shared/clock";
import { closeEngine, postgresEngine } from "../../shared/db/engine";
import { generateDemoData } from "../demo-data/generate";
import { loadDemoData } from "../demo-data/load";
import { runPlatform, RunningPlatform } from "../platform/run-platform";
import { createFreshDatabase, dropDatabase } from "./database";
import { readDeadlinesBenchConfig } from "./deadlines-config";
import { measureInbox } from "./deadlines-inbox";
import { applicantsOf, IntakeFigures, runIntakeDay } from "./deadlines-intake";
import { measurePass, PassFigures } from "./deadlines-pass";
import { writeDeadlinesReport } from "./deadlines-report";
import { prepareInbox, preparePassCases } from "./deadlines-rows";
import { describeMachine } from "./machine";

/**
 * `npm run bench:deadlines` (issue #8, section Benchmark): one day's intake through the gateway at
 * ~100 and ~1,000 cases, the district inbox of a district with 10,000 open cases at 1 and 20
 * connections, and one scheduler pass over 10,000 and 100,000 open deadlines with EXPLAIN of its
 * statements. On the machine's PostgreSQL, in a fresh database dropped at the end; writes its
 * section of BENCHMARKS.md (issue #3's is kept).
 */
const started = Date.now();

function progress(line: string): void {
  console.log(`[bench:deadlines ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);
}

/** New immigrants are ~45% of the generated persons (households of a spouse, an immigrant, children). */
const IMMIGRANT_SHARE = 0.4;
/** One case per office, before the measured days. */
const WARM_UP_CASES = 24;

async function main(): Promise<void> {
  const config = readDeadlinesBenchConfig();
  const databaseName = new URL(config.databaseUrl).pathname.slice(1);
  progress(`fresh database ${databaseName} on ${config.databaseUrl.replace(/\/\/[^@]*@/, "//…@").replace(/\/[^/]*$/, "")}`);
  await createFreshDatabase(config.databaseUrl);
  const engine = postgresEngine(config.databaseUrl, 10);
  let platform: RunningPlatform | undefined;
  try {
    platform = await runPlatform({ engine, gatewayPort: 0, subgraphPort: () => 0, jobs: "manual" });
    const dataSources = new Map([...platform.subgraphs].map(([name, subgraph]) => [name, subgraph.database.dataSource]));
    const needed = WARM_UP_CASES + config.intakeDays.reduce((sum, cases) => sum + cases, 0);
    // The families who register: setup, loaded as the demo data is (not measured).
    const data = generateDemoData({ persons: Math.ceil(needed / IMMIGRANT_SHARE), seed: "bench-deadlines" });
    await loadDemoData(dataSources, data);
    const household = dataSources.get("household");
    await household?.query("ANALYZE");
    const applicants = applicantsOf(data);
    if (applicants.length < needed) {
      throw new Error(`the demo data has ${applicants.length} new immigrants, the intake needs ${needed}`);
    }
    // Unmeasured: a process's first requests compile, fill pools and read each audit chain's head.
    progress(`warm-up day: ${WARM_UP_CASES} cases`);
    await runIntakeDay(platform, applicants.slice(0, WARM_UP_CASES));
    const intake: IntakeFigures[] = [];
    let offset = WARM_UP_CASES;
    for (const cases of config.intakeDays) {
      progress(`intake of one day: ${cases} cases through the gateway`);
      const day = await runIntakeDay(platform, applicants.slice(offset, offset + cases));
      offset += cases;
      const ms = day.steps.reduce((sum, step) => sum + step.ms, 0);
      progress(`  ${cases} cases in ${(ms / 1000).toFixed(1)} s (${(ms / cases).toFixed(1)} ms per case), ${day.ledgers} ledgers`);
      intake.push(day);
    }

    progress(`inbox: ${config.inboxCases} open cases in ${config.inboxDistrict} (SQL setup)`);
    const inboxSetup = await prepareInbox(config.databaseUrl, config.inboxDistrict, config.inboxCases, now());
    const inbox = await measureInbox(config, platform, progress);

    const largest = config.passSizes[config.passSizes.length - 1];
    progress(`scheduler pass: cases for up to ${largest} open deadlines (SQL setup)`);
    await preparePassCases(config.databaseUrl, largest, now());
    const passes: PassFigures[] = [];
    for (const size of config.passSizes) {
      passes.push(await measurePass(platform, config.databaseUrl, size, config.passRounds, progress));
    }

    const district = dataSources.get("district");
    const [{ version }] = ((await district?.query("SELECT version() AS version")) ?? [{ version: "unknown" }]) as { version: string }[];
    writeDeadlinesReport(config, {
      command: "npm run bench:deadlines    # BENCH_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/postgres (a fresh database is made beside it)",
      date: new Date(),
      totalSeconds: (Date.now() - started) / 1000,
      machine: describeMachine(version),
      databaseName,
      intake,
      inboxSetup,
      inbox,
      passes,
    });
    progress(`wrote ${config.reportPath}`);
  } finally {
    await platform?.stop();
    await closeEngine(engine);
    await dropDatabase(config.databaseUrl);
    progress(`dropped ${databaseName}`);
  }
}

main().catch((error: unknown) => {
  console.error("bench:deadlines failed:", error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
