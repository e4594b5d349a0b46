import { randomUUID } from "crypto";
import { DataSource, EntityManager } from "typeorm";
import type { Principal } from "../../../shared/auth/principal";
import { Role } from "../../../shared/auth/roles";
import { taipeiDateOf } from "../../../shared/calendar/taipei-time";
import { now } from "../../../shared/clock";
import { intakeOnce, requireClientKey, sameHandOffContent } from "../../../shared/db/idempotent-intake";
import { metAtOf } from "../../../shared/deadlines/met-at";
import { badUserInput, notFound } from "../../../shared/errors";
import { requireUuid } from "../../../shared/graphql/ids";
import { notify } from "../../../shared/notifications/notify";
import { districtNamedIn } from "../../../shared/receiving/intake";
import { identifiableChild } from "../../../shared/validation/child-identity";
import { contactPersons, contactPersonsKey } from "../../../shared/validation/contact-person";
import { notBefore, notInFuture } from "../../../shared/validation/dates";
import { optionalText, requiredText } from "../../../shared/validation/form-text";
import { districtDeadlines, FOLLOW_UP_SUBJECT } from "../deadlines";
import { DistrictNotificationKind } from "../inbox/district-notifications";
import { DISTRICT_SCHEMA } from "../schema-name";
import { checkFollowUpTransition, FOLLOW_UP_REQUESTER_SERVICE, FollowUpStatus } from "./follow-up-status";
import { FollowUpRequest } from "./follow-up.entity";
import { sendFollowUpReply } from "./follow-up.hand-offs";
import { FollowUpRequestInput, FollowUpResultInput } from "./follow-up.input";

/** What the district sets after the intake: left out of a retry's comparison (D3). */
const RECEIVER_SET = ["status", "assignedOfficerId", "assignedOfficerName", "met", "followedUpOn", "whereabouts", "note", "recordedBy", "repliedAt", "contacts"] as const;

/**
 * B2, B9 (D3): stores a follow-up request once per client key, received now, for the district
 * office of the child's household district; in the same transaction it opens the 1-month reply
 * (FOLLOW_UP_REPLY, R2's counting on the office calendar, as the police's INVESTIGATION_REPLY) and
 * tells that district's 人文課 it has a child to follow up. The requester named must be the service
 * that delivered it (the policy lets only household and social deliver). A retry returns the stored
 * request; the same key for another request is a CONFLICT.
 */
export function receiveFollowUpRequest(dataSource: DataSource, principal: Principal, input: FollowUpRequestInput): Promise<FollowUpRequest> {
  const clientKey = requireClientKey(input.clientKey);
  if (principal.actingService !== FOLLOW_UP_REQUESTER_SERVICE[input.requesterAgency]) {
    throw badUserInput("input.requesterAgency must be the agency that delivers the request", "input.requesterAgency");
  }
  const district = districtNamedIn(input.householdDistrict, "input.householdDistrict");
  notInFuture(input.requestedOn, "input.requestedOn");
  const candidate = Object.assign(new FollowUpRequest(), {
    id: randomUUID(),
    clientKey,
    reason: input.reason ?? null,
    requesterAgency: input.requesterAgency,
    requesterReference: requiredText(input.requesterReference, "input.requesterReference", 100),
    requesterOrg: principal.org,
    ...identifiableChild(input),
    contacts: contactPersons(input.contacts ?? [], "input.contacts"),
    householdDistrictCode: district.code,
    requestedOn: input.requestedOn,
    receivedAt: now(),
    status: FollowUpStatus.RECEIVED,
    assignedOfficerId: null,
    assignedOfficerName: null,
    met: null,
    followedUpOn: null,
    whereabouts: null,
    note: null,
    recordedBy: null,
    repliedAt: null,
  });
  const sameRequest = (stored: FollowUpRequest, sent: FollowUpRequest): boolean =>
    sameHandOffContent(stored, sent, [...RECEIVER_SET]) && contactPersonsKey(stored.contacts) === contactPersonsKey(sent.contacts);
  return intakeOnce(dataSource, FollowUpRequest, candidate, sameRequest, async (manager, request) => {
    await districtDeadlines.open(manager, { type: FOLLOW_UP_SUBJECT, id: request.id }, "FOLLOW_UP_REPLY", request.receivedAt);
    await notify(manager, DISTRICT_SCHEMA, request.receivedAt, [
      {
        recipient: { org: request.householdDistrictCode, role: Role.DISTRICT_CASE_OFFICER },
        kind: DistrictNotificationKind.FOLLOW_UP_ARRIVED,
        subjectType: FOLLOW_UP_SUBJECT,
        subjectId: request.id,
        event: request.id,
      },
    ]);
  });
}

