import { join } from "path";
import { AGENCIES } from "../../shared/agencies";
import { ConfigError, envString } from "../../shared/config";

/** Where the benchmark runs and for how long; read once, from the environment (STYLE: config modules read env). */
export interface BenchConfig {
  readonly repoRoot: string;
  readonly databaseUrl: string;
  /** The bench database must hold at least this many demo persons. */
  readonly persons: number;
  readonly gatewayPort: number;
  /** Each agency's subgraph port by name: its registry port + 100 (shared/agencies.ts). */
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
  /** This process's environment, handed on to the children it starts (they read their own settings). */
  readonly childEnvironment: Readonly<NodeJS.ProcessEnv>;
}

export function positiveNumber(name: string, fallback: string): number {
  const value = Number(envString(name, fallback));
  if (!Number.isFinite(value) || value <= 0) {
    throw new ConfigError(`${name} must be a positive number`);
  }
  return value;
}

/** The registry's ports moved by `offset`, so a bench platform never collides with `npm start`. */
export function portsFrom(offset: number): Readonly<Record<string, number>> {
  return Object.fromEntries(AGENCIES.map((agency) => [agency.name, agency.port + offset]));
}

export function readBenchConfig(): BenchConfig {
  const repoRoot = join(__dirname, "..", "..");
  const persons = positiveNumber("BENCH_PERSONS", "100000");
  if (!Number.isInteger(persons)) {
    throw new ConfigError("BENCH_PERSONS must be a whole number");
  }
  return {
    repoRoot,
    databaseUrl: envString("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/care_bench"),
    persons,
    gatewayPort: 4100,
    subgraphPorts: portsFrom(100),
    floorPort: 4199,
    pgliteGatewayPort: 4200,
    pgliteSubgraphPorts: portsFrom(200),
    // Shorter runs are for trying the script out; the figures in BENCHMARKS.md use the defaults.
    warmupSeconds: positiveNumber("BENCH_WARMUP_SECONDS", "3"),
    runSeconds: positiveNumber("BENCH_SECONDS", "8"),
    connections: 50,
    pageSize: 50,
    callerDistrict: "63000050",
    profileDir: join(repoRoot, ".bench", "profile"),
    reportPath: join(repoRoot, "BENCHMARKS.md"),
    // One caller drives every benchmark: the per-user persons-search limit (issue #14) would measure
    // the limit, not the platform. Shedding (the admission bound) stays on.
    childEnvironment: { GATEWAY_PERSONS_SEARCH_BURST: "0", ...process.env },
  };
}
