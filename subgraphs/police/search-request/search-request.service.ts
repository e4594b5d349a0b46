import { randomUUID } from "crypto";
import { DataSource, EntityManager } from "typeorm";
import type { Principal } from "../../../shared/auth/principal";
import { taipeiDateOf } from "../../../shared/calendar/taipei-time";
import { now } from "../../../shared/clock";
import { intakeOnce, requireClientKey, sameHandOffContent } from "../../../shared/db/idempotent-intake";
import { metAtOf } from "../../../shared/deadlines/met-at";
import { SearchOutcome } from "../../../shared/domain/child-care";
import { precinctsOfDistrict } from "../../../shared/domain/police-precincts";
import { badUserInput, notFound } from "../../../shared/errors";
import { requireUuid } from "../../../shared/graphql/ids";
import { districtNamedIn } from "../../../shared/receiving/intake";
import { identifiableChild } from "../../../shared/validation/child-identity";
import { optionalPhone } from "../../../shared/validation/contact";
import { contactPersons, contactPersonsKey } from "../../../shared/validation/contact-person";
import { notBefore, notInFuture } from "../../../shared/validation/dates";
import { optionalText, requiredText } from "../../../shared/validation/form-text";
import { policeDeadlines, SEARCH_REQUEST_SUBJECT } from "../deadlines";
import { sendSearchResult } from "./hand-offs";
import { SearchRequest } from "./search-request.entity";
import { SearchRequestInput, SearchResultInput, SearchVisitInput } from "./search-request.input";
import { checkTransition, REQUESTER_SERVICE, SearchStatus, statusOfOutcome } from "./search-status";

/** What the police set after the intake: left out of a retry's comparison (D3), like a referral's status. */
const RECEIVER_SET = ["status", "visitedOn", "visitNote", "outcome", "resultOn", "foundAddress", "foundContactName", "foundContactPhone", "officerName", "contacts"] as const;

/**
 * B2, B9 (D3): stores a search request once per client key, received now, for the precincts of the
 * child's household district, and opens its two deadlines on the office calendar in the same
 * transaction (POLICE_VISIT: 7 days, INVESTIGATION_REPLY: 1 month; R2). The child must be
 * identifiable (an ID number, household's Person, a name and birth date, or the mother). The
 * requester named must be the service that delivered it (the policy lets only household and
 * social deliver, D3). A retry returns the stored request; the same key for another request is a CONFLICT.
 */
export function receiveSearchRequest(dataSource: DataSource, principal: Principal, input: SearchRequestInput): Promise<SearchRequest> {
  const clientKey = requireClientKey(input.clientKey);
  if (principal.actingService !== REQUESTER_SERVICE[input.requesterAgency]) {
    throw badUserInput("input.requesterAgency must be the agency that delivers the request", "input.requesterAgency");
  }
  const district = districtNamedIn(input.householdDistrict, "input.householdDistrict");
  notInFuture(input.requestedOn, "input.requestedOn");
  const child = identifiableChild(input);
  const candidate = Object.assign(new SearchRequest(), {
    id: randomUUID(),
    clientKey,
    reason: input.reason,
    requesterAgency: input.requesterAgency,
    requesterReference: requiredText(input.requesterReference, "input.requesterReference", 100),
    requesterOrg: principal.org,
    ...child,
    contacts: contactPersons(input.contacts, "input.contacts"),
    householdDistrictCode: district.code,
    precinctCodes: precinctsOfDistrict(district.code).map((precinct) => precinct.code),
    requestedOn: input.requestedOn,
    receivedAt: now(),
    status: SearchStatus.RECEIVED,
    visitedOn: null,
    visitNote: null,
    outcome: null,
    resultOn: null,
    foundAddress: null,
    foundContactName: null,
    foundContactPhone: null,
    officerName: null,
  });
  const sameRequest = (stored: SearchRequest, sent: SearchRequest): boolean =>
    sameHandOffContent(stored, sent, [...RECEIVER_SET]) && contactPersonsKey(stored.contacts) === contactPersonsKey(sent.contacts);
  return intakeOnce(dataSource, SearchRequest, candidate, sameRequest, async (manager, request) => {
    const subject = { type: SEARCH_REQUEST_SUBJECT, id: request.id };
    await policeDeadlines.open(manager, subject, "POLICE_VISIT", request.receivedAt);
    await policeDeadlines.open(manager, subject, "INVESTIGATION_REPLY", request.receivedAt);
  });
}

