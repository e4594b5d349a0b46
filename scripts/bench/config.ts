import { join } from "path";
import { envString } from "../../shared/config";

/** Where the benchmark runs and for how long; read once, from the environment (STYLE: config modules read env). */
export interface BenchConfig {
  readonly repoRoot: string;
  readonly databaseUrl: string;
  /** The bench database must hold at least this many demo persons. */
  readonly persons: number;
  readonly gatewayPort: number;
  /** household, district, social, health, in the order of SUBGRAPHS. */
  readonly subgraphPorts: Readonly<Record<string, number>>;
  readonly floorPort: number;
  /** Ports of the fresh embedded start, away from the bench platform's so both never collide. */
  readonly pgliteGatewayPort: number;
  readonly pgliteSubgraphPorts: Readonly<Record<string, number>>;
  readonly warmupSeconds: number;
  readonly runSeconds: number;
  readonly connections: number;
  readonly pageSize: number;
  /** The caller's org: a DISTRICT_CASE_OFFICER of 中正區; the row scope (issue #4) follows it. */
  readonly callerDistrict: string;
  /** Git-ignored folder for the CPU profile. */
  readonly profileDir: string;
  readonly reportPath: string;
}

function positiveNumber(name: string, fallback: string): number {
  const value = Number(envString(name, fallback));
  if (!Number.isFinite(value) || value <= 0) {
    throw new Error(`${name} must be a positive number`);
  }
  return value;
}

export function readBenchConfig(): BenchConfig {
  const repoRoot = join(__dirname, "..", "..");
  const persons = positiveNumber("BENCH_PERSONS", "100000");
  if (!Number.isInteger(persons)) {
    throw new Error("BENCH_PERSONS must be a whole number");
  }
  return {
    repoRoot,
    databaseUrl: envString("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/care_bench"),
    persons,
    gatewayPort: 4100,
    subgraphPorts: { household: 4101, district: 4102, social: 4103, health: 4104 },
    floorPort: 4199,
    pgliteGatewayPort: 4200,
    pgliteSubgraphPorts: { household: 4201, district: 4202, social: 4203, health: 4204 },
    // Shorter runs are for trying the script out; the figures in BENCHMARKS.md use the defaults.
    warmupSeconds: positiveNumber("BENCH_WARMUP_SECONDS", "3"),
    runSeconds: positiveNumber("BENCH_SECONDS", "8"),
    connections: 50,
    pageSize: 50,
    callerDistrict: "63000050",
    profileDir: join(repoRoot, ".bench", "profile"),
    reportPath: join(repoRoot, "BENCHMARKS.md"),
  };
}
