import { useQuery } from "@apollo/client/react";
import { Alert, Stack, Title } from "@mantine/core";
import dayjs from "dayjs";
import { useMemo, useState } from "react";
import { careReportOf, IncompleteReport } from "../../../../shared/report/care-report.model";
import { QueryState } from "../../components/query-state";
import { CONSOLE_CARE_STATISTICS } from "./care-statistics.query";
import { MonthlySeries } from "./monthly-series";
import { OnTimeTable } from "./on-time-table";
import { Period, PeriodForm } from "./period-form";
import { ReferralOutcomes } from "./referral-outcomes";
import { ReportDownloads } from "./report-downloads";
import { TableOne } from "./table-one";

/** This year so far: what an analyst opens the screen for most often. */
function thisYear(): Period {
  const today = dayjs();
  return { from: today.startOf("year").format("YYYY-MM-DD"), to: today.endOf("month").format("YYYY-MM-DD") };
}

/**
 * 民政局統計 (issue #11, A11–A12): seed 001's table 1 and its sentence for a chosen period, the
 * monthly series, the on-time rates per district and the exports. Every figure is the agencies'
 * own after suppression (issue #10); the console only lays them out, with shared/report's layout.
 */
export function CareStatisticsScreen() {
  const [period, setPeriod] = useState<Period>(thisYear);
  const query = useQuery(CONSOLE_CARE_STATISTICS, { variables: period, fetchPolicy: "network-only" });
  const { data } = query;
  const report = useMemo(() => {
    if (data === undefined) {
      return undefined;
    }
    const tables = (part: object | null | undefined) => (part ?? null) as Parameters<typeof careReportOf>[2]["byCaseType"];
    try {
      return careReportOf(period.from, period.to, { byCaseType: tables(data.byCaseType), byUnit: tables(data.byUnit), byMonth: tables(data.byMonth) });
    } catch (failure) {
      if (failure instanceof IncompleteReport) {
        return null;
      }
      throw failure;
    }
  }, [data, period]);
  const timeliness = data?.byDistrict;
  return (
    <Stack>
      <Title order={2} size="h4">
        民政局統計
      </Title>
      <PeriodForm initial={period} onChoose={setPeriod} />
      <QueryState result={query} what="統計">
        {() =>
          report === undefined || report === null ? (
            <Alert color="red" variant="filled" role="alert" title="統計不完整">
              有機關未回應，暫無法呈現完整統計。
            </Alert>
          ) : (
            <>
              <TableOne report={report} />
              <ReferralOutcomes report={report} />
              <MonthlySeries report={report} />
              <OnTimeTable
                tables={{
                  acknowledgement: timeliness?.acknowledgementTimeliness?.cells ?? [],
                  homeVisit: timeliness?.homeVisitTimeliness?.cells ?? [],
                  visitRecord: timeliness?.visitRecordTimeliness?.cells ?? [],
                }}
              />
              <ReportDownloads period={period} />
            </>
          )
        }
      </QueryState>
    </Stack>
  );
}
