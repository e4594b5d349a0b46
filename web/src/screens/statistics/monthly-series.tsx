import { Box, Table, Title } from "@mantine/core";
import { useEffect, useRef } from "react";
import { CareReport } from "../../../../shared/report/care-report.model";
import { MONTHLY_CHART_TITLE, monthlyChartOption, RECORDED_SERIES, VISITED_SERIES } from "../../../../shared/report/monthly-chart-option";
import { FigureText } from "./figure-cell";

/**
 * The monthly series as the report draws it (shared/report's option), in the browser; echarts is
 * loaded only when an analyst opens this screen, so no other role's first load carries it. The
 * chart is an image to a screen reader: the table below it is its text (issue #11: accessible).
 */
export function MonthlySeries({ report }: { report: CareReport }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let disposed = false;
    let dispose = (): void => undefined;
    void import("./line-chart-echarts").then((echarts) => {
      if (disposed || container.current === null) {
        return;
      }
      const chart = echarts.init(container.current, null, { renderer: "svg" });
      chart.setOption(monthlyChartOption(report));
      const resize = (): void => chart.resize();
      window.addEventListener("resize", resize);
      dispose = () => {
        window.removeEventListener("resize", resize);
        chart.dispose();
      };
    });
    return () => {
      disposed = true;
      dispose();
    };
  }, [report]);
  return (
    <section aria-labelledby="monthly-series-title">
      <Title order={3} size="h5" id="monthly-series-title">
        {MONTHLY_CHART_TITLE}
      </Title>
      <Box ref={container} h={320} role="img" aria-label={`${MONTHLY_CHART_TITLE}折線圖，數字見下表`} />
      <Table withTableBorder aria-label={`${MONTHLY_CHART_TITLE}（表）`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">月份</Table.Th>
            <Table.Th scope="col">{RECORDED_SERIES}</Table.Th>
            <Table.Th scope="col">{VISITED_SERIES}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.months.map((row) => (
            <Table.Tr key={row.month}>
              <Table.Th scope="row">{row.label}</Table.Th>
              <Table.Td>
                <FigureText figure={row.recorded} />
              </Table.Td>
              <Table.Td>
                <FigureText figure={row.visited} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </section>
  );
}
