import { useQuery } from "@apollo/client/react";
import { Badge, Group, Stack, Table, Text, Title } from "@mantine/core";
import { QueryState } from "../components/query-state";
import { rocDateTime } from "../format/roc-date";
import { graphql } from "../gql";
import { CASE_STATUS_LABELS, CASE_TYPE_LABELS, INBOX_STATE_LABELS, labelOf, WORK_LABELS } from "../labels";

/** Issue #8's inbox, as 人文課 and the 里幹事 read it (issue #11): the district's work by due time, each deadline's state in colour and in words. */
const DISTRICT_INBOX = graphql(`
  query ConsoleDistrictInbox($first: Int) {
    districtInbox(first: $first) {
      totalCount
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

export function DistrictInbox({ title }: { title: string }) {
  const query = useQuery(DISTRICT_INBOX, { variables: { first: 50 } });
  return (
    <Stack>
      <Title order={2} size="h4">
        {title}
      </Title>
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
              <Text>目前沒有待辦案件。</Text>
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
                      <Table.Td>{labelOf(CASE_TYPE_LABELS, item.careCase?.caseType)}</Table.Td>
                      <Table.Td>
                        {item.careCase?.village ?? "—"}
                        {item.careCase?.neighbourhood !== null && item.careCase?.neighbourhood !== undefined ? ` ${item.careCase.neighbourhood}鄰` : ""}
                      </Table.Td>
                      <Table.Td>{labelOf(CASE_STATUS_LABELS, item.careCase?.status)}</Table.Td>
                      <Table.Td>{item.careCase?.assignedOfficerName ?? "未派案"}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            <Text size="sm">
              共 {inbox?.totalCount ?? 0} 件，依期限排序。
            </Text>
          </>
        )}
      </QueryState>
    </Stack>
  );
}
