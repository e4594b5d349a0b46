import { useQuery } from "@apollo/client/react";
import { Button, Card, Group, List, Stack, Text, Title } from "@mantine/core";
import { QueryState } from "../../components/query-state";
import { rocDate, rocDateTime } from "../../format/roc-date";
import { graphql } from "../../gql";
import type { ConsoleVillageCaseWorkQuery } from "../../gql/graphql";
import { CASE_STATUS_LABELS, CASE_TYPE_LABELS, labelOf } from "../../labels";
import { PHONE_ONLY_TARGETS, SIGN_OFF_LABELS, URGENT_REPORT_KIND_LABELS, URGENT_REPORT_OUTCOME_LABELS, URGENT_REPORT_TARGET_LABELS, VISIT_MODE_LABELS, VISIT_OUTCOME_LABELS, VISIT_RECORD_STATE_LABELS } from "../../labels/district";
import { DeadlineBadge } from "../district/deadline-badge";
import { SignOwnLevel } from "./sign-own-level";
import { UrgentReportForm } from "./urgent-report-form";
import { UrgentReportOutcomeForm } from "./urgent-report-outcome-form";
import { VisitAttemptForm } from "./visit-attempt-form";
import { VisitRecordForm } from "./visit-record-form";

/** One case as the 里幹事 works it (A6–A9): attempts, 附件4 (draft and own signature), urgent reports. */
const CASE_WORK = graphql(`
  query ConsoleVillageCaseWork($id: ID!) {
    careCase(id: $id) {
      id
      caseType
      village
      neighbourhood
      status
      requestedMode
      handedOverAt
      deadlines {
        step
        dueAt
        state
      }
      visitAttempts {
        attemptNumber
        attemptedOn
        mode
        met
      }
      visitRecord {
        id
        state
        outcome
        visitedOn
        needs
        requiredLevels
        signatures {
          level
          signerName
          signedAt
        }
      }
      urgentReports {
        id
        kind
        target
        targetOther
        reportedAt
        recipientName
        outcome
        outcomeRecordedAt
      }
    }
  }
`);

export function CaseWork({ careCaseId, onBack }: { careCaseId: string; onBack: () => void }) {
  const query = useQuery(CASE_WORK, { variables: { id: careCaseId } });
  return (
    <Stack>
      <Group>
        <Button variant="default" onClick={onBack}>
          ← 返回案件列表
        </Button>
      </Group>
      <QueryState result={query} what="案件" empty={{ when: (data) => data.careCase === null || data.careCase === undefined, text: "查無此案件。" }}>
        {(data) => data.careCase !== null && data.careCase !== undefined && <CaseParts careCase={data.careCase} reload={() => void query.refetch()} />}
      </QueryState>
    </Stack>
  );
}

