import { BenchData } from "./database";
import { ms } from "./figures";
import { LoadResult } from "./load";
import { Machine } from "./machine";
import { ProfileSummary } from "./profile";
import { writeSection } from "./report-section";
import { ShapeCheck } from "./targets";

/** One target (gateway or floor) of one view, at 1 and at N connections. */
export interface TargetFigures {
  readonly target: string;
  readonly single: LoadResult;
  readonly concurrent: LoadResult;
  /** CPU of the serving process (platform or floor) per request in the concurrent run, ms. */
  readonly serverCpuMsPerRequest: number;
  /** CPU of all PostgreSQL processes per request in the concurrent run, ms. */
  readonly postgresCpuMsPerRequest: number;
  readonly responseBytes: number;
}

export interface ViewFigures {
  readonly label: string;
  readonly gateway: TargetFigures;
  readonly floor: TargetFigures;
  readonly shape: ShapeCheck;
}

export interface StartupFigures {
  /** `npm start` on the bench database (data present, DEMO_PERSONS=0): spawn to /health 200. */
  readonly benchDatabaseMs: number;
  /** `npm start` on a fresh embedded PGlite: initdb, migrations, demo data, spawn to /health 200. */
  readonly freshPgliteMs: number;
  readonly freshPgliteDemoPersons: string;
}

export interface ProfileFigures {
  readonly file: string;
  /** The signal that ended the profiled platform (SIGINT, or the exit hook's SIGUSR2). */
  readonly endedBy: string;
  readonly run: LoadResult;
  readonly serverCpuMsPerRequest: number;
  readonly summary: ProfileSummary;
}

/** Issue #4: one gateway view at N connections with the access policy and audit on and off. */
export interface PolicyFigures {
  readonly label: string;
  readonly on: LoadResult;
  readonly off: LoadResult;
  readonly onCpuMsPerRequest: number;
  readonly offCpuMsPerRequest: number;
}

export interface BenchReport {
  readonly command: string;
  readonly date: Date;
  readonly totalSeconds: number;
  readonly machine: Machine;
  readonly data: BenchData;
  readonly personId: string;
  readonly warmupSeconds: number;
  readonly runSeconds: number;
  readonly connections: number;
  readonly views: readonly ViewFigures[];
  readonly policy: readonly PolicyFigures[];
  readonly startup: StartupFigures;
  readonly profile: ProfileFigures;
  readonly notes: readonly string[];
}

function rate(value: number): string {
  return value < 100 ? value.toFixed(1) : Math.round(value).toLocaleString("en-US");
}

/** Below 1 (the gateway's share of the floor's throughput) the inverse reads better: 0.015× (1/68). */
function ratio(value: number): string {
  if (!Number.isFinite(value) || value <= 0) {
    return "n/a";
  }
  if (value >= 1) {
    return `${value.toFixed(value >= 10 ? 0 : 2)}×`;
  }
  return `${value.toPrecision(2)}× (1/${(1 / value).toFixed(value < 0.1 ? 0 : 1)})`;
}

function seconds(millis: number): string {
  return `${(millis / 1000).toFixed(1)} s`;
}

export interface Ratios {
  readonly p50: number;
  readonly p99: number;
  readonly throughputSingle: number;
  readonly throughput: number;
  readonly serverCpu: number;
  readonly totalCpu: number;
}

/** gateway / floor: above 1 for latency and CPU means the gateway costs more; below 1 for throughput. */
export function ratiosOf(view: ViewFigures): Ratios {
  const { gateway, floor } = view;
  return {
    p50: gateway.single.p50Ms / floor.single.p50Ms,
    p99: gateway.single.p99Ms / floor.single.p99Ms,
    throughputSingle: gateway.single.requestsPerSecond / floor.single.requestsPerSecond,
    throughput: gateway.concurrent.requestsPerSecond / floor.concurrent.requestsPerSecond,
    serverCpu: gateway.serverCpuMsPerRequest / floor.serverCpuMsPerRequest,
    totalCpu: (gateway.serverCpuMsPerRequest + gateway.postgresCpuMsPerRequest) / (floor.serverCpuMsPerRequest + floor.postgresCpuMsPerRequest),
  };
}

/** How much throughput the policy and audit take, as a share of the throughput without them. */
function overheadPercent(figures: PolicyFigures): number {
  return (1 - figures.on.requestsPerSecond / figures.off.requestsPerSecond) * 100;
}

