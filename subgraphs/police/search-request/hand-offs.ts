import type { EntityManager } from "typeorm";
import type { Principal } from "../../../shared/auth/principal";
import { SearchOutcome, whereFoundLine } from "../../../shared/domain/child-care";
import { enqueue } from "../../../shared/outbox/enqueue";
import { SearchRequest } from "./search-request.entity";
import { SearchRequesterAgency } from "./search-status";

/** social's intake of a found child (docs/programme-b.md: `receiveChildFound`), by operation name. */
export const RECEIVE_CHILD_FOUND = "ReceiveChildFound";
/** social's intake of a search of its own that ended without finding the child (`receiveChildNotFound`). */
export const RECEIVE_CHILD_NOT_FOUND = "ReceiveChildNotFound";
/** household's intake of the police's reply on its ex-officio record (subgraphs/household/ex-officio). */
export const RECEIVE_SEARCH_REPLY = "ReceiveSearchReply";

/** The receivers' documents, for the police's outbox dispatcher (index.ts). */
export const SEARCH_DOCUMENTS: Readonly<Record<string, string>> = {
  [RECEIVE_CHILD_FOUND]: `mutation ReceiveChildFound($input: ChildFoundInput!) { receiveChildFound(input: $input) { id } }`,
  [RECEIVE_CHILD_NOT_FOUND]: `mutation ReceiveChildNotFound($input: ChildNotFoundInput!) { receiveChildNotFound(input: $input) { id } }`,
  [RECEIVE_SEARCH_REPLY]: `mutation ReceiveSearchReply($input: SearchReplyInput!) { receiveSearchReply(input: $input) { id } }`,
};

/**
 * B2, B9 (D3): the search's result, in the transaction that records it. A search social asked for:
 * FOUND goes to social at once (B9: "the police notify the social unit when found"), with where the
 * child is (a D3 copy); NOT_FOUND goes to social too, so the unit knows its search ended and the child
 * is still missing (nothing of where the officers looked). A search a household office asked for: the result, either way, goes back to
 * the office (B2: the reply within 1 month), whose reply notices social at once in turn (household's
 * noticeSocial) — social hears of the child once, with the search's outcome.
 */
export async function sendSearchResult(manager: EntityManager, request: SearchRequest, actor: Principal): Promise<void> {
  if (request.outcome === SearchOutcome.FOUND && request.requesterAgency === SearchRequesterAgency.SOCIAL) {
    await enqueue(manager, {
      kind: "child-found",
      operation: RECEIVE_CHILD_FOUND,
      actor,
      variables: (clientKey) => ({
        input: {
          clientKey,
          // The search as social knows it: its own request's id.
          searchRequestId: request.requesterReference,
          foundOn: request.resultOn,
          // Where the child is and whom to reach there (a D3 copy for the holding unit).
          location: whereFoundLine(request.foundAddress, request.foundContactName, request.foundContactPhone),
        },
      }),
    });
  }
  if (request.outcome === SearchOutcome.NOT_FOUND && request.requesterAgency === SearchRequesterAgency.SOCIAL) {
    await enqueue(manager, {
      kind: "child-not-found",
      operation: RECEIVE_CHILD_NOT_FOUND,
      actor,
      variables: (clientKey) => ({ input: { clientKey, searchRequestId: request.requesterReference, resultOn: request.resultOn } }),
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
