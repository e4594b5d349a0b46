import { useQuery } from "@apollo/client/react";
import { Badge, Chip, Group, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { MoreRows } from "../components/more-rows";
import { PAGE_SIZE, withMoreItems } from "../components/paging";
import { QueryState } from "../components/query-state";
import { rocDateTime } from "../format/roc-date";
import { graphql } from "../gql";
import type { InboxState } from "../gql/graphql";
import { CASE_STATUS_LABELS, CASE_TYPE_LABELS, INBOX_STATE_LABELS, labelOf, WORK_LABELS } from "../labels";
import { FOLLOW_UP_STATUS_LABELS } from "../labels/programme-b";

/**
 * Issue #8's inbox, as 人文課 and the 里幹事 read it (issue #11): the district's work by due time,
 * each deadline's state in colour and in words, a page at a time, filtered by state on the server.
 * Issue #12: a follow-up request (村里追蹤, B2, B9) is listed among them by its 1-month reply.
 */
const DISTRICT_INBOX = graphql(`
  query ConsoleDistrictInbox($first: Int, $after: String, $states: [InboxState!]) {
    districtInbox(first: $first, after: $after, states: $states) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      counts {
        state
        count
      }
      items {
        id
        kind
        step
        dueAt
        since
        state
        careCase {
          id
          caseType
          village
          neighbourhood
          status
          assignedOfficerName
        }
        followUpRequest {
          id
          status
          assignedOfficerName
        }
      }
    }
  }
`);

function StateBadge({ state }: { state: string | null | undefined }) {
  const shown = INBOX_STATE_LABELS[state ?? ""] ?? { label: state ?? "—", color: "gray" };
  // Colour and words both: the state must not depend on telling colours apart.
  return (
    <Badge color={shown.color} variant="filled" radius="sm">
      {shown.label}
    </Badge>
  );
}

/** The states the filter offers, most urgent first; none chosen is every state. */
const FILTER_STATES: readonly InboxState[] = ["OVERDUE", "DUE_SOON", "DUE", "OPEN"];

export function DistrictInbox({ title }: { title: string }) {
  const [states, setStates] = useState<string[]>([]);
  const query = useQuery(DISTRICT_INBOX, { variables: { first: PAGE_SIZE, states: states.length === 0 ? null : (states as InboxState[]) } });
  const more = (after: string) =>
    query.fetchMore({ variables: { after }, updateQuery: (shown, { fetchMoreResult }) => ({ ...fetchMoreResult, districtInbox: withMoreItems(shown.districtInbox, fetchMoreResult.districtInbox) }) });
  return (
    <Stack>
      <Title order={2} size="h4">
        {title}
      </Title>
      <Chip.Group multiple value={states} onChange={setStates}>
        <Group gap="xs" role="group" aria-label="依期限狀態篩選">
          {FILTER_STATES.map((state) => (
            <Chip key={state} value={state} size="sm">
              {INBOX_STATE_LABELS[state].label}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      <QueryState result={query} what="待辦">
        {({ districtInbox: inbox }) => (
          <>
            <Group gap="xs" aria-label="各狀態件數">
              {(inbox?.counts ?? []).map((count) => (
                <Group key={count.state ?? "none"} gap={4}>
                  <StateBadge state={count.state} />
                  <Text size="sm">{count.count} 件</Text>
                </Group>
              ))}
            </Group>
            {(inbox?.items ?? []).length === 0 ? (
              <Text>{states.length === 0 ? "目前沒有待辦案件。" : "沒有符合篩選的待辦案件。"}</Text>
            ) : (
              <Table striped highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>狀態</Table.Th>
                    <Table.Th>待辦事項</Table.Th>
                    <Table.Th>期限</Table.Th>
                    <Table.Th>洽公項目</Table.Th>
                    <Table.Th>里別</Table.Th>
                    <Table.Th>案件狀態</Table.Th>
                    <Table.Th>里幹事</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {(inbox?.items ?? []).map((item) => (
                    <Table.Tr key={item.id}>
                      <Table.Td>
                        <StateBadge state={item.state} />
                      </Table.Td>
                      <Table.Td>{labelOf(WORK_LABELS, item.step ?? item.kind)}</Table.Td>
                      <Table.Td>{item.dueAt === null || item.dueAt === undefined ? "無期限" : rocDateTime(item.dueAt)}</Table.Td>
                      <Table.Td>{item.followUpRequest === null || item.followUpRequest === undefined ? labelOf(CASE_TYPE_LABELS, item.careCase?.caseType) : "村里追蹤"}</Table.Td>
                      <Table.Td>
                        {item.careCase?.village ?? "—"}
                        {item.careCase?.neighbourhood !== null && item.careCase?.neighbourhood !== undefined ? ` ${item.careCase.neighbourhood}鄰` : ""}
                      </Table.Td>
                      <Table.Td>
                        {item.followUpRequest === null || item.followUpRequest === undefined
                          ? labelOf(CASE_STATUS_LABELS, item.careCase?.status)
                          : (FOLLOW_UP_STATUS_LABELS[item.followUpRequest.status ?? ""]?.label ?? item.followUpRequest.status)}
                      </Table.Td>
                      <Table.Td>{item.careCase?.assignedOfficerName ?? item.followUpRequest?.assignedOfficerName ?? "未派案"}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            <Text size="sm">依期限排序。</Text>
            <MoreRows page={inbox} shown={(inbox?.items ?? []).length} what="待辦" onMore={more} />
          </>
        )}
      </QueryState>
    </Stack>
  );
}
