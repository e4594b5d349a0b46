import { useQuery } from "@apollo/client/react";
import { Button, Chip, Group, Stack, Table, Title } from "@mantine/core";
import { useState } from "react";
import { MoreRows } from "../../../components/more-rows";
import { PAGE_SIZE, withMoreEdges } from "../../../components/paging";
import { QueryState } from "../../../components/query-state";
import { rocDate } from "../../../format/roc-date";
import type { FollowUpStatus } from "../../../gql/graphql";
import { labelOf } from "../../../labels";
import { FOLLOW_UP_STATUS_LABELS, SEARCH_REQUESTER_LABELS } from "../../../labels/programme-b";
import { StatusBadge } from "../../programme-b/deadline-badges";
import { HeaderRow } from "../../programme-b/form-fields";
import { DeadlineBadge } from "../deadline-badge";
import { nodesOf } from "../nodes";
import { FollowUpDetail } from "./follow-up-detail";
import { FOLLOW_UP_REQUESTS } from "./follow-up-documents";

const STATUSES: readonly FollowUpStatus[] = ["RECEIVED", "ASSIGNED", "REPLIED"];
const EVERY_STATUS = "ALL";

/**
 * 追蹤訪查 (issue #12; B2, B9): the follow-up requests the caller may see — 人文課 its district's,
 * the 里幹事 those assigned to them — a page at a time, filtered by status on the server; each
 * row's 1-month reply in ROC with its state in words (逾期 flagged). 人文課 assigns a 里幹事
 * (`canAssign`); either records the follow-up, which replies to the requester.
 */
export function FollowUps({ canAssign }: { canAssign: boolean }) {
  const [status, setStatus] = useState<string>(EVERY_STATUS);
  const query = useQuery(FOLLOW_UP_REQUESTS, { variables: { first: PAGE_SIZE, status: status === EVERY_STATUS ? null : (status as FollowUpStatus) }, fetchPolicy: "cache-and-network" });
  const [chosen, setChosen] = useState<string | null>(null);
  const more = (after: string) =>
    query.fetchMore({ variables: { after }, updateQuery: (shown, { fetchMoreResult }) => ({ ...fetchMoreResult, followUpRequests: withMoreEdges(shown.followUpRequests, fetchMoreResult.followUpRequests) }) });
  return (
    <Stack>
      <Title order={2} size="h4">
        追蹤訪查（村里長或村里幹事追蹤）
      </Title>
      <Chip.Group value={status} onChange={setStatus}>
        <Group gap="xs" role="group" aria-label="依追蹤狀態篩選">
          <Chip value={EVERY_STATUS} size="sm">
            全部
          </Chip>
          {STATUSES.map((code) => (
            <Chip key={code} value={code} size="sm">
              {FOLLOW_UP_STATUS_LABELS[code].label}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      <QueryState result={query} what="追蹤訪查" empty={{ when: (data) => (data.followUpRequests?.totalCount ?? 0) === 0, text: status === EVERY_STATUS ? "目前沒有追蹤訪查請求。" : "沒有符合篩選的追蹤訪查請求。" }}>
        {(data) => {
          const requests = nodesOf(data.followUpRequests);
          const shown = requests.find((request) => request.id === chosen);
          return (
            <>
              <Table striped highlightOnHover aria-label="追蹤訪查">
                <HeaderRow columns={["兒童", "請求機關", "請求日期", "狀態", "回復期限", "里幹事", "操作"]} />
                <Table.Tbody>
                  {requests.map((request) => (
                    <Table.Tr key={request.id}>
                      <Table.Td>{request.childName ?? "—"}</Table.Td>
                      <Table.Td>{labelOf(SEARCH_REQUESTER_LABELS, request.requesterAgency)}</Table.Td>
                      <Table.Td>{rocDate(request.requestedOn)}</Table.Td>
                      <Table.Td>
                        <StatusBadge shown={FOLLOW_UP_STATUS_LABELS[request.status ?? ""] ?? { label: request.status ?? "—", color: "gray" }} />
                      </Table.Td>
                      <Table.Td>
                        <DeadlineBadge deadlines={request.deadlines} step="FOLLOW_UP_REPLY" />
                      </Table.Td>
                      <Table.Td>{request.assignedOfficerName ?? "未派"}</Table.Td>
                      <Table.Td>
                        <Button size="xs" variant="default" onClick={() => setChosen(request.id)} aria-label={`處理 ${request.childName ?? "追蹤訪查"}`}>
                          處理
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              <MoreRows page={data.followUpRequests} shown={requests.length} what="追蹤訪查" onMore={more} />
              {/* Keyed by status too: after the assignment, the result form starts from the officer's name. */}
              {shown !== undefined && <FollowUpDetail key={`${shown.id}-${shown.status ?? ""}`} request={shown} canAssign={canAssign} onChange={() => void query.refetch()} />}
            </>
          );
        }}
      </QueryState>
    </Stack>
  );
}
