import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, Button, Card, Group, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { districtByCode } from "../../../../shared/domain/districts";
import { MoreRows } from "../../components/more-rows";
import { PAGE_SIZE, withMoreItems } from "../../components/paging";
import { QueryState } from "../../components/query-state";
import { rocDate, rocDateTime } from "../../format/roc-date";
import { RocDateField } from "../../forms/roc-date-field";
import { graphql } from "../../gql";
import type { ConsoleHandoverLedgersQuery } from "../../gql/graphql";
import { CASE_TYPE_LABELS, INBOX_STATE_LABELS, labelOf } from "../../labels";
import { DECISION_LABELS, DELIVERY_LABELS } from "../../labels/household";
import { showServerErrors } from "./server-errors";
import { StateBadge } from "./state-badge";
import { todayInTaipei } from "./today";

/** The office's consenting forms not yet handed over: the open HANDOVER deadlines of its inbox (A4, issue #8). */
const FORMS_TO_HAND_OVER = graphql(`
  query ConsoleFormsToHandOver($first: Int, $after: String) {
    householdInbox(first: $first, after: $after, steps: ["HANDOVER"]) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      items {
        id
        step
        dueAt
        state
        consentInquiry {
          id
          caseType
          decision
          appliedOn
          respondentName
          visitAddress {
            districtCode
            village
            neighbourhood
          }
        }
      }
    }
  }
`);

const HAND_OVER = graphql(`
  mutation ConsoleHandOver($date: LocalDate!) {
    handOverConsentInquiries(date: $date) {
      id
    }
  }
`);

/**
 * 附件3 with both seals of one application date (issue #11): the office's (handedOverAt) and the
 * district's (acknowledgedAt, from the district); the server lists the clerk's own office's only.
 */
const DAY_LEDGERS = graphql(`
  query ConsoleHandoverLedgers($date: LocalDate!) {
    handoverLedgers(date: $date) {
      id
      receivingDistrictCode
      ledgerDate
      formCount
      handedOverBy
      handedOverAt
      remark
      stampText
      delivery
      acknowledgedBy
      acknowledgedAt
    }
  }
`);

function districtName(code: string | null | undefined): string {
  return code === null || code === undefined ? "—" : (districtByCode(code)?.name ?? code);
}

/** The day's ledgers, chosen by date (Taipei's today first); a reload asks the district's seal again. */
function DayLedgers({ date, onDate }: { date: string; onDate: (date: string) => void }) {
  const query = useQuery(DAY_LEDGERS, { variables: { date }, skip: date === "", fetchPolicy: "cache-and-network" });
  const ledgers = query.data?.handoverLedgers ?? [];
  return (
    <Stack gap="xs">
      <Group align="flex-end">
        <RocDateField label="清冊日期（申請日期）" value={date} onChange={onDate} maxDate={todayInTaipei()} />
        <Button variant="default" onClick={() => void query.refetch()}>
          重新整理狀態
        </Button>
      </Group>
      <QueryState result={query} what="交接清冊" empty={{ when: () => ledgers.length === 0, text: `${rocDate(date)} 尚無交接清冊。` }}>
        {() => ledgers.map((ledger) => <Ledger key={ledger.id} ledger={ledger} />)}
      </QueryState>
    </Stack>
  );
}

