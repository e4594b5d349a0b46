import { ms, n } from "./figures";
import { Machine } from "./machine";
import type { EngineFigures, SizeFigures } from "./statistics";

export interface StatisticsReport {
  readonly command: string;
  readonly date: Date;
  readonly totalSeconds: number;
  readonly machine: Machine;
  readonly runs: number;
  readonly results: readonly EngineFigures[];
}

const sum = (figures: Record<string, number>): number => Object.values(figures).reduce((total, value) => total + value, 0);

function row(engine: string, size: SizeFigures): string {
  const report = size.report;
  return `| ${engine} | ${n(size.cases)} | ${n(size.rows)} | ${ms(report.tableOne.p50Ms)} | ${ms(report.fineGrid.p50Ms)} | ${ms(report.csv.p50Ms)} | ${ms(report.xlsx.p50Ms)} | ${ms(report.html.p50Ms)} | ${report.peakRssGrowthMb.toFixed(0)} / ${report.peakHeapMb.toFixed(0)} | ${(sum(size.rebuildMs) / 1000).toFixed(1)} | ${ms(sum(size.idlePassMs))} | ${ms(sum(size.incrementalMs))} |`;
}

function growth(engine: EngineFigures): string[] {
  if (engine.sizes.length < 2) {
    return [];
  }
  const first = engine.sizes[0];
  const last = engine.sizes[engine.sizes.length - 1];
  const ratio = (a: number, b: number): string => (b === 0 ? "—" : `${(a / b).toFixed(2)}×`);
  return [
    `- ${engine.engine}, ${n(first.cases)} → ${n(last.cases)} cases (${(last.cases / first.cases).toFixed(0)}× the data): table 1 ${ratio(last.report.tableOne.p50Ms, first.report.tableOne.p50Ms)}, ` +
      `month × district × case type ${ratio(last.report.fineGrid.p50Ms, first.report.fineGrid.p50Ms)}, XLSX ${ratio(last.report.xlsx.p50Ms, first.report.xlsx.p50Ms)}, ` +
      `rebuild of every month ${ratio(sum(last.rebuildMs), sum(first.rebuildMs))}, idle pass ${ratio(sum(last.idlePassMs), sum(first.idlePassMs))}, ` +
      `pass after 100 cases ${ratio(sum(last.incrementalMs), sum(first.incrementalMs))}.`,
  ];
}

/** BENCHMARKS.md's statistics section. */
export function statisticsMarkdown(report: StatisticsReport): string {
  const machine = report.machine;
  return [
    "## 民政局's statistics at scale (issue #10)",
    "",
    "```",
    report.command,
    "```",
    "",
    `Run ${report.date.toISOString().slice(0, 16).replace("T", " ")} UTC, ${report.totalSeconds.toFixed(0)} s in all; ${machine.nproc} cores (${machine.cpuModel}), ${machine.memoryGb} GB, ` +
      `Node ${machine.node}, ${machine.postgres}, ${machine.os}. Gateway and subgraphs in one process.`,
    "",
    "What is measured: the full-period report (2015-06-01 … 2018-12-31, seed 001's period) through the gateway as CIVIL_AFFAIRS_ANALYST, " +
      `median of ${report.runs} runs each — table 1's query (cases recorded by case type, decisions, visited, referrals per agency), ` +
      "the finest grid (month × district × case type: 43 × 12 × 8 cells, with totals), and the three downloads of `/reports/care-statistics` " +
      "(query + layout + rendering). Then the statistics rebuild, all four agencies: the pass after the cases arrived (every month touched), a pass with nothing new, " +
      "and a pass after 100 more cases (their ~4 months rebuilt whole); the watermark overlap is 0 here (single writer). " +
      "The cases are cloned in SQL from rows the services wrote (scripts/bench/statistics-population.ts: 15% declined, 85% handed over, 60% visited, ~3% referred), " +
      "with three district deadlines and one household deadline a consenting case; the report's total recorded is checked against count(*) before any figure is kept.",
    "",
    "| engine | cases | rows | table 1 ms | month×district×type ms | CSV ms | XLSX ms | HTML ms | peak RSS growth / heap MB | rebuild s | idle pass ms | +100 cases pass ms |",
    "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ...report.results.flatMap((engine) => engine.sizes.map((size) => row(engine.engine, size))),
    "",
    "Growth:",
    "",
    ...report.results.flatMap(growth),
    "",
    "A report reads the monthly aggregates only (`statistics_monthly`, one row per month and combination), so its time follows the number of " +
      "combinations, not of cases; the rebuild scans the touched months' rows and is the part that grows with the data.",
  ].join("\n");
}