function resultRow(figures: TargetFigures): string {
  const { single, concurrent } = figures;
  return `| ${figures.target} | ${ms(single.p50Ms)} | ${ms(single.p99Ms)} | ${rate(single.requestsPerSecond)} | **${rate(concurrent.requestsPerSecond)}** | ${ms(concurrent.p50Ms)} | ${ms(concurrent.p99Ms)} | ${concurrent.non2xx} / ${concurrent.errors} | ${ms(figures.serverCpuMsPerRequest)} | ${ms(figures.postgresCpuMsPerRequest)} | ${figures.responseBytes.toLocaleString("en-US")} |`;
}

/** The figures and ratios as printed at the end of `npm run bench`. */
export function renderConsole(report: BenchReport): string {
  const lines: string[] = [""];
  for (const view of report.views) {
    const r = ratiosOf(view);
    lines.push(view.label);
    for (const figures of [view.gateway, view.floor]) {
      lines.push(
        `  ${figures.target.padEnd(15)} 1 conn: p50 ${ms(figures.single.p50Ms)} ms, p99 ${ms(figures.single.p99Ms)} ms, ${rate(figures.single.requestsPerSecond)} req/s | ` +
          `${report.connections} conn: ${rate(figures.concurrent.requestsPerSecond)} req/s, p50 ${ms(figures.concurrent.p50Ms)} ms, p99 ${ms(figures.concurrent.p99Ms)} ms | ` +
          `CPU/req ${ms(figures.serverCpuMsPerRequest)} ms + PostgreSQL ${ms(figures.postgresCpuMsPerRequest)} ms`,
      );
    }
    lines.push(
      `  gateway/floor: latency p50 ${ratio(r.p50)}, p99 ${ratio(r.p99)} (1 conn); throughput ${ratio(r.throughput)} (${report.connections} conn); ` +
        `CPU per request ${ratio(r.serverCpu)} (process), ${ratio(r.totalCpu)} (with PostgreSQL)`,
    );
    lines.push(`  floor's data ${view.shape.difference === null ? "equals the gateway's, value for value" : `differs from the gateway's at ${view.shape.difference}`}`);
  }
  for (const figures of report.policy) {
    lines.push(
      `Policy and audit (#4), ${figures.label}: on ${rate(figures.on.requestsPerSecond)} req/s, off ${rate(figures.off.requestsPerSecond)} req/s, ` +
        `overhead ${overheadPercent(figures).toFixed(1)}% of throughput (aim < 15%), CPU/req ${ms(figures.onCpuMsPerRequest)} vs ${ms(figures.offCpuMsPerRequest)} ms`,
    );
  }
  lines.push(
    `Startup: npm start on the bench database ${seconds(report.startup.benchDatabaseMs)}; first start on a fresh PGlite with ${report.startup.freshPgliteDemoPersons} demo persons ${seconds(report.startup.freshPgliteMs)} (limit 30 s)`,
  );
  lines.push(`Where the gateway's time goes (${report.profile.summary.windowed ? "measured run only" : "whole process"}):`);
  for (const group of report.profile.summary.groups.slice(0, 12)) {
    lines.push(`  ${group.percent.toFixed(1).padStart(5)}%  ${group.name}`);
  }
  lines.push("Top functions by self time:");
  for (const row of report.profile.summary.functions) {
    lines.push(`  ${row.percent.toFixed(1).padStart(5)}%  ${row.name}  (${row.location})`);
  }
  return lines.join("\n");
}

function markdown(report: BenchReport): string {
  const { machine, data, profile } = report;
  const out: string[] = [];
  out.push("# Benchmarks", "");
  out.push(
    "The unified case view through the federated gateway, against the **floor**: a plain Node `http` handler",
    "(no GraphQL, no token check) that answers the same JSON from ONE SQL statement (`json_build_object` /",
    "`json_agg` across the schemas `household`, `district`, `social`, `health`, with the caller's row scope from",
    "each agency's `scope.ts`; `scripts/bench/floor-sql.ts`).",
    "Ratios are gateway / floor measured in the same run: they travel between machines better than the absolute times.",
    "",
  );
  out.push("## How it was measured", "");
  out.push("```sh", report.command, "```", "");
  out.push(
    `- Date: ${report.date.toISOString()} (the whole bench took ${report.totalSeconds.toFixed(0)} s)`,
    `- Machine: nproc ${machine.nproc} (${machine.cpuModel}), ${machine.memoryGb} GB RAM, ${machine.os}`,
    `- Node ${machine.node}; ${machine.postgres} on 127.0.0.1:5432`,
    `- Data (\`generateDemoData({ seed: "bench" })\`, database \`care_bench\`): ${Object.entries(data.counts)
      .map(([label, count]) => `${count.toLocaleString("en-US")} ${label}`)
      .join(", ")}${data.loaded && data.loadSeconds !== null ? ` (loaded by this run in ${data.loadSeconds.toFixed(0)} s)` : " (loaded by an earlier run, reused)"}`,
    `- The platform under test is \`npm start\`'s process — \`node -r ts-node/register/transpile-only scripts/start.ts\`, gateway and four subgraphs in ONE process, each subgraph with a pool of 10 PostgreSQL connections — with \`LOG_LEVEL=warn\` and, as a deployment runs (issue #13), \`NODE_ENV=production\`: trusted documents only (the bench's two queries in a manifest of its own, \`.bench/bench-trusted-documents.json\`), no developer tools, the bench's own signing key. The floor is its own process (pool of 10).`,
    `- Load: autocannon (programmatic, in the bench process, on the same ${machine.nproc} cores as the servers and PostgreSQL), one fixed request per target, keep-alive. Each target: a run at 1 connection (service time), then one at ${report.connections} connections (throughput). Each run warms up for ${report.warmupSeconds} s at its own concurrency, and its ${report.runSeconds} s window opens only once every connection has had a response (a closed loop starts with all its requests at once; a slow target would otherwise be measured before it answers anything). Between runs the bench waits until the server is idle again, so requests abandoned at the end of a run do not leak into the next.`,
    `- Caller: a development token for \`DISTRICT_CASE_OFFICER\` of 63000050 (中正區), with \`x-purpose: benchmark\` (required for \`persons\` since issue #4). The single person is the lowest-ID new immigrant of 中正區 (household and visit address) with a care case that has a visit record (\`${report.personId}\`): anyone outside the officer's row scope answers FORBIDDEN on every field but \`id\`. The page is \`persons(first: 50, filter: {district: "63000050", newImmigrant: true})\` with \`totalCount\`: without the district filter the officer's list also holds persons merely visited in 中正區, whose household the officer may not read (FORBIDDEN), as README's first query also filters. The selection is \`scripts/operations/unified-view.ts\`.`,
    `- Latency percentiles come from autocannon's per-response times (sub-millisecond), not its whole-millisecond histogram. CPU per request reads \`/proc/<pid>/stat\` (utime + stime) of the serving process, and of every \`postgres\` process, before and after the ${report.connections}-connection run.`,
    "",
  );
  out.push("## Results", "");
  out.push(
    `| target | 1 conn p50 ms | 1 conn p99 ms | 1 conn req/s | ${report.connections} conn req/s | ${report.connections} conn p50 ms | ${report.connections} conn p99 ms | non-2xx / errors | process CPU ms/req | PostgreSQL CPU ms/req | response bytes |`,
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  );
  for (const view of report.views) {
    out.push(resultRow(view.gateway), resultRow(view.floor));
  }
  out.push("");
  out.push("### Ratios (gateway / floor, same run)", "");
  out.push(
    `| view | latency p50 (1 conn) | latency p99 (1 conn) | throughput (1 conn) | throughput (${report.connections} conn) | process CPU per request | CPU per request incl. PostgreSQL |`,
    "|---|---:|---:|---:|---:|---:|---:|",
  );
  for (const view of report.views) {
    const r = ratiosOf(view);
    out.push(`| ${view.label} | ${ratio(r.p50)} | ${ratio(r.p99)} | ${ratio(r.throughputSingle)} | **${ratio(r.throughput)}** | ${ratio(r.serverCpu)} | ${ratio(r.totalCpu)} |`);
  }
  out.push("");
  out.push("Same answer on both sides: checked once before the runs (the bench fails otherwise: same top-level keys of the person, same number of page edges).");
  for (const view of report.views) {
    out.push(
      `- ${view.shape.view}: ${view.shape.difference === null ? "the floor's `data` equals the gateway's, value for value" : `first difference: ${view.shape.difference}`} (gateway ${view.shape.gatewayBytes.toLocaleString("en-US")} bytes, floor ${view.shape.floorBytes.toLocaleString("en-US")} bytes: PostgreSQL prints json as \`"key" : value\`).`,
    );
  }
  out.push("");
  out.push("## Access policy and audit: on vs off (issue #4)", "");
  out.push(
    `The same gateway targets at ${report.connections} connections against two platforms running side by side, both in development mode (NODE_ENV unset: switching the policy off is refused in production): the platform as it runs, and one started with \`UNSAFE_DISABLE_POLICY=1\` (no graphql-shield rules, no masking, no audit log). The runs alternate (with, without, with, without) and are pooled, so drift on the shared machine falls on both alike. The row-scope predicates stay in both: they are part of each loader's SQL. Aim: the policy and the audit cost less than 15% of throughput.`,
    "",
    `| view | req/s with policy + audit | req/s without | on / off | throughput overhead | process CPU ms/req on / off |`,
    "|---|---:|---:|---:|---:|---:|",
  );
  for (const figures of report.policy) {
    out.push(
      `| ${figures.label} | ${rate(figures.on.requestsPerSecond)} | ${rate(figures.off.requestsPerSecond)} | ${(figures.on.requestsPerSecond / figures.off.requestsPerSecond).toFixed(2)}× | **${overheadPercent(figures).toFixed(1)}%** | ${ms(figures.onCpuMsPerRequest)} / ${ms(figures.offCpuMsPerRequest)} |`,
    );
  }
  out.push("");
  out.push("## Startup (`npm start` readiness, issue: ready within 30 s)", "");
  out.push("| start | spawn → `/health` 200 |", "|---|---:|");
  out.push(`| on the bench database (PostgreSQL, data present, \`DEMO_PERSONS=0\`) | ${seconds(report.startup.benchDatabaseMs)} |`);
  out.push(`| first start on a fresh embedded PGlite (new \`PGLITE_DATA_DIR\`: initdb, migrations, ${report.startup.freshPgliteDemoPersons} demo persons) | ${seconds(report.startup.freshPgliteMs)} |`);
  out.push("", "Both include ts-node compiling the project on the fly (transpile-only), as `npm start` does.", "");
  out.push("## Where the gateway's time goes", "");
  out.push(
    `One more \`gateway-person\` run at ${report.connections} connections, the platform started with \`--cpu-prof --cpu-prof-dir=.bench/profile\` and stopped with SIGINT${profile.endedBy === "SIGINT" ? "" : ` (it did not exit: ended with ${profile.endedBy} through the bench's preloaded exit hook, see Notes)`} (\`${profile.file}\`). ` +
      `${profile.summary.windowed ? "Only the samples of the measured run count (startup and warm-up excluded)." : "The whole process's samples count (the run's window could not be matched)."} ` +
      `Profiled: ${rate(profile.run.requestsPerSecond)} req/s (profiling slows it), ${ms(profile.serverCpuMsPerRequest)} ms CPU per request; ` +
      `${(profile.summary.nonIdleMs / 1000).toFixed(1)} s busy, ${(profile.summary.idleMs / 1000).toFixed(1)} s idle. Percentages are of busy (non-idle) time; the platform is one process, so "gateway" here means the gateway and the four subgraphs.`,
    "",
  );
  out.push("| self time by package | ms | % |", "|---|---:|---:|");
  const shown = profile.summary.groups.filter((group) => group.percent >= 0.5);
  const rest = profile.summary.groups.slice(shown.length);
  for (const group of shown) {
    out.push(`| ${group.name} | ${group.ms.toFixed(0)} | ${group.percent.toFixed(1)} |`);
  }
  if (rest.length > 0) {
    const ms = rest.reduce((sum, group) => sum + group.ms, 0);
    const percent = rest.reduce((sum, group) => sum + group.percent, 0);
    out.push(`| ${rest.length} others, under 0.5% each | ${ms.toFixed(0)} | ${percent.toFixed(1)} |`);
  }
  out.push("", `| top ${profile.summary.functions.length} functions by self time | where | ms | % |`, "|---|---|---:|---:|");
  for (const row of profile.summary.functions) {
    out.push(`| \`${row.name}\` | ${row.location} (${row.group}) | ${row.ms.toFixed(0)} | ${row.percent.toFixed(1)} |`);
  }
  out.push("");
  out.push("## Notes", "");
  out.push(
    "- The floor checks no token, applies no field rules or masks (the caller is granted every selected field in full) and writes no audit log; it applies the caller's row scope as SQL predicates. It is the least any service answering this JSON must do, so the ratios are the whole price of the platform (HTTP hops, GraphQL parsing, validation, query limits and planning, federation, TypeORM, token checks in five places, graphql-shield field rules, the hash-chained audit log), not of federation alone. `UNSAFE_DISABLE_POLICY=1` (policy and audit off, refused in production) is not measured here.",
    "- The load generator shares the two cores with the servers and PostgreSQL; it costs the same per request on both sides, so it weighs more on the floor's figures and the ratios understate the gap a little.",
    "- PostgreSQL keeps its defaults for the platform (`jit` on, `jit_above_cost` 100000). The floor's session turns JIT off: its one large statement passes the threshold, and PostgreSQL would compile it on every execution (~70 ms for the page). Household's `persons` count (COUNT DISTINCT under the row scope) passes the threshold too at this data size: EXPLAIN ANALYZE showed ~12 ms of JIT compilation per page request, part of the gateway's PostgreSQL CPU above.",
  );
  for (const note of report.notes) {
    out.push(`- ${note}`);
  }
  out.push("");
  return out.join("\n");
}

/** Issue #3's section of BENCHMARKS.md; other benches' sections (issue #8's deadlines) are kept. */
export function writeReport(path: string, report: BenchReport): void {
  writeSection(path, "unified-view", markdown(report));
}
