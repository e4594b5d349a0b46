import { randomUUID } from "crypto";
import { DataSource, EntityManager } from "typeorm";
import { Principal } from "../../../shared/auth/principal";
import { taipeiInstant } from "../../../shared/calendar/taipei-time";
import { now, taipeiDateOf } from "../../../shared/clock";
import { requireClientKey } from "../../../shared/db/idempotent-intake";
import { SearchReason } from "../../../shared/domain/child-care";
import { badUserInput, conflict, notFound } from "../../../shared/errors";
import { SocialServiceUnit } from "../../../shared/graphql/enums";
import { requireUuid } from "../../../shared/graphql/ids";
import { enqueue } from "../../../shared/outbox/enqueue";
import { notBefore, notInFuture } from "../../../shared/validation/dates";
import { optionalText, requiredText } from "../../../shared/validation/form-text";
import { SOCIAL_SCHEMA } from "../schema-name";
import { socialDeadlines } from "./child-care.deadlines";
import { ChildCareCase, ChildCareMerge, ChildCareNotice, ChildCareRecordMatch, ChildCareRequest, ChildFound } from "./child-care.entities";
import { CHILD_CARE_TRANSITIONS, ChildCareCaseStatus, ChildCareRecordSource, ChildCareRequestKind, ChildCareReviewDecision } from "./child-care.enums";
import { ChildCareRecordMatchInput, ChildCareReviewInput, ChildCareVisitInput, ChildFoundInput } from "./child-care.inputs";
import { ChildCareNotificationKind, notifyUnit, openCaseFor } from "./child-care.intake";
import { CHILD_CARE_SUBJECT } from "./child-care.units";

/** The receivers' intakes social's outbox delivers (docs/programme-b.md), by operation name. */
export const RECEIVE_FOLLOW_UP_REQUEST = "ReceiveFollowUpRequest";
export const RECEIVE_SEARCH_REQUEST = "ReceiveSearchRequest";

export const CHILD_CARE_OUTBOX_DOCUMENTS: Readonly<Record<string, string>> = {
  [RECEIVE_FOLLOW_UP_REQUEST]: `mutation ReceiveFollowUpRequest($input: FollowUpRequestInput!) { receiveFollowUpRequest(input: $input) { id } }`,
  [RECEIVE_SEARCH_REQUEST]: `mutation ReceiveSearchRequest($input: SearchRequestInput!) { receiveSearchRequest(input: $input) { id } }`,
};

/** B9: the reasons social asks the police to search (B2/B3's are household's). */
const SOCIAL_SEARCH_REASONS: readonly SearchReason[] = [SearchReason.MISSING_CHILD, SearchReason.DIFFICULT_VISIT];

/** The case row-locked, so two workers' steps on it never interleave; NOT_FOUND without it (the policy loaded it first). */
async function lockedCase(manager: EntityManager, caseId: string): Promise<ChildCareCase> {
  const found = await manager.getRepository(ChildCareCase).createQueryBuilder("c").setLock("pessimistic_write").where("c.id = :caseId", { caseId: requireUuid(caseId, "caseId") }).getOne();
  if (found === null) {
    throw notFound("ChildCareCase");
  }
  return found;
}

function requireStatus(held: ChildCareCase, status: ChildCareCaseStatus): void {
  if (held.status !== status) {
    throw conflict(`The case is ${held.status}, not ${status}`);
  }
}

/** STYLE 12: every status change of a case goes through the one transition table. */
function moveTo(held: ChildCareCase, next: ChildCareCaseStatus): ChildCareCaseStatus {
  if (!CHILD_CARE_TRANSITIONS[held.status].includes(next)) {
    throw conflict(`A ${held.status} case cannot become ${next}`);
  }
  return next;
}

/** A worker's date on the case: it has happened, and not before the case reached the unit. */
function caseDate(held: ChildCareCase, date: string, field: string): string {
  notInFuture(date, field);
  notBefore(date, taipeiDateOf(held.receivedAt), field, "the case's receipt");
  return date;
}