function Ledger({ ledger }: { ledger: NonNullable<ConsoleHandoverLedgersQuery["handoverLedgers"]>[number] }) {
  const acknowledged = ledger.acknowledgedAt !== null && ledger.acknowledgedAt !== undefined;
  return (
    <Card withBorder component="section" aria-label={`交接清冊 ${districtName(ledger.receivingDistrictCode)}公所 ${rocDate(ledger.ledgerDate)}`}>
      <Stack gap={4}>
        <Group justify="space-between">
          <Title order={3} size="h5">
            {districtName(ledger.receivingDistrictCode)}公所 {rocDate(ledger.ledgerDate)} {ledger.formCount ?? 0} 件
          </Title>
          <Group gap="xs">
            <StateBadge labels={DELIVERY_LABELS} state={ledger.delivery} />
            <StateBadge
              labels={{ yes: { label: "區公所已簽收", color: "indigo" }, no: { label: "待區公所簽收", color: "gray" } }}
              state={acknowledged ? "yes" : "no"}
            />
          </Group>
        </Group>
        <Text size="sm">戶所核章：{ledger.handedOverBy ?? "—"}，{rocDateTime(ledger.handedOverAt)}</Text>
        <Text size="sm">區所核章：{acknowledged ? `${ledger.acknowledgedBy ?? "—"}，${rocDateTime(ledger.acknowledgedAt)}` : "尚未簽收"}</Text>
        {ledger.remark !== null && ledger.remark !== undefined && ledger.remark !== "" && <Text size="sm">備註：{ledger.remark}</Text>}
        {ledger.stampText !== null && ledger.stampText !== undefined && (
          <Text size="xs">
            {ledger.stampText}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

/** 附件3 (A4): the forms to hand over by application date, the handover itself, and each ledger's state. */
export function HandoverLedgers() {
  const query = useQuery(FORMS_TO_HAND_OVER, { variables: { first: PAGE_SIZE } });
  const more = (after: string) =>
    query.fetchMore({ variables: { after }, updateQuery: (shown, { fetchMoreResult }) => ({ ...fetchMoreResult, householdInbox: withMoreItems(shown.householdInbox, fetchMoreResult.householdInbox) }) });
  const { data, refetch } = query;
  const [handOver, { loading: handingOver }] = useMutation(HAND_OVER);
  const [ledgerDate, setLedgerDate] = useState<string>(todayInTaipei);
  const [failure, setFailure] = useState<string | null>(null);
  const forms = (data?.householdInbox?.items ?? []).filter((item) => item.step === "HANDOVER" && item.consentInquiry !== null && item.consentInquiry !== undefined);
  // handOverConsentInquiries takes the forms' application date (附件3 日期): one button per date.
  const dates = [...new Set(forms.map((item) => item.consentInquiry?.appliedOn ?? ""))].filter((date) => date !== "").sort();

  const handOverDate = async (date: string): Promise<void> => {
    setFailure(null);
    try {
      await handOver({ variables: { date }, refetchQueries: [{ query: DAY_LEDGERS, variables: { date } }] });
      // The ledgers just made are that application date's: the list shows them.
      setLedgerDate(date);
      await refetch();
    } catch (caught) {
      setFailure(showServerErrors(caught, null));
    }
  };

  return (
    <Stack>
      <Title order={2} size="h4">
        交接清冊（附件3）
      </Title>
      <Text size="sm">同意訪視之附件1，應於次一工作日中午 12 時前交接區公所人文課（A4）；不同意訪視者不交接（A3）。</Text>
      {failure !== null && (
        <Alert color="red" variant="filled" role="alert" title="未交接">
          {failure}
        </Alert>
      )}
      <Title order={3} size="h5">
        待交接
      </Title>
      <QueryState result={query} what="待交接案件" empty={{ when: () => forms.length === 0, text: "目前沒有待交接的附件1。" }}>
        {() => (
          <>
            <Table striped aria-label="待交接的附件1">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>期限狀態</Table.Th>
                  <Table.Th>交接期限</Table.Th>
                  <Table.Th>申請日期</Table.Th>
                  <Table.Th>登記項目</Table.Th>
                  <Table.Th>受訪者</Table.Th>
                  <Table.Th>意願</Table.Th>
                  <Table.Th>拜訪地址區里</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {forms.map((item) => (
                  <Table.Tr key={item.id}>
                    <Table.Td>
                      <StateBadge labels={INBOX_STATE_LABELS} state={item.state} />
                    </Table.Td>
                    <Table.Td>{rocDateTime(item.dueAt)}</Table.Td>
                    <Table.Td>{rocDate(item.consentInquiry?.appliedOn)}</Table.Td>
                    <Table.Td>{labelOf(CASE_TYPE_LABELS, item.consentInquiry?.caseType)}</Table.Td>
                    <Table.Td>{item.consentInquiry?.respondentName ?? "—"}</Table.Td>
                    <Table.Td>{labelOf(DECISION_LABELS, item.consentInquiry?.decision)}</Table.Td>
                    <Table.Td>
                      {districtName(item.consentInquiry?.visitAddress?.districtCode)}
                      {item.consentInquiry?.visitAddress?.village ?? ""}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {/* The handover takes every consenting form of the date on the server, read or not; a date's count here is of the rows read. */}
            <MoreRows page={data?.householdInbox} shown={forms.length} what="待交接案件" onMore={more} />
            <Group>
              {dates.map((date) => (
                <Button key={date} onClick={() => void handOverDate(date)} loading={handingOver}>
                  交接 {rocDate(date)} 申請之附件1（{forms.filter((item) => item.consentInquiry?.appliedOn === date).length} 件）
                </Button>
              ))}
            </Group>
          </>
        )}
      </QueryState>
      <Title order={3} size="h5">
        已交接之清冊
      </Title>
      <DayLedgers date={ledgerDate} onDate={setLedgerDate} />
    </Stack>
  );
}
