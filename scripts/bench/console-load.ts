import "reflect-metadata";
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
// Node's typings for the browser's PerformanceObserver inside page scripts: "longtask" is a browser entry type.
import type { EntryType } from "perf_hooks";
import { brotliCompressSync, gzipSync } from "zlib";
import { Browser } from "playwright-core";
import { readAuthConfig } from "../../shared/auth/config";
import { Role } from "../../shared/auth/roles";
import { signDevToken } from "../../shared/auth/token";
import { closeEngine, openEmbeddedEngine } from "../../shared/db/engine";
import { villagesOf } from "../demo-data/addresses";
import { launchChromium } from "../platform/chromium";
import { ensureConsoleBuilt } from "../platform/console-build";
import { CONSOLE_DIST, startConsoleServer } from "../platform/console-server";
import { runPlatform } from "../platform/run-platform";
import { seedIfEmpty } from "../platform/seed-if-empty";
import { n, ms } from "./figures";
import { describeMachine } from "./machine";
import { writeSection } from "./report-section";

/**
 * `npm run bench:console` (issue #11's benchmark): the console's first load — bytes of JavaScript
 * as built and as sent (gzip, brotli) — and the time until the village officer's inbox is usable,
 * cold (empty cache, new context) in Chromium, unthrottled and on a throttled phone profile
 * (Lighthouse's mobile: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, CPU 4× slower), in the
 * same run, over `npm start`'s platform with its demo data. The ratio between the two profiles is
 * the figure to compare across machines.
 */
const LOADS = Number(process.env.BENCH_CONSOLE_LOADS ?? "5");

interface Profile {
  readonly name: string;
  readonly mobile: boolean;
  readonly network?: { latency: number; downloadThroughput: number; uploadThroughput: number };
  readonly cpuSlowdown: number;
}

const PROFILES: readonly Profile[] = [
  { name: "desktop, unthrottled", mobile: false, cpuSlowdown: 1 },
  {
    name: "phone, Lighthouse mobile throttling",
    mobile: true,
    network: { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
    cpuSlowdown: 4,
  },
];

interface Load {
  /** First contentful paint (the sign-in shell or the inbox's loader). */
  readonly fcpMs: number;
  /** The inbox's table rendered with the officer's visits: the screen is usable. */
  readonly inboxMs: number;
  /** Usable and the main thread quiet: the end of the last long task (≥ 50 ms) before the inbox, else the inbox. */
  readonly interactiveMs: number;
  readonly scriptBytesSent: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** What the build ships: every script, and the ones index.html loads before the first screen. */
function scriptSizes(): { entry: { raw: number; gzip: number; br: number }; all: { raw: number; gzip: number; br: number }; files: number } {
  const assets = join(CONSOLE_DIST, "assets");
  const index = readFileSync(join(CONSOLE_DIST, "index.html"), "utf8");
  const scripts = readdirSync(assets).filter((name) => name.endsWith(".js"));
  const measure = (names: readonly string[]) =>
    names.reduce(
      (sum, name) => {
        const body = readFileSync(join(assets, name));
        return { raw: sum.raw + body.length, gzip: sum.gzip + gzipSync(body, { level: 9 }).length, br: sum.br + brotliCompressSync(body).length };
      },
      { raw: 0, gzip: 0, br: 0 },
    );
  return { entry: measure(scripts.filter((name) => index.includes(`/assets/${name}`))), all: measure(scripts), files: scripts.length };
}

async function coldLoad(browser: Browser, url: string, session: string, profile: Profile): Promise<Load> {
  const context = await browser.newContext({
    locale: "zh-TW",
    timezoneId: "Asia/Taipei",
    ...(profile.mobile ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 } : {}),
  });
  // Signed in already (the session lives in the tab): the figure is the inbox, not the sign-in form.
  await context.addInitScript(
    ([key, value]) => {
      (globalThis as unknown as { sessionStorage: { setItem(key: string, value: string): void } }).sessionStorage.setItem(key, value);
      const longTasks: { start: number; end: number }[] = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          longTasks.push({ start: entry.startTime, end: entry.startTime + entry.duration });
        }
      }).observe({ type: "longtask" as EntryType, buffered: true });
      (globalThis as unknown as { __longTasks: typeof longTasks }).__longTasks = longTasks;
    },
    ["care-console-session", session],
  );
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  if (profile.network !== undefined) {
    await cdp.send("Network.emulateNetworkConditions", { offline: false, ...profile.network });
  }
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: profile.cpuSlowdown });
  await page.goto(url, { waitUntil: "commit" });
  await page.getByRole("table").waitFor({ timeout: 120_000 });
  const inboxMs = await page.evaluate(() => performance.now());
  const figures = await page.evaluate((inbox) => {
    const paint = performance.getEntriesByName("first-contentful-paint")[0];
    const tasks = (globalThis as unknown as { __longTasks: { start: number; end: number }[] }).__longTasks.filter((task) => task.start < inbox);
    // Resource timing entries (the scripts' bytes as sent, compressed); typed here as far as read.
    const scripts = performance.getEntriesByType("resource") as unknown as { name: string; initiatorType: string; transferSize: number }[];
    return {
      fcpMs: paint?.startTime ?? Number.NaN,
      lastLongTaskEnd: tasks.reduce((latest, task) => Math.max(latest, task.end), 0),
      scriptBytesSent: scripts.filter((entry) => entry.initiatorType === "script" || entry.name.endsWith(".js")).reduce((sum, entry) => sum + entry.transferSize, 0),
    };
  }, inboxMs);
  await context.close();
  return { fcpMs: figures.fcpMs, inboxMs, interactiveMs: Math.max(inboxMs, figures.lastLongTaskEnd), scriptBytesSent: figures.scriptBytesSent };
}

