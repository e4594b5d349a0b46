import { Card, Divider, Stack, Text, Title } from "@mantine/core";
import { rocDate, rocDateTime } from "../../../format/roc-date";
import type { ConsoleFollowUpRequestsQuery } from "../../../gql/graphql";
import { labelOf } from "../../../labels";
import { CONTACT_RELATION_LABELS, FOLLOW_UP_MET_LABELS, SEARCH_REASON_LABELS, SEARCH_REQUESTER_LABELS } from "../../../labels/programme-b";
import { ChildAndContacts } from "../../programme-b/child-and-contacts";
import { AssignFollowUpOfficer } from "./assign-follow-up-officer";
import { FollowUpResultForm } from "./follow-up-result-form";

export type FollowUpRow = NonNullable<NonNullable<NonNullable<ConsoleFollowUpRequestsQuery["followUpRequests"]>["edges"]>[number]["node"]>;

/** What was replied to the requester (B2, B9): met or not, when, where the child is, the notes. */
function SentReply({ request }: { request: FollowUpRow }) {
  return (
    <Stack gap={4} aria-label="已回復內容" role="group">
      <Text size="sm" fw={700}>
        已於 {rocDateTime(request.repliedAt)} 回復{labelOf(SEARCH_REQUESTER_LABELS, request.requesterAgency)}：{labelOf(FOLLOW_UP_MET_LABELS, request.met === true ? "MET" : "NOT_MET")}（追蹤日期 {rocDate(request.followedUpOn)}，{request.recordedBy ?? "—"}）
      </Text>
      {request.whereabouts !== null && request.whereabouts !== undefined && <Text size="sm">兒童所在處所：{request.whereabouts}</Text>}
      {request.note !== null && request.note !== undefined && <Text size="sm">追蹤情形：{request.note}</Text>}
    </Stack>
  );
}

/**
 * One request to the district office (B2, B9): the child and whom to contact as the requester
 * sent them, the 1-month reply, 人文課's assignment and the follow-up's form; the reply once sent.
 */
export function FollowUpDetail({ request, canAssign, onChange }: { request: FollowUpRow; canAssign: boolean; onChange: () => void }) {
  const open = request.status !== "REPLIED";
  return (
    <Card withBorder component="section" aria-label={`追蹤訪查：${request.childName ?? "—"}`}>
      <Stack gap="sm">
        <Title order={3} size="h5">
          追蹤：{request.childName ?? "（尚無姓名）"}
        </Title>
        <Text size="sm">
          {labelOf(SEARCH_REQUESTER_LABELS, request.requesterAgency)}於 {rocDate(request.requestedOn)} 請求
          {request.reason === null || request.reason === undefined ? "" : `（${labelOf(SEARCH_REASON_LABELS, request.reason)}）`}，本所 {rocDateTime(request.receivedAt)} 收件
        </Text>
        <ChildAndContacts request={request} relationLabel={(relation) => labelOf(CONTACT_RELATION_LABELS, relation)} />
        {request.assignedOfficerName !== null && request.assignedOfficerName !== undefined && <Text size="sm">追蹤里幹事：{request.assignedOfficerName}</Text>}
        {!open && <SentReply request={request} />}
        {open && canAssign && (
          <>
            <Divider label="派里幹事追蹤" labelPosition="left" />
            <AssignFollowUpOfficer requestId={request.id} officerId={request.assignedOfficerId ?? ""} officerName={request.assignedOfficerName ?? ""} onDone={onChange} />
          </>
        )}
        {open && (
          <>
            <Divider label="追蹤結果（1個月內回復）" labelPosition="left" />
            <FollowUpResultForm requestId={request.id} officerName={request.assignedOfficerName ?? ""} onDone={onChange} />
          </>
        )}
      </Stack>
    </Card>
  );
}
