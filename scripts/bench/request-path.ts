import "reflect-metadata";
import { join, resolve } from "path";
import { envPrefixOf } from "../../shared/agencies";
import { readAuthConfig } from "../../shared/auth/config";
import { Role } from "../../shared/auth/roles";
import { signDevToken } from "../../shared/auth/token";
import { envString } from "../../shared/config";
import { Child, cpuMillisOf, machineBusyMs, postgresCpuBetween, postgresCpuSnapshot, spawnTypeScript, waitForHealth, waitForIdle } from "./children";
import { portsFrom, positiveNumber } from "./config";
import { copyDatabase, dropDatabase, pickBenchPerson, prepareBenchDatabase } from "./database";
import { ms, n } from "./figures";
import { assertClean, LoadTarget, runLoad } from "./load";
import { BENCH_JWT_SECRET, developmentEnvironment, productionEnvironment, writeBenchManifest } from "./production";
import { writeSection } from "./report-section";
import { buildTargets, ViewTargets } from "./targets";

/**
 * `npm run bench:request-path` (issue #13): before/after figures for changes to the request path,
 * measured alternately in ONE run on this shared machine. Each variant is `npm start`'s platform
 * (scripts/start.ts) from a source tree — this one, or an earlier commit checked out elsewhere —
 * in development or production mode; all run side by side on the bench database, and each round
 * loads one after the other (forward, then reverse order), so drift falls on all alike. Each
 * variant has its own copy of the bench database (its own audit chain and job state). The figure
 * that travels is the serving process's CPU per request (from /proc); the machine's other load in
 * each window is recorded beside it.
 *
 * Every variant holds pools of 10 PostgreSQL connections per subgraph: two or three variants per
 * run stay under PostgreSQL's default max_connections (100). BENCH_SECTION names the BENCHMARKS.md
 * section a run writes (default request-path), so runs of different pairs keep their own.
 * BENCH_VIEW: `person` (default) or `page` (a page of 50, the persons search).
 * BENCH_VARIANTS: `label=tree:mode;…` (tree: a directory, `.` for this one; mode: development or
 * production). Example:
 *   git worktree-free copy of an earlier commit:  git archive <commit> | tar -x -C /tmp/before && ln -s $PWD/node_modules /tmp/before/
 *   BENCH_VARIANTS="before=/tmp/before:development;production=/tmp/before:production;after=.:production" npm run bench:request-path
 */
interface Variant {
  readonly label: string;
  readonly tree: string;
  readonly mode: "development" | "production";
}

interface Window {
  readonly requests: number;
  readonly seconds: number;
  readonly serverCpuMs: number;
  readonly postgresCpuMs: number;
  /** Busy CPU of everything else on the machine during the window, in cores. */
  readonly otherCores: number;
  readonly p50Ms: number;
}

const repoRoot = join(__dirname, "..", "..");
const started = Date.now();