async function lockedRequest(manager: EntityManager, id: string): Promise<FollowUpRequest> {
  const request = await manager.getRepository(FollowUpRequest).createQueryBuilder("request").setLock("pessimistic_write").where("request.id = :id", { id }).getOne();
  if (request === null) {
    throw notFound("FollowUpRequest");
  }
  return request;
}

/**
 * B2, B9: 人文課 of the household district assigns the 里幹事 who follows the child up (again, to
 * another officer, until the reply); the officer is told in the same transaction.
 */
export function assignFollowUpOfficer(dataSource: DataSource, followUpRequestId: string, officerId: string, officerName: string): Promise<FollowUpRequest> {
  const id = requireUuid(followUpRequestId, "followUpRequestId");
  const assignedOfficerId = requiredText(officerId, "officerId", 64);
  const assignedOfficerName = requiredText(officerName, "officerName", 60);
  return dataSource.transaction(async (manager) => {
    const request = await lockedRequest(manager, id);
    checkFollowUpTransition(request.status, FollowUpStatus.ASSIGNED);
    const changes = { status: FollowUpStatus.ASSIGNED, assignedOfficerId, assignedOfficerName };
    await manager.update(FollowUpRequest, { id }, changes);
    await notify(manager, DISTRICT_SCHEMA, now(), [
      {
        recipient: { subject: assignedOfficerId },
        kind: DistrictNotificationKind.FOLLOW_UP_ASSIGNED,
        subjectType: FOLLOW_UP_SUBJECT,
        subjectId: id,
        event: `${id}:${assignedOfficerId}`,
      },
    ]);
    return Object.assign(request, changes);
  });
}

/**
 * B2, B9: the follow-up, once: whether the child was met, when (not before the request arrived,
 * not in the future), where the child is (required when met) and notes. It meets the 1-month
 * reply and — in the same transaction — sends the reply to the requester (follow-up.hand-offs.ts).
 */
export function recordFollowUpResult(dataSource: DataSource, principal: Principal, input: FollowUpResultInput): Promise<FollowUpRequest> {
  const id = requireUuid(input.followUpRequestId, "input.followUpRequestId");
  notInFuture(input.followedUpOn, "input.followedUpOn");
  const whereabouts = optionalText(input.whereabouts, "input.whereabouts", 200);
  if (input.met && whereabouts === null) {
    throw badUserInput("input.whereabouts is required when the child was met", "input.whereabouts");
  }
  const note = optionalText(input.note, "input.note", 4000);
  const recordedBy = requiredText(input.officerName, "input.officerName", 60);
  return dataSource.transaction(async (manager) => {
    const request = await lockedRequest(manager, id);
    checkFollowUpTransition(request.status, FollowUpStatus.REPLIED);
    notBefore(input.followedUpOn, taipeiDateOf(request.receivedAt), "input.followedUpOn", "the request's arrival");
    const changes = { status: FollowUpStatus.REPLIED, met: input.met, followedUpOn: input.followedUpOn, whereabouts, note, recordedBy, repliedAt: now() };
    await manager.update(FollowUpRequest, { id }, changes);
    await districtDeadlines.meet(manager, { type: FOLLOW_UP_SUBJECT, id }, "FOLLOW_UP_REPLY", metAtOf(input.followedUpOn));
    const replied = Object.assign(request, changes);
    await sendFollowUpReply(manager, replied, principal);
    return replied;
  });
}
