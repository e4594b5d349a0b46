import type { EntityManager } from "typeorm";
import type { Principal } from "../../../shared/auth/principal";
import { now } from "../../../shared/clock";
import { enqueue } from "../../../shared/outbox/enqueue";
import { FollowUpRequesterAgency } from "./follow-up-status";
import { FollowUpRequest } from "./follow-up.entity";

/** household's intake of the reply on its ex-officio record (subgraphs/household/ex-officio), by operation name. */
export const RECEIVE_EX_OFFICIO_FOLLOW_UP_REPLY = "ReceiveExOfficioFollowUpReply";
/** social's intake of the reply on its child-care case's request (subgraphs/social/child-care). */
export const RECEIVE_CHILD_CARE_FOLLOW_UP_REPLY = "ReceiveChildCareFollowUpReply";

/** The receivers' documents, for the district's outbox dispatcher (jobs.ts). */
export const FOLLOW_UP_DOCUMENTS: Readonly<Record<string, string>> = {
  [RECEIVE_EX_OFFICIO_FOLLOW_UP_REPLY]: `mutation ReceiveExOfficioFollowUpReply($input: ExOfficioFollowUpReplyInput!) { receiveExOfficioFollowUpReply(input: $input) { id } }`,
  [RECEIVE_CHILD_CARE_FOLLOW_UP_REPLY]: `mutation ReceiveChildCareFollowUpReply($input: ChildCareFollowUpReplyInput!) { receiveChildCareFollowUpReply(input: $input) { id } }`,
};

/** Each requester's intake, and the name its input gives the requester's own reference. */
const REPLY_TO: Readonly<Record<FollowUpRequesterAgency, { operation: string; reference: string }>> = {
  [FollowUpRequesterAgency.HOUSEHOLD]: { operation: RECEIVE_EX_OFFICIO_FOLLOW_UP_REPLY, reference: "exOfficioRecordId" },
  [FollowUpRequesterAgency.SOCIAL]: { operation: RECEIVE_CHILD_CARE_FOLLOW_UP_REPLY, reference: "requestId" },
};

/**
 * B2, B9 (D3): the follow-up's reply to whoever asked, in the transaction that records it: whether
 * the child was met, when, where the child is and the officer's notes. The requester's own key for
 * the request (its outbox row) and its reference travel back, so it checks the reply is for its request.
 */
export async function sendFollowUpReply(manager: EntityManager, request: FollowUpRequest, actor: Principal): Promise<void> {
  const target = REPLY_TO[request.requesterAgency];
  await enqueue(manager, {
    kind: "follow-up-reply",
    operation: target.operation,
    actor,
    variables: (clientKey) => ({
      input: {
        clientKey,
        followUpRequestId: request.id,
        followUpRequestKey: request.clientKey,
        [target.reference]: request.requesterReference,
        met: request.met,
        followedUpOn: request.followedUpOn,
        whereabouts: request.whereabouts,
        note: request.note,
      },
    }),
  }, { now: now() });
}
