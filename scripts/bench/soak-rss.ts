import { readFileSync } from "fs";
import * as echarts from "echarts";
import { descendantsOf } from "./children";

/** Resident set size of a process in MB, from /proc/<pid>/status (VmRSS, kB); null once it has exited. */
export function rssMbOf(pid: number): number | null {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match === null ? null : Number(match[1]) / 1024;
  } catch {
    return null;
  }
}

/** A process's RSS with its descendants' (a clustered gateway: the primary and its workers), MB. */
export function treeRssMbOf(pid: number): number | null {
  const own = rssMbOf(pid);
  return own === null ? null : descendantsOf(pid).reduce((sum, child) => sum + (rssMbOf(child) ?? 0), own);
}

export interface RssSample {
  /** Seconds since the load started. */
  readonly at: number;
  /** MB by process name. */
  readonly rss: Readonly<Record<string, number | null>>;
}

export interface RssVerdict {
  readonly process: string;
  readonly afterWarmupMb: number;
  readonly lastMb: number;
  readonly maxMb: number;
  readonly growth: number;
  readonly pass: boolean;
}

/** Issue #14: after the warm-up, RSS may grow by at most this fraction (the last sample against the first one after the warm-up). */
export const MAX_GROWTH = 0.1;

export function judge(samples: readonly RssSample[], names: readonly string[], warmupSeconds: number): RssVerdict[] {
  const after = samples.filter((sample) => sample.at >= warmupSeconds);
  return names.map((name) => {
    const values = after.map((sample) => sample.rss[name]).filter((value): value is number => typeof value === "number");
    const first = values[0] ?? Number.NaN;
    const last = values[values.length - 1] ?? Number.NaN;
    const growth = last / first - 1;
    // A process that died (no sample) fails: NaN is not ≤ 10 %.
    return { process: name, afterWarmupMb: first, lastMb: last, maxMb: Math.max(...values), growth, pass: growth <= MAX_GROWTH && values.length === after.length };
  });
}

/** One line per process, drawn by ECharts' server-side SVG renderer (as shared/report/monthly-chart.ts). */
export function rssChartSvg(samples: readonly RssSample[], names: readonly string[], warmupSeconds: number, title: string): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width: 960, height: 420 });
  try {
    chart.setOption({
      animation: false,
      title: { text: title, left: "center", textStyle: { fontSize: 14 } },
      legend: { top: 28, data: [...names] },
      grid: { left: 60, right: 30, top: 70, bottom: 50 },
      xAxis: { type: "value", name: "s since the load started", nameLocation: "middle", nameGap: 28, min: 0 },
      yAxis: { type: "value", name: "RSS (MB)", min: 0 },
      series: names.map((name, index) => ({
        name,
        type: "line",
        showSymbol: false,
        data: samples.map((sample) => [sample.at, sample.rss[name] === null ? null : Number((sample.rss[name] ?? 0).toFixed(1))]),
        ...(index === 0 ? { markLine: { symbol: "none", silent: true, label: { formatter: "end of warm-up" }, lineStyle: { type: "dashed", color: "#888" }, data: [{ xAxis: warmupSeconds }] } } : {}),
      })),
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** Busy and total CPU time of the whole machine, in clock ticks, from /proc/stat's first line. */
export function machineCpuTicks(): { busy: number; total: number } {
  const fields = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal …: idle and iowait are not busy.
  const total = fields.slice(0, 8).reduce((sum, value) => sum + value, 0);
  return { busy: total - fields[3] - fields[4], total };
}
