import * as echarts from "echarts";
import { CareReport } from "./care-report.model";
import { monthlyChartOption } from "./monthly-chart-option";

const WIDTH = 960;
const HEIGHT = 360;

/** The monthly series as an SVG drawn by ECharts on the server (no canvas: `ssr` with the SVG renderer). */
export function monthlyChartSvg(report: CareReport): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width: WIDTH, height: HEIGHT });
  try {
    chart.setOption(monthlyChartOption(report));
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