function progress(line: string): void {
  console.log(`[bench:request-path ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);
}

function readVariants(): readonly Variant[] {
  const raw = envString("BENCH_VARIANTS", "after=.:production");
  return raw.split(";").map((entry) => {
    const match = /^([^=]+)=([^:]+):(development|production)$/.exec(entry.trim());
    if (match === null) {
      throw new Error(`BENCH_VARIANTS entry "${entry}" is not label=tree:development|production`);
    }
    return { label: match[1], tree: resolve(repoRoot, match[2]), mode: match[3] as Variant["mode"] };
  });
}


function startVariant(variant: Variant, index: number, databaseUrl: string, manifest: string): Child {
  const gatewayPort = 4300 + index * 10;
  const ports = Object.fromEntries(Object.entries(portsFrom(300 + index * 10)).map(([name, port]) => [`${envPrefixOf(name)}_PORT`, String(port)]));
  // GATEWAY_PERSONS_SEARCH_BURST=0: one caller drives the bench; the per-user limit would measure the limit.
  const base = { GATEWAY_PERSONS_SEARCH_BURST: "0", ...process.env, DATABASE_URL: databaseUrl, DEMO_PERSONS: "0", GATEWAY_PORT: String(gatewayPort), CONSOLE_PORT: String(gatewayPort + 9), ...ports, LOG_LEVEL: "warn", UNSAFE_DISABLE_POLICY: "0" };
  const env = variant.mode === "production" ? { ...base, ...productionEnvironment(variant.tree, manifest) } : developmentEnvironment(base);
  return spawnTypeScript({ name: variant.label, cwd: variant.tree, script: "scripts/start.ts", env });
}

async function main(): Promise<void> {
  const variants = readVariants();
  const databaseUrl = envString("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/care_bench");
  const persons = positiveNumber("BENCH_PERSONS", "100000");
  const rounds = positiveNumber("BENCH_ROUNDS", "3");
  const connections = positiveNumber("BENCH_CONNECTIONS", "50");
  const seconds = positiveNumber("BENCH_SECONDS", "8");
  const warmup = positiveNumber("BENCH_WARMUP_SECONDS", "3");
  const district = "63000050";
  const view = readView();
  await prepareBenchDatabase(databaseUrl, persons, progress);
  const personId = await pickBenchPerson(databaseUrl, district);
  const token = await signDevToken({ ...readAuthConfig(), sharedSecret: BENCH_JWT_SECRET }, { subject: "bench-district-officer", role: Role.DISTRICT_CASE_OFFICER, org: district });
  const manifest = writeBenchManifest(join(repoRoot, ".bench"));

  const children: Child[] = [];
  const copies = variants.map((_, index) => databaseUrl.replace(/\/([a-z0-9_]+)$/, `/$1_variant_${index}`));
  try {
    for (const [index, variant] of variants.entries()) {
      await copyDatabase(databaseUrl, copies[index]);
      const spawned = Date.now();
      const child = startVariant(variant, index, copies[index], manifest);
      children.push(child);
      await waitForHealth(`http://127.0.0.1:${4300 + index * 10}/health`, child, spawned, 180_000);
      progress(`${variant.label} (${variant.tree}, ${variant.mode}) ready`);
    }
    const windows = variants.map((): Window[] => []);
    for (let round = 0; round < rounds; round += 1) {
      const order = round % 2 === 0 ? [...variants.keys()] : [...variants.keys()].reverse();
      for (const index of order) {
        const target = targetOf(buildTargets({ gatewayPort: 4300 + index * 10, floorPort: 0, token, personId, pageSize: PAGE_SIZE, district }), view);
        const child = children[index];
        let at = { server: 0, postgres: new Map<number, number>(), busy: 0, self: 0 };
        let until = at;
        const snapshot = (): typeof at => ({ server: cpuMillisOf(child.pid), postgres: postgresCpuSnapshot(), busy: machineBusyMs(), self: cpuMillisOf(process.pid) });
        const result = await runLoad(target, { connections, warmupSeconds: warmup, seconds, onWindowStart: () => (at = snapshot()), onWindowEnd: () => (until = snapshot()) });
        try {
          assertClean(target, result);
        } catch (error) {
          console.error(`${variants[index].label}'s last lines:\n${child.output()}`);
          throw error;
        }
        const serverCpuMs = until.server - at.server;
        const postgresCpuMs = postgresCpuBetween(at.postgres, until.postgres);
        // Everything the machine did in the window that was neither this variant, PostgreSQL nor the load generator.
        const otherMs = until.busy - at.busy - serverCpuMs - postgresCpuMs - (until.self - at.self);
        windows[index].push({ requests: result.requests, seconds: result.seconds, serverCpuMs, postgresCpuMs, otherCores: Math.max(0, otherMs) / (result.seconds * 1000), p50Ms: result.p50Ms });
        progress(`round ${round + 1} ${variants[index].label}: ${result.requestsPerSecond.toFixed(1)} req/s, ${(serverCpuMs / result.requests).toFixed(2)} CPU ms/req, other load ${(Math.max(0, otherMs) / (result.seconds * 1000)).toFixed(2)} cores`);
        await waitForIdle(child.pid);
      }
    }
    const markdown = render(variants, windows, { rounds, connections, seconds, warmup, persons, view });
    console.log(markdown);
    writeSection(join(repoRoot, "BENCHMARKS.md"), envString("BENCH_SECTION", "request-path"), markdown);
  } finally {
    for (const child of children) {
      await child.stop();
    }
    for (const copy of copies) {
      await dropDatabase(copy);
    }
  }
}

