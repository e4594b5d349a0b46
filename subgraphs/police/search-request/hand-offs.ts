import type { EntityManager } from "typeorm";
import type { Principal } from "../../../shared/auth/principal";
import { SearchOutcome } from "../../../shared/domain/child-care";
import { enqueue } from "../../../shared/outbox/enqueue";
import { SearchRequest } from "./search-request.entity";
import { SearchRequesterAgency } from "./search-status";

/** social's intake of a found child (docs/programme-b.md: `receiveChildFound`), by operation name. */
export const RECEIVE_CHILD_FOUND = "ReceiveChildFound";
/** household's intake of the police's reply on its ex-officio record (subgraphs/household/ex-officio). */
export const RECEIVE_SEARCH_REPLY = "ReceiveSearchReply";

/** The receivers' documents, for the police's outbox dispatcher (index.ts). */
export const SEARCH_DOCUMENTS: Readonly<Record<string, string>> = {
  [RECEIVE_CHILD_FOUND]: `mutation ReceiveChildFound($input: ChildFoundInput!) { receiveChildFound(input: $input) { id } }`,
  [RECEIVE_SEARCH_REPLY]: `mutation ReceiveSearchReply($input: SearchReplyInput!) { receiveSearchReply(input: $input) { id } }`,
};

/**
 * B2, B9 (D3): the search's result, in the transaction that records it. FOUND goes to social at once
 * (B9: "the police notify the social unit when found"), with where the child is (a D3 copy); the
 * result, either way, goes back to a household office that asked (B2: the reply within 1 month).
 * A social requester hears FOUND through the first; NOT_FOUND has no social intake in
 * docs/programme-b.md yet, so nothing is sent for it.
 */
export async function sendSearchResult(manager: EntityManager, request: SearchRequest, actor: Principal): Promise<void> {
  if (request.outcome === SearchOutcome.FOUND) {
    await enqueue(manager, {
      kind: "child-found",
      operation: RECEIVE_CHILD_FOUND,
      actor,
      variables: (clientKey) => ({
        input: {
          clientKey,
          searchRequestId: request.id,
          // The requester's key for the request (its outbox row): social joins it to the notice that named it.
          searchRequestKey: request.clientKey,
          reason: request.reason,
          personId: request.personId,
          idNumber: request.childIdNumber,
          name: request.childName,
          birthDate: request.childBirthDate,
          householdDistrict: request.householdDistrictCode,
          foundOn: request.resultOn,
          foundAddress: request.foundAddress,
          foundContactName: request.foundContactName,
          foundContactPhone: request.foundContactPhone,
        },
      }),
    });
  }
  if (request.requesterAgency === SearchRequesterAgency.HOUSEHOLD) {
    await enqueue(manager, {
      kind: "search-reply",
      operation: RECEIVE_SEARCH_REPLY,
      actor,
      variables: (clientKey) => ({
        input: {
          clientKey,
          searchRequestId: request.id,
          // The office's own key for the request (its outbox row) and its record: it checks the reply is for its request.
          searchRequestKey: request.clientKey,
          exOfficioRecordId: request.requesterReference,
          outcome: request.outcome,
          resultOn: request.resultOn,
          foundAddress: request.foundAddress,
          foundContactName: request.foundContactName,
          foundContactPhone: request.foundContactPhone,
        },
      }),
    });
  }
}
