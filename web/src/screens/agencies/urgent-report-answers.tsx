import { useQuery } from "@apollo/client/react";
import { Card, Stack, Text, Title } from "@mantine/core";
import { QueryState } from "../../components/query-state";
import { rocDateTime } from "../../format/roc-date";
import { graphql } from "../../gql";
import { labelOf } from "../../labels";
import { URGENT_REPORT_KIND_LABELS, URGENT_REPORT_OUTCOME_LABELS } from "../../labels/district";
import { UrgentReportOutcomeForm } from "../village/urgent-report-outcome-form";
import type { ReceivingKit } from "./kit";

/**
 * Issue #11 (A9, A13): the district's urgent phone reports to this bureau on the referral's case,
 * and the bureau's answer, 成案 or not, recorded once by its own staff (the server refuses another
 * agency's or another unit's report). Reports to other bodies are the district's to answer.
 */
const CASE_URGENT_REPORTS = graphql(`
  query ConsoleReferralUrgentReports($id: ID!) {
    careCase(id: $id) {
      id
      urgentReports {
        id
        kind
        target
        reportedAt
        outcome
        outcomeRecordedAt
      }
    }
  }
`);

export function UrgentReportAnswers({ target, careCaseId, agency }: { target: NonNullable<ReceivingKit["answersUrgentReportsTo"]>; careCaseId: string; agency: string }) {
  const query = useQuery(CASE_URGENT_REPORTS, { variables: { id: careCaseId } });
  const addressedHere = <Report extends { readonly target?: string | null }>(reports: readonly Report[] | null | undefined): Report[] =>
    (reports ?? []).filter((report) => report.target === target);
  return (
    <Card withBorder component="section" aria-label="緊急通報回覆">
      <Stack gap="xs">
        <Title order={3} size="h5">
          緊急通報回覆（{agency}）
        </Title>
        <QueryState result={query} what="緊急通報" empty={{ when: (data) => addressedHere(data.careCase?.urgentReports).length === 0, text: `區公所未以電話通報${agency}。` }}>
          {(data) => (
            <Stack gap="xs" role="list" aria-label={`通報${agency}`}>
              {addressedHere(data.careCase?.urgentReports).map((report) => {
                const label = `${rocDateTime(report.reportedAt)} ${labelOf(URGENT_REPORT_KIND_LABELS, report.kind)}`;
                return (
                  <Card key={report.id} withBorder padding="xs" role="listitem" aria-label={`通報 ${label}`}>
                    <Text size="sm">
                      {label}・{labelOf(URGENT_REPORT_OUTCOME_LABELS, report.outcome)}
                      {report.outcomeRecordedAt !== null && report.outcomeRecordedAt !== undefined ? `（回覆 ${rocDateTime(report.outcomeRecordedAt)}）` : ""}
                    </Text>
                    {/* A13: the answer is recorded once; until then the report waits for it. */}
                    {report.outcome === "PENDING" && <UrgentReportOutcomeForm reportId={report.id} label={label} onDone={() => void query.refetch()} />}
                  </Card>
                );
              })}
            </Stack>
          )}
        </QueryState>
      </Stack>
    </Card>
  );
}