const PAGE_SIZE = 50;

/** BENCH_VIEW: the view every variant is loaded with, one person's (default) or a page of PAGE_SIZE. */
function readView(): ViewTargets["view"] {
  const view = envString("BENCH_VIEW", "person");
  if (view !== "person" && view !== "page") {
    throw new Error(`BENCH_VIEW must be person or page, not ${view}`);
  }
  return view;
}

function targetOf(targets: readonly ViewTargets[], view: ViewTargets["view"]): LoadTarget {
  const target = targets.find((candidate) => candidate.view === view);
  if (target === undefined) {
    throw new Error(`no ${view} target`);
  }
  return target.gateway;
}

function render(variants: readonly Variant[], windows: readonly Window[][], run: { rounds: number; connections: number; seconds: number; warmup: number; persons: number; view: ViewTargets["view"] }): string {
  const rows = variants.map((variant, index) => {
    const all = windows[index];
    const requests = all.reduce((sum, window) => sum + window.requests, 0);
    const windowSeconds = all.reduce((sum, window) => sum + window.seconds, 0);
    const perRequest = all.map((window) => window.serverCpuMs / window.requests);
    const other = all.map((window) => window.otherCores);
    return `| ${variant.label} | ${variant.mode} | ${n(requests)} | ${(requests / windowSeconds).toFixed(1)} | **${ms(all.reduce((sum, window) => sum + window.serverCpuMs, 0) / requests)}** | ${perRequest.map(ms).join(" / ")} | ${ms(all.reduce((sum, window) => sum + window.postgresCpuMs, 0) / requests)} | ${other.map((cores) => cores.toFixed(2)).join(" / ")} |`;
  });
  return [
    `# Issue #13: the request path, ${variants.map((variant) => variant.label).join(" vs ")}, in one run (\`${envString("BENCH_SECTION", "request-path")}\`)`,
    "",
    "```sh",
    `${run.view === "person" ? "" : `BENCH_VIEW=${run.view} `}BENCH_WARMUP_SECONDS=${run.warmup} BENCH_SECTION=${envString("BENCH_SECTION", "request-path")} BENCH_CONNECTIONS=${run.connections} BENCH_ROUNDS=${run.rounds} BENCH_VARIANTS="${variants.map((variant) => `${variant.label}=${variant.tree === repoRoot ? "." : variant.tree}:${variant.mode}`).join(";")}" npm run bench:request-path`,
    "```",
    "",
    `- Date: ${new Date().toISOString()}; ${run.rounds} rounds of ${run.view === "person" ? "gateway-person (one person's unified view" : `gateway-page${PAGE_SIZE} (a page of ${PAGE_SIZE} unified views`}, as \`npm run bench\`) at ${run.connections} connections, ${run.seconds} s windows, variants alternating (forward, then reverse order); ${n(run.persons)} persons or more in the bench database.`,
    "- Each variant is `scripts/start.ts` (gateway and subgraphs in one process) from its source tree. CPU per request is the platform process's (utime + stime from /proc) over the window; PostgreSQL's is every `postgres` process's (other sessions on the shared server included); other load is the rest of the machine's busy CPU in the window, in cores (2 cores here).",
    "",
    "| variant | mode | requests | req/s | platform CPU ms/req (pooled) | per round | PostgreSQL CPU ms/req | other load per round (cores) |",
    "|---|---|---:|---:|---:|---|---:|---|",
    ...rows,
  ].join("\n");
}

main().catch((error: unknown) => {
  console.error("bench:request-path failed:", error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