/**
 * B3 (註3): one platform record matched on the case. Matching already done — by this unit or by
 * the unit that held the case before — is not repeated: the match recorded first is returned.
 */
export function recordRecordMatch(dataSource: DataSource, principal: Principal, input: ChildCareRecordMatchInput): Promise<ChildCareRecordMatch> {
  const note = optionalText(input.note, "input.note", 2000);
  return dataSource.transaction(async (manager) => {
    const held = await lockedCase(manager, input.caseId);
    if (held.status === ChildCareCaseStatus.CLOSED) {
      throw conflict("The case is closed");
    }
    const existing = await manager.getRepository(ChildCareRecordMatch).findOneBy({ caseId: held.id, source: input.source });
    if (existing !== null) {
      return existing;
    }
    const match = { id: randomUUID(), caseId: held.id, source: input.source, found: input.found, note, matchedOn: caseDate(held, input.matchedOn, "input.matchedOn"), matchedByUnit: principal.org as SocialServiceUnit };
    await manager.insert(ChildCareRecordMatch, match);
    return manager.getRepository(ChildCareRecordMatch).findOneByOrFail({ id: match.id });
  });
}

/** The child as the receivers' intakes take it (docs/programme-b.md: "the child as the sender knows it"). */
function childOfCase(held: ChildCareCase): Record<string, string | null> {
  return {
    personId: held.personId,
    idNumber: held.idNumber,
    name: held.childName,
    birthDate: held.birthDate,
    motherName: held.motherName,
    motherIdNumber: held.motherIdNumber,
  };
}

/** Whom to contact about the child, as social knows it: the mother, when named (the police and the district take the same list). */
function contactsOfCase(held: ChildCareCase): { name: string; relation: string }[] {
  return held.motherName === null ? [] : [{ name: held.motherName, relation: "MOTHER" }];
}

async function request(
  manager: EntityManager,
  held: ChildCareCase,
  principal: Principal,
  spec: { kind: ChildCareRequestKind; reason: SearchReason | null; requestedOn: string; operation: string; variables: (clientKey: string, requestId: string) => Record<string, unknown> },
): Promise<ChildCareRequest> {
  const id = randomUUID();
  // D3: the hand-off is written in the same transaction as the request; the outbox delivers it.
  const outboxId = await enqueue(manager, { kind: `child-care-${spec.kind.toLowerCase().replace(/_/g, "-")}`, operation: spec.operation, actor: principal, variables: (clientKey) => spec.variables(clientKey, id) }, { now: now() });
  await manager.insert(ChildCareRequest, { id, caseId: held.id, kind: spec.kind, searchReason: spec.reason, requestedOn: spec.requestedOn, outboxId });
  return manager.getRepository(ChildCareRequest).findOneByOrFail({ id });
}

/** B9: the district has the village chief or officer follow up (district `receiveFollowUpRequest`, a reply within 1 month). */
export function requestFollowUp(dataSource: DataSource, principal: Principal, caseId: string, requestedOn: string): Promise<ChildCareRequest> {
  return dataSource.transaction(async (manager) => {
    const held = await lockedCase(manager, caseId);
    requireStatus(held, ChildCareCaseStatus.OPEN);
    const on = caseDate(held, requestedOn, "requestedOn");
    return request(manager, held, principal, {
      kind: ChildCareRequestKind.DISTRICT_FOLLOW_UP,
      reason: null,
      requestedOn: on,
      operation: RECEIVE_FOLLOW_UP_REQUEST,
      variables: (clientKey, requestId) => ({
        input: {
          clientKey,
          requesterAgency: "SOCIAL",
          requesterReference: requestId,
          householdDistrict: held.householdDistrictCode,
          requestedOn: on,
          ...childOfCase(held),
          contacts: contactsOfCase(held),
        },
      }),
    });
  });
}

