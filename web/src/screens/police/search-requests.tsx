import { useQuery } from "@apollo/client/react";
import { Button, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { QueryState } from "../../components/query-state";
import { rocDate } from "../../format/roc-date";
import { labelOf } from "../../labels";
import { SEARCH_REASON_LABELS, SEARCH_STATUS_LABELS } from "../../labels/programme-b";
import { DeadlineBadges, StatusBadge } from "../programme-b/deadline-badges";
import { HeaderRow } from "../programme-b/form-fields";
import { SEARCH_REQUESTS } from "./search-documents";
import { SearchRequestDetail, SearchRequestRow } from "./search-request-detail";

const OPEN_STATES = new Set(["DUE", "DUE_SOON", "OVERDUE"]);

/** The first due time still open (7-day visit, 1-month reply): the list's order, ended searches last. */
function nextDue(request: SearchRequestRow): string {
  const open = (request.deadlines ?? []).filter((deadline) => OPEN_STATES.has(deadline.state ?? "") && typeof deadline.dueAt === "string").map((deadline) => deadline.dueAt as string);
  return open.length === 0 ? "9999" : open.sort()[0];
}

/** 員警 (issue #12, B2, B9): the precinct's search requests by due time; the officer records the visit and the result. */
export function SearchRequests() {
  const query = useQuery(SEARCH_REQUESTS, { variables: {}, fetchPolicy: "cache-and-network" });
  const [chosen, setChosen] = useState<string | null>(null);
  return (
    <Stack>
      <Title order={2} size="h4">
        協尋案件（依期限）
      </Title>
      <QueryState result={query} what="協尋案件" empty={{ when: (data) => (data.searchRequests?.totalCount ?? 0) === 0, text: "本分局目前沒有協尋案件。" }}>
        {(data) => {
          const requests = (data.searchRequests?.edges ?? []).map((edge) => edge.node).filter((node): node is SearchRequestRow => node !== null && node !== undefined);
          const ordered = [...requests].sort((one, other) => nextDue(one).localeCompare(nextDue(other)));
          const shown = requests.find((request) => request.id === chosen);
          return (
            <>
              <Table striped highlightOnHover aria-label="協尋案件">
                <HeaderRow columns={["兒童", "協尋原因", "狀態", "期限", "請求日期", "操作"]} />
                <Table.Tbody>
                  {ordered.map((request) => (
                    <Table.Tr key={request.id}>
                      <Table.Td>{request.childName ?? "—"}</Table.Td>
                      <Table.Td>{labelOf(SEARCH_REASON_LABELS, request.reason)}</Table.Td>
                      <Table.Td>
                        <StatusBadge shown={SEARCH_STATUS_LABELS[request.status ?? ""] ?? { label: request.status ?? "—", color: "gray" }} />
                      </Table.Td>
                      <Table.Td>
                        <DeadlineBadges deadlines={request.deadlines} />
                      </Table.Td>
                      <Table.Td>{rocDate(request.requestedOn)}</Table.Td>
                      <Table.Td>
                        <Button size="xs" variant="default" onClick={() => setChosen(request.id)} aria-label={`處理 ${request.childName ?? "協尋案件"}`}>
                          處理
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              <Text size="sm">共 {data.searchRequests?.totalCount ?? 0} 件，依最近期限排序。</Text>
              {/* Keyed by status too: after the visit, the result form starts from the visiting officer's name. */}
              {shown !== undefined && <SearchRequestDetail key={`${shown.id}-${shown.status ?? ""}`} request={shown} onChange={() => void query.refetch()} />}
            </>
          );
        }}
      </QueryState>
    </Stack>
  );
}
