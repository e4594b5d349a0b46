import { LineChart } from "echarts/charts";
import { GridComponent, LegendComponent, TitleComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";

/**
 * Only the parts of ECharts the monthly series draws (a line chart with title, legend and grid, in
 * SVG): a third of the whole library, loaded only when the analyst's screen asks for it.
 */
echarts.use([LineChart, GridComponent, LegendComponent, TitleComponent, SVGRenderer]);

export const { init } = echarts;
