import * as echarts from "echarts";
import { CareReport } from "./care-report.model";

const WIDTH = 960;
const HEIGHT = 360;

/**
 * The monthly series as an SVG drawn by ECharts on the server (no canvas: `ssr` with the SVG
 * renderer). A withheld month is a gap in its line, never a zero.
 */
export function monthlyChartSvg(report: CareReport): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width: WIDTH, height: HEIGHT });
  const countOf = (figure: { count: number | null; suppressed: boolean }): number | null => (figure.suppressed ? null : figure.count);
  try {
    chart.setOption({
      animation: false,
      title: { text: "每月登錄及前往關懷訪視件數", left: "center", textStyle: { fontSize: 14 } },
      legend: { bottom: 0, data: ["登錄件數", "前往關懷訪視件數"] },
      grid: { left: 48, right: 24, top: 40, bottom: 56 },
      xAxis: { type: "category", data: report.months.map((row) => row.label) },
      yAxis: { type: "value", minInterval: 1 },
      series: [
        { name: "登錄件數", type: "line", data: report.months.map((row) => countOf(row.recorded)) },
        { name: "前往關懷訪視件數", type: "line", data: report.months.map((row) => countOf(row.visited)) },
      ],
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