/**
 * B9: the child is missing, or a visit is clearly difficult: the police's 婦幼案件管理系統 searches
 * (police `receiveSearchRequest`). B3 (註3): only after every platform record has been matched.
 */
export function requestSearch(dataSource: DataSource, principal: Principal, caseId: string, reason: SearchReason, requestedOn: string): Promise<ChildCareRequest> {
  if (!SOCIAL_SEARCH_REASONS.includes(reason)) {
    throw badUserInput("reason must be MISSING_CHILD or DIFFICULT_VISIT", "reason");
  }
  return dataSource.transaction(async (manager) => {
    const held = await lockedCase(manager, caseId);
    requireStatus(held, ChildCareCaseStatus.OPEN);
    const on = caseDate(held, requestedOn, "requestedOn");
    const matched = await manager.getRepository(ChildCareRecordMatch).findBy({ caseId: held.id });
    if (matched.length < Object.values(ChildCareRecordSource).length) {
      throw conflict("B3: the platform's records are matched before a police search");
    }
    return request(manager, held, principal, {
      kind: ChildCareRequestKind.POLICE_SEARCH,
      reason,
      requestedOn: on,
      operation: RECEIVE_SEARCH_REQUEST,
      variables: (clientKey, requestId) => ({
        input: {
          clientKey,
          reason,
          ...childOfCase(held),
          contacts: contactsOfCase(held),
          householdDistrict: held.householdDistrictCode,
          requestedOn: on,
          requesterAgency: "SOCIAL",
          requesterReference: requestId,
        },
      }),
    });
  });
}

/** B9: the visit, the assessment and the treatment chosen; the visit meets the 10-day deadline (at noon of its day, like the district's visits). */
export function recordVisit(dataSource: DataSource, input: ChildCareVisitInput): Promise<ChildCareCase> {
  const assessment = requiredText(input.assessment, "input.assessment", 4000);
  const treatment = requiredText(input.treatment, "input.treatment", 2000);
  return dataSource.transaction(async (manager) => {
    const held = await lockedCase(manager, input.caseId);
    requireStatus(held, ChildCareCaseStatus.OPEN);
    const visitedOn = caseDate(held, input.visitedOn, "input.visitedOn");
    await manager.update(ChildCareCase, { id: held.id }, { visitedOn, assessment, treatment });
    await socialDeadlines.meet(manager, { type: CHILD_CARE_SUBJECT, id: held.id }, "SOCIAL_VISIT", taipeiInstant(visitedOn, 12));
    return manager.getRepository(ChildCareCase).findOneByOrFail({ id: held.id });
  });
}

/** B9: the report is finished (visited, assessed, treatment chosen) and sent for the closing review: the 30-day deadline is met now. */
export function sendForReview(dataSource: DataSource, caseId: string): Promise<ChildCareCase> {
  return dataSource.transaction(async (manager) => {
    const held = await lockedCase(manager, caseId);
    if (held.visitedOn === null || held.assessment === null || held.treatment === null) {
      throw conflict("B9: a report is finished when the child was visited, assessed and a treatment chosen");
    }
    const at = now();
    await manager.update(ChildCareCase, { id: held.id }, { status: moveTo(held, ChildCareCaseStatus.IN_REVIEW), sentForReviewAt: at });
    await socialDeadlines.meet(manager, { type: CHILD_CARE_SUBJECT, id: held.id }, "VISIT_REPORT", at);
    return manager.getRepository(ChildCareCase).findOneByOrFail({ id: held.id });
  });
}