function CaseParts({ careCase, reload }: { careCase: NonNullable<ConsoleVillageCaseWorkQuery["careCase"]>; reload: () => void }) {
  const attempts = careCase.visitAttempts ?? [];
  const record = careCase.visitRecord;
  const title = `${careCase.village ?? "—"}${careCase.neighbourhood !== null && careCase.neighbourhood !== undefined ? ` ${careCase.neighbourhood}鄰` : ""} ${labelOf(CASE_TYPE_LABELS, careCase.caseType)}`;
  return (
    <>
      <Title order={2} size="h4">
        {title}
      </Title>
      <Text size="sm">
        {labelOf(CASE_STATUS_LABELS, careCase.status)}・{labelOf(VISIT_MODE_LABELS, careCase.requestedMode)}・交接 {rocDateTime(careCase.handedOverAt)}
      </Text>
      <Group gap="xs">
        <DeadlineBadge deadlines={careCase.deadlines} step="HOME_VISIT" />
        <DeadlineBadge deadlines={careCase.deadlines} step="VISIT_RECORD" />
      </Group>

      <Card withBorder component="section" aria-label="訪視紀錄">
        <Stack gap="xs">
          <Title order={3} size="h5">
            訪視紀錄
          </Title>
          {attempts.length === 0 ? (
            <Text size="sm">尚未訪視。</Text>
          ) : (
            <List size="sm">
              {attempts.map((attempt) => (
                <List.Item key={attempt.attemptNumber}>
                  第 {attempt.attemptNumber} 次：{rocDate(attempt.attemptedOn)} {labelOf(VISIT_MODE_LABELS, attempt.mode)}，{attempt.met === true ? "已訪到" : "訪視未遇"}
                </List.Item>
              ))}
            </List>
          )}
          {careCase.status === "OPEN" && record === null && !attempts.some((attempt) => attempt.met === true) && <VisitAttemptForm careCaseId={careCase.id} requestedMode={careCase.requestedMode ?? "HOME"} onDone={reload} />}
        </Stack>
      </Card>

      <Card withBorder component="section" aria-label="訪視紀錄表（附件4）">
        <Stack gap="xs">
          <Title order={3} size="h5">
            訪視紀錄表（附件4）
          </Title>
          {record === null || record === undefined ? (
            attempts.length === 0 ? (
              <Text size="sm">請先記錄訪視，再填寫訪視紀錄表。</Text>
            ) : (
              <VisitRecordForm careCaseId={careCase.id} attempts={attempts} onDone={reload} />
            )
          ) : (
            <Stack gap={4}>
              <Text size="sm">
                {labelOf(VISIT_RECORD_STATE_LABELS, record.state)}：{labelOf(VISIT_OUTCOME_LABELS, record.outcome)}
                {record.visitedOn !== null && record.visitedOn !== undefined ? `，訪視日期 ${rocDate(record.visitedOn)}` : ""}
              </Text>
              <List size="sm" aria-label="核章">
                {(record.requiredLevels ?? []).map((level, index) => (
                  <List.Item key={level}>
                    {labelOf(SIGN_OFF_LABELS, level)}：{record.signatures?.[index] === undefined ? "尚未核章" : `${record.signatures[index].signerName ?? ""}（${rocDateTime(record.signatures[index].signedAt)}）`}
                  </List.Item>
                ))}
              </List>
              {record.state !== "FILED" && (record.requiredLevels ?? [])[record.signatures?.length ?? 0] === "VILLAGE_OFFICER" && <SignOwnLevel recordId={record.id} onDone={reload} />}
            </Stack>
          )}
        </Stack>
      </Card>

      <Card withBorder component="section" aria-label="緊急通報">
        <Stack gap="xs">
          <Title order={3} size="h5">
            緊急通報
          </Title>
          {(careCase.urgentReports ?? []).length === 0 ? (
            <Text size="sm">尚無通報。</Text>
          ) : (
            <Stack gap="xs" aria-label="已通報" role="list">
              {(careCase.urgentReports ?? []).map((report) => {
                const label = `${rocDateTime(report.reportedAt)} ${labelOf(URGENT_REPORT_KIND_LABELS, report.kind)}：${
                  report.target === "OTHER" ? (report.targetOther ?? "其他") : labelOf(URGENT_REPORT_TARGET_LABELS, report.target)
                }`;
                return (
                  <Card key={report.id} withBorder padding="xs" role="listitem" aria-label={`通報 ${label}`}>
                    <Text size="sm">
                      {label}
                      {report.recipientName !== null && report.recipientName !== undefined ? `（受理人 ${report.recipientName}）` : ""}・{labelOf(URGENT_REPORT_OUTCOME_LABELS, report.outcome)}
                      {report.outcomeRecordedAt !== null && report.outcomeRecordedAt !== undefined ? `（回覆 ${rocDateTime(report.outcomeRecordedAt)}）` : ""}
                    </Text>
                    {/* A13: the body's answer is recorded once; until then the report waits for it. 社會局 / 衛生局, reached by phone, answer their own (issue #11). */}
                    {report.outcome === "PENDING" && !PHONE_ONLY_TARGETS.includes(report.target ?? "") && <UrgentReportOutcomeForm reportId={report.id} label={label} onDone={reload} />}
                  </Card>
                );
              })}
            </Stack>
          )}
          {careCase.status !== "CLOSED" && <UrgentReportForm careCaseId={careCase.id} onDone={reload} />}
        </Stack>
      </Card>
    </>
  );
}
