import { randomBytes } from "crypto";
import { join } from "path";
import { ConfigError, envString } from "../../shared/config";
import { portsFrom, positiveNumber } from "./config";

/** `npm run bench:deadlines` (issue #8): what it measures and where; read once from the environment. */
export interface DeadlinesBenchConfig {
  readonly repoRoot: string;
  /** The server's URL with a fresh database of the run's own (created, then dropped after). */
  readonly databaseUrl: string;
  /** Cases of one day's intake, smallest first: ~100 registrations a day for all Taipei, and ten times that. */
  readonly intakeDays: readonly number[];
  /** Open cases of the one district whose inbox is measured. */
  readonly inboxCases: number;
  readonly inboxDistrict: string;
  readonly inboxPageSize: number;
  readonly inboxConnections: readonly number[];
  /** Open deadlines of the scheduler passes, smallest first (the growth is the ratio of the last to the first). */
  readonly passSizes: readonly number[];
  /** Passes per size, each on freshly prepared rows; the median is reported. */
  readonly passRounds: number;
  readonly warmupSeconds: number;
  readonly runSeconds: number;
  /** The platform serving the inbox load: its own ports, away from `npm start` and `npm run bench`. */
  readonly gatewayPort: number;
  readonly subgraphPorts: Readonly<Record<string, number>>;
  readonly reportPath: string;
  readonly childEnvironment: Readonly<NodeJS.ProcessEnv>;
}

function wholeNumbers(name: string, fallback: string): number[] {
  const values = envString(name, fallback)
    .split(",")
    .map((part) => Number(part.trim()));
  if (values.length === 0 || values.some((value) => !Number.isInteger(value) || value < 1)) {
    throw new ConfigError(`${name} must be a comma-separated list of positive whole numbers`);
  }
  return values.sort((a, b) => a - b);
}

export function readDeadlinesBenchConfig(): DeadlinesBenchConfig {
  const repoRoot = join(__dirname, "..", "..");
  const server = new URL(envString("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres"));
  server.pathname = `/care_bench_deadlines_${randomBytes(4).toString("hex")}`;
  return {
    repoRoot,
    databaseUrl: server.toString(),
    intakeDays: wholeNumbers("BENCH_INTAKE_CASES", "100,1000"),
    inboxCases: positiveNumber("BENCH_INBOX_CASES", "10000"),
    // 中正區, the caller of issue #3's bench too.
    inboxDistrict: "63000050",
    inboxPageSize: 50,
    inboxConnections: [1, 20],
    passSizes: wholeNumbers("BENCH_PASS_DEADLINES", "10000,100000"),
    passRounds: positiveNumber("BENCH_PASS_ROUNDS", "3"),
    warmupSeconds: positiveNumber("BENCH_WARMUP_SECONDS", "3"),
    runSeconds: positiveNumber("BENCH_SECONDS", "8"),
    gatewayPort: 4300,
    subgraphPorts: portsFrom(300),
    reportPath: join(repoRoot, "BENCHMARKS.md"),
    // One caller drives every benchmark: the per-user persons-search limit (issue #14) would measure
    // the limit, not the platform. Shedding (the admission bound) stays on.
    childEnvironment: { GATEWAY_PERSONS_SEARCH_BURST: "0", ...process.env },
  };
}