/** B9: the closing review — approved, the case closes (the child well cared for); returned, it is back to work. */
export function reviewClosing(dataSource: DataSource, input: ChildCareReviewInput): Promise<ChildCareCase> {
  const note = optionalText(input.note, "input.note", 2000);
  return dataSource.transaction(async (manager) => {
    const held = await lockedCase(manager, input.caseId);
    const reviewedOn = caseDate(held, input.reviewedOn, "input.reviewedOn");
    if (input.decision === ChildCareReviewDecision.APPROVE) {
      await manager.update(ChildCareCase, { id: held.id }, { status: moveTo(held, ChildCareCaseStatus.CLOSED), closedOn: reviewedOn, reviewNote: note });
      await socialDeadlines.end(manager, { type: CHILD_CARE_SUBJECT, id: held.id }, "CLOSED_CHILD_WELL", now());
    } else {
      await manager.update(ChildCareCase, { id: held.id }, { status: moveTo(held, ChildCareCaseStatus.OPEN), sentForReviewAt: null, reviewNote: note });
    }
    return manager.getRepository(ChildCareCase).findOneByOrFail({ id: held.id });
  });
}

/**
 * Issue #12: a social worker of the holding unit undoes a merge: the notice gets its own case (at
 * its household district's unit, received when the notice was, with B9's deadlines), and the merge
 * keeps who undid it, when, and the new case.
 */
export function undoMerge(dataSource: DataSource, principal: Principal, mergeId: string): Promise<ChildCareMerge> {
  const key = requireUuid(mergeId, "mergeId");
  return dataSource.transaction(async (manager) => {
    const merge = await manager.getRepository(ChildCareMerge).createQueryBuilder("m").setLock("pessimistic_write").where("m.id = :key", { key }).getOne();
    if (merge === null) {
      throw notFound("ChildCareMerge");
    }
    if (merge.undoneAt !== null) {
      throw conflict("The merge is already undone");
    }
    const notice = await manager.getRepository(ChildCareNotice).findOneByOrFail({ id: merge.noticeId });
    const split = await openCaseFor(manager, notice, notice.receivedAt);
    await manager.update(ChildCareNotice, { id: notice.id }, { caseId: split.id });
    await manager.update(ChildCareMerge, { id: merge.id }, { undoneAt: now(), undoneBy: principal.subject, splitCaseId: split.id });
    return manager.getRepository(ChildCareMerge).findOneByOrFail({ id: merge.id });
  });
}

/**
 * B9 (docs/programme-b.md `receiveChildFound`): the police found the child. The search is social's
 * own request (its id is the reference it sent: the police send FOUND to social only for social's
 * searches; a household office's search comes back on household's notice); the holding unit is
 * notified at once, in the same transaction. Idempotent by client key.
 */
export function receiveChildFound(dataSource: DataSource, input: ChildFoundInput): Promise<ChildFound> {
  const clientKey = requireClientKey(input.clientKey);
  const searchRequestId = requiredText(input.searchRequestId, "input.searchRequestId", 100);
  notInFuture(input.foundOn, "input.foundOn");
  const location = optionalText(input.location, "input.location", 200);
  return dataSource.transaction(async (manager) => {
    const stored = await manager.getRepository(ChildFound).findOneBy({ clientKey });
    if (stored !== null) {
      if (stored.searchRequestId !== searchRequestId || stored.foundOn !== input.foundOn || stored.location !== location) {
        throw conflict("This clientKey was already used for a different hand-off");
      }
      return stored;
    }
    const rows = (await manager.query(
      `SELECT "case_id" FROM "${SOCIAL_SCHEMA}"."child_care_requests" WHERE "id"::text = $1 AND "kind" = $2`,
      [searchRequestId, ChildCareRequestKind.POLICE_SEARCH],
    )) as { case_id: string }[];
    if (rows.length === 0) {
      throw notFound("ChildCareRequest");
    }
    const held = await manager.getRepository(ChildCareCase).findOneByOrFail({ id: rows[0].case_id });
    const found = { id: randomUUID(), clientKey, caseId: held.id, searchRequestId, foundOn: input.foundOn, location, receivedAt: now() };
    await manager.insert(ChildFound, found);
    await notifyUnit(manager, held, ChildCareNotificationKind.CHILD_FOUND, found.id);
    return manager.getRepository(ChildFound).findOneByOrFail({ id: found.id });
  });
}
