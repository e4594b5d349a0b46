import { Card, Divider, Stack, Text, Title } from "@mantine/core";
import { rocDate, rocDateTime } from "../../format/roc-date";
import type { ConsoleSearchRequestsQuery } from "../../gql/graphql";
import { labelOf } from "../../labels";
import { SEARCH_OUTCOME_LABELS, SEARCH_REASON_LABELS, SEARCH_REQUESTER_LABELS } from "../../labels/programme-b";
import { ChildAndContacts } from "../programme-b/child-and-contacts";
import { SearchResultForm } from "./search-result-form";
import { SearchVisitForm } from "./search-visit-form";

export type SearchRequestRow = NonNullable<NonNullable<NonNullable<ConsoleSearchRequestsQuery["searchRequests"]>["edges"]>[number]["node"]>;

/** One request to the precinct: the child, whom to contact (the requester's D3 copy), the visit and the result. */
export function SearchRequestDetail({ request, onChange }: { request: SearchRequestRow; onChange: () => void }) {
  const searching = request.status === "RECEIVED" || request.status === "VISITED";
  return (
    <Card withBorder component="section" aria-label={`協尋案件：${request.childName ?? "—"}`}>
      <Stack gap="sm">
        <Title order={3} size="h5">
          協尋：{request.childName ?? "（尚無姓名）"}
        </Title>
        <Text size="sm">
          {labelOf(SEARCH_REQUESTER_LABELS, request.requesterAgency)}於 {rocDate(request.requestedOn)} 請求（{labelOf(SEARCH_REASON_LABELS, request.reason)}），本局 {rocDateTime(request.receivedAt)} 收件
        </Text>
        <ChildAndContacts request={request} relationLabel={(relation) => relation ?? "—"} />
        {request.visitedOn !== null && request.visitedOn !== undefined && (
          <Text size="sm">
            最近訪查：{rocDate(request.visitedOn)}（{request.officerName ?? "—"}）{request.visitNote ?? ""}
          </Text>
        )}
        {request.outcome !== null && request.outcome !== undefined && (
          <Text size="sm" fw={700}>
            協尋結果：{labelOf(SEARCH_OUTCOME_LABELS, request.outcome)}（{rocDate(request.resultOn)}）{request.foundAddress ?? ""}
          </Text>
        )}
        {searching && (
          <>
            <Divider label="員警訪查（7日內）" labelPosition="left" />
            <SearchVisitForm requestId={request.id} officerName={request.officerName ?? ""} onDone={onChange} />
            <Divider label="協尋結果回復（1個月內）" labelPosition="left" />
            <SearchResultForm requestId={request.id} officerName={request.officerName ?? ""} onDone={onChange} />
          </>
        )}
      </Stack>
    </Card>
  );
}
