import { useMutation } from "@apollo/client/react";
import { Button, Group, Select, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { rocDate } from "../../format/roc-date";
import { taipeiToday } from "../../format/taipei-today";
import { RocDateField } from "../../forms/roc-date-field";
import type { ConsoleChildCareCaseQuery, SearchReason } from "../../gql/graphql";
import { labelOf } from "../../labels";
import { CHILD_CARE_REPLY_LABELS, REQUEST_KIND_LABELS, SEARCH_REASON_LABELS, SOCIAL_SEARCH_REASONS } from "../../labels/programme-b";
import { ServerError } from "../district/server-error";
import { optionsOf } from "../programme-b/option-list";
import { useWrite } from "../programme-b/use-write";
import { REQUEST_FOLLOW_UP, REQUEST_SEARCH } from "./child-care-documents";

type HeldCase = NonNullable<ConsoleChildCareCaseQuery["childCareCase"]>;

/**
 * B9: what the unit asked of others on the case — the district's village chief or officer
 * follow-up, the police's search (after B3's matching; a clearly difficult visit too) — and the
 * police's FOUND, with where the child is; the replies (the district's follow-up, issue #12, and
 * the police's NOT_FOUND), with where the child is and the officer's notes.
 */
export function CaseRequests({ held, onDone }: { held: HeldCase; onDone: () => void }) {
  const [followUp, { loading: askingDistrict }] = useMutation(REQUEST_FOLLOW_UP);
  const [search, { loading: askingPolice }] = useMutation(REQUEST_SEARCH);
  const { problem, run } = useWrite(onDone);
  const [requestedOn, setRequestedOn] = useState(taipeiToday());
  const [reason, setReason] = useState<SearchReason>("MISSING_CHILD");
  const open = held.status === "OPEN";
  return (
    <Stack gap="xs">
      <Title order={4} size="h6">
        追蹤及協尋（B9）
      </Title>
      {(held.requests ?? []).length === 0 ? (
        <Text size="sm">尚未請求追蹤或協尋。</Text>
      ) : (
        <Table striped aria-label="追蹤及協尋請求">
          <Table.Tbody>
            {(held.requests ?? []).map((request) => (
              <Table.Tr key={request.id}>
                <Table.Td>{rocDate(request.requestedOn)}</Table.Td>
                <Table.Td>{labelOf(REQUEST_KIND_LABELS, request.kind)}</Table.Td>
                <Table.Td>{request.searchReason === null || request.searchReason === undefined ? "" : labelOf(SEARCH_REASON_LABELS, request.searchReason)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {(held.found ?? []).map((found) => (
        <Text key={found.id} size="sm" fw={700}>
          警察機關已於 {rocDate(found.foundOn)} 尋獲兒童：{found.location ?? "—"}
        </Text>
      ))}
      {(held.replies ?? []).map((reply) => (
        <Text key={reply.id} size="sm" fw={700}>
          {rocDate(reply.repliedOn)} {labelOf(CHILD_CARE_REPLY_LABELS, reply.outcome)}
          {reply.whereabouts === null || reply.whereabouts === undefined ? "" : `，兒童所在處所：${reply.whereabouts}`}
          {reply.note === null || reply.note === undefined ? "" : `，追蹤情形：${reply.note}`}
        </Text>
      ))}
      {open && (
        <Group align="flex-end" grow>
          <RocDateField label="請求日期" value={requestedOn} onChange={setRequestedOn} maxDate={taipeiToday()} required />
          <Button variant="default" loading={askingDistrict} disabled={requestedOn === ""} onClick={() => void run(() => followUp({ variables: { caseId: held.id, requestedOn } }))}>
            請區公所追蹤
          </Button>
          <Select label="協尋原因" description="須先完成6項平台資料比對（B3）" data={optionsOf(SEARCH_REASON_LABELS, SOCIAL_SEARCH_REASONS)} value={reason} onChange={(value) => setReason((value ?? "MISSING_CHILD") as SearchReason)} allowDeselect={false} />
          <Button variant="default" loading={askingPolice} disabled={requestedOn === ""} onClick={() => void run(() => search({ variables: { caseId: held.id, reason, requestedOn } }))}>
            請警察機關協尋
          </Button>
        </Group>
      )}
      <ServerError problem={problem} />
    </Stack>
  );
}