async function lockedRequest(manager: EntityManager, id: string): Promise<SearchRequest> {
  const request = await manager.getRepository(SearchRequest).createQueryBuilder("request").setLock("pessimistic_write").where("request.id = :id", { id }).getOne();
  if (request === null) {
    throw notFound("SearchRequest");
  }
  return request;
}

/** B2: the officers' visit, on or after the request's arrival and not in the future; the first meets the 7-day deadline. */
export function recordSearchVisit(dataSource: DataSource, input: SearchVisitInput): Promise<SearchRequest> {
  const id = requireUuid(input.searchRequestId, "input.searchRequestId");
  notInFuture(input.visitedOn, "input.visitedOn");
  const visitNote = optionalText(input.note, "input.note", 4000);
  const officerName = requiredText(input.officerName, "input.officerName", 60);
  return dataSource.transaction(async (manager) => {
    const request = await lockedRequest(manager, id);
    checkTransition(request.status, SearchStatus.VISITED);
    notBefore(input.visitedOn, taipeiDateOf(request.receivedAt), "input.visitedOn", "the request's arrival");
    const changes = { status: SearchStatus.VISITED, visitedOn: input.visitedOn, visitNote, officerName };
    await manager.update(SearchRequest, { id }, changes);
    await policeDeadlines.meet(manager, { type: SEARCH_REQUEST_SUBJECT, id }, "POLICE_VISIT", metAtOf(input.visitedOn));
    return Object.assign(request, changes);
  });
}

/**
 * B2, B9: the search's result, once: it meets the 1-month reply, ends a visit still open (the child
 * was found or the search given up before a visit), and — in the same transaction — sends FOUND to
 * social at once and the reply to a household office that asked (hand-offs.ts). FOUND says where
 * the child is; NOT_FOUND says nothing of it.
 */
export function recordSearchResult(dataSource: DataSource, principal: Principal, input: SearchResultInput): Promise<SearchRequest> {
  const id = requireUuid(input.searchRequestId, "input.searchRequestId");
  notInFuture(input.resultOn, "input.resultOn");
  const officerName = requiredText(input.officerName, "input.officerName", 60);
  const found = {
    foundAddress: optionalText(input.foundAddress, "input.foundAddress", 200),
    foundContactName: optionalText(input.foundContactName, "input.foundContactName", 60),
    foundContactPhone: optionalPhone(input.foundContactPhone, "input.foundContactPhone"),
  };
  if (input.outcome === SearchOutcome.FOUND && found.foundAddress === null) {
    throw badUserInput("input.foundAddress is required when the child is FOUND", "input.foundAddress");
  }
  if (input.outcome === SearchOutcome.NOT_FOUND && Object.values(found).some((value) => value !== null)) {
    throw badUserInput("input.found… fields are for a FOUND child only", "input.foundAddress");
  }
  return dataSource.transaction(async (manager) => {
    const request = await lockedRequest(manager, id);
    checkTransition(request.status, statusOfOutcome(input.outcome));
    notBefore(input.resultOn, request.visitedOn ?? taipeiDateOf(request.receivedAt), "input.resultOn", "the request's arrival and its visit");
    const changes = { status: statusOfOutcome(input.outcome), outcome: input.outcome, resultOn: input.resultOn, ...found, officerName };
    await manager.update(SearchRequest, { id }, changes);
    const subject = { type: SEARCH_REQUEST_SUBJECT, id };
    const endedAt = metAtOf(input.resultOn);
    await policeDeadlines.meet(manager, subject, "INVESTIGATION_REPLY", endedAt);
    await policeDeadlines.end(manager, subject, `SEARCH_${input.outcome}`, endedAt);
    const ended = Object.assign(request, changes);
    await sendSearchResult(manager, ended, principal);
    return ended;
  });
}