async function main(): Promise<void> {
  ensureConsoleBuilt((line) => console.log(line));
  const sizes = scriptSizes();
  const engine = await openEmbeddedEngine();
  const platform = await runPlatform({ engine, gatewayPort: 0, subgraphPort: () => 0, jobs: "manual" });
  try {
    console.log("[bench:console] loading npm start's demo data …");
    await seedIfEmpty(platform, 2000, "taipei-demo");
    const consoleServer = await startConsoleServer({ port: 0, gatewayUrl: `http://127.0.0.1:${platform.gateway.port}`, signIn: { kind: "development" } });
    const org = "63000050";
    const villages = villagesOf(org).slice(0, 3);
    const token = await signDevToken(readAuthConfig(), { subject: "bench-village-officer", role: Role.VILLAGE_OFFICER, org, villages });
    const session = JSON.stringify({ token, role: Role.VILLAGE_OFFICER, org, villages, purpose: "新移民關懷訪視：到府或電話訪視" });
    const browser = await launchChromium();
    const results: { profile: Profile; loads: Load[] }[] = [];
    try {
      // One warm-up load so the gateway's and subgraphs' first-request costs are not the console's.
      await coldLoad(browser, consoleServer.url, session, PROFILES[0]);
      for (const profile of PROFILES) {
        const loads: Load[] = [];
        for (let round = 0; round < LOADS; round += 1) {
          loads.push(await coldLoad(browser, consoleServer.url, session, profile));
          console.log(`[bench:console] ${profile.name}: load ${round + 1}/${LOADS} inbox ${ms(loads[round].inboxMs)} ms`);
        }
        results.push({ profile, loads });
      }
    } finally {
      await browser.close();
      await consoleServer.close();
    }
    const row = ({ profile, loads }: { profile: Profile; loads: Load[] }) =>
      `| ${profile.name} | ${ms(median(loads.map((load) => load.fcpMs)))} ms | ${ms(median(loads.map((load) => load.inboxMs)))} ms | ${ms(median(loads.map((load) => load.interactiveMs)))} ms | ${n(median(loads.map((load) => load.scriptBytesSent)))} |`;
    const [desktop, phone] = results.map(({ loads }) => median(loads.map((load) => load.interactiveMs)));
    const machine = describeMachine("");
    const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
    const markdown = `## The console's first load (issue #11)

\`npm run bench:console\` — ${machine.nproc} cores, ${machine.cpuModel}, Node ${machine.node}; Chromium headless (Debian), a new context per load (empty cache), the median of ${LOADS} loads per profile after one warm-up, over \`npm start\`'s platform and demo data (embedded PGlite). The village officer (中正區, first three villages) is signed in; the figure is the inbox (我的訪視) usable.

**JavaScript** (${sizes.files} files): loaded before the first screen ${kb(sizes.entry.raw)} as built, **${kb(sizes.entry.gzip)} gzip**, ${kb(sizes.entry.br)} brotli (what the console's server sends Chromium); every script ${kb(sizes.all.raw)}, ${kb(sizes.all.gzip)} gzip.

| profile | first contentful paint | inbox rendered | time to interactive | script bytes sent |
|---|---:|---:|---:|---:|
${results.map(row).join("\n")}

Time to interactive is the inbox rendered or the end of the last long task (≥ 50 ms) before it, whichever is later. The throttled phone takes **${(phone / desktop).toFixed(1)}×** the unthrottled desktop's time in this run.
`;
    writeSection(join(__dirname, "..", "..", "BENCHMARKS.md"), "console", markdown);
    console.log(markdown);
  } finally {
    await platform.stop();
    await closeEngine(engine);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
