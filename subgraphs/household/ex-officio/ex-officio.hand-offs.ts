import type { EntityManager } from "typeorm";
import type { Principal } from "../../../shared/auth/principal";
import { ChildCareCategory, SearchOutcome, SearchReason, whereFoundLine } from "../../../shared/domain/child-care";
import { enqueue } from "../../../shared/outbox/enqueue";
import type { Person } from "../person/person.entity";
import { ExOfficioKind, ExOfficioRecord } from "./ex-officio.entity";

/** The receivers' intakes (docs/programme-b.md), by operation name. */
export const RECEIVE_SEARCH_REQUEST = "ReceiveSearchRequest";
export const RECEIVE_FOLLOW_UP_REQUEST = "ReceiveFollowUpRequest";
export const RECEIVE_CHILD_CARE_NOTICE = "ReceiveChildCareNotice";

/** For household's outbox dispatcher (index.ts). */
export const EX_OFFICIO_DOCUMENTS: Readonly<Record<string, string>> = {
  [RECEIVE_SEARCH_REQUEST]: `mutation ReceiveSearchRequest($input: SearchRequestInput!) { receiveSearchRequest(input: $input) { id } }`,
  [RECEIVE_FOLLOW_UP_REQUEST]: `mutation ReceiveFollowUpRequest($input: FollowUpRequestInput!) { receiveFollowUpRequest(input: $input) { id } }`,
  [RECEIVE_CHILD_CARE_NOTICE]: `mutation ReceiveChildCareNotice($input: ChildCareNoticeInput!) { receiveChildCareNotice(input: $input) { id } }`,
};

const REASON: Readonly<Record<ExOfficioKind, SearchReason>> = {
  [ExOfficioKind.BIRTH]: SearchReason.WHEREABOUTS_UNKNOWN_AT_BIRTH,
  [ExOfficioKind.MOVE]: SearchReason.MOVED_EX_OFFICIO,
};

const CATEGORY: Readonly<Record<ExOfficioKind, ChildCareCategory>> = {
  [ExOfficioKind.BIRTH]: ChildCareCategory.EX_OFFICIO_BIRTH,
  [ExOfficioKind.MOVE]: ChildCareCategory.EX_OFFICIO_MOVE,
};

/** The child as the receivers know it (D3: their own copy). */
function childOf(child: Person, record: ExOfficioRecord): Record<string, unknown> {
  return {
    personId: child.id,
    idNumber: child.idNumber,
    name: child.name,
    birthDate: child.birthDate,
    sex: child.sex,
    motherName: record.motherName,
    motherIdNumber: record.motherIdNumber,
  };
}

/**
 * B2, B3 (D3): a child whose whereabouts stay unknown, in the record's transaction: the police of
 * the household district search (officers visit within 7 days, reply within 1 month), the district
 * office has the village chief or officer follow up (reply within 1 month). Social is noticed when
 * the police reply (noticeSocial). Returns both hand-offs' keys (their clientKeys at the police and
 * the district), which the replies name.
 */
export async function askForSearch(manager: EntityManager, record: ExOfficioRecord, child: Person, actor: Principal): Promise<{ searchKey: string; followUpKey: string }> {
  const request = {
    reason: REASON[record.kind],
    ...childOf(child, record),
    contacts: record.contacts.map(({ name, relation, phone, address }) => ({ name, relation, phone, address })),
    householdDistrict: record.householdDistrictCode,
    requestedOn: record.recordedOn,
    requesterAgency: "HOUSEHOLD",
    requesterReference: record.id,
  };
  const searchKey = await enqueue(manager, { kind: "search-request", operation: RECEIVE_SEARCH_REQUEST, actor, variables: (clientKey) => ({ input: { clientKey, ...request } }) });
  const followUpKey = await enqueue(manager, { kind: "follow-up-request", operation: RECEIVE_FOLLOW_UP_REQUEST, actor, variables: (clientKey) => ({ input: { clientKey, ...request } }) });
  return { searchKey, followUpKey };
}

/** What the police replied, as the office's notice to social carries it. */
export interface SearchReplyFacts {
  readonly outcome: SearchOutcome;
  readonly resultOn: string;
  readonly foundAddress: string | null;
  readonly foundContactName: string | null;
  readonly foundContactPhone: string | null;
}

/**
 * B2 ("each replies within 1 month"; emigrated children are excluded "before social units are
 * notified"), B8, B9: when the police reply, in the reply's transaction, social is noticed of the
 * child (category 1 or 2) with the search's outcome — found, and where; or not found, so social
 * takes the missing child over. The notice names the police request by its key.
 */
export async function noticeSocial(manager: EntityManager, record: ExOfficioRecord, child: Person, actor: Principal, reply: SearchReplyFacts): Promise<void> {
  await enqueue(manager, {
    kind: "child-care-notice",
    operation: RECEIVE_CHILD_CARE_NOTICE,
    actor,
    variables: (clientKey) => ({
      input: {
        clientKey,
        category: CATEGORY[record.kind],
        ...childOf(child, record),
        householdDistrict: record.householdDistrictCode,
        noticedOn: reply.resultOn,
        searchRequestId: record.searchRequestKey,
        searchOutcome: reply.outcome,
        foundOn: reply.outcome === SearchOutcome.FOUND ? reply.resultOn : null,
        foundLocation: whereFoundLine(reply.foundAddress, reply.foundContactName, reply.foundContactPhone),
      },
    }),
  });
}
