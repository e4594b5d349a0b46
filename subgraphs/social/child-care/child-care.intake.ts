import { randomUUID } from "crypto";
import { DataSource, EntityManager } from "typeorm";
import { Role } from "../../../shared/auth/roles";
import { now, taipeiToday } from "../../../shared/clock";
import { requireClientKey, sameHandOffContent } from "../../../shared/db/idempotent-intake";
import { isUniqueViolation } from "../../../shared/db/unique-violation";
import { ChildCareCategory, ChildCareExclusionReason } from "../../../shared/domain/child-care";
import { isValidIdentityNumber } from "../../../shared/domain/identity-number";
import { badUserInput, conflict } from "../../../shared/errors";
import { requireUuid } from "../../../shared/graphql/ids";
import { notify } from "../../../shared/notifications/notify";
import { districtNamedIn } from "../../../shared/receiving/intake";
import { notBefore, notInFuture } from "../../../shared/validation/dates";
import { optionalText, requiredText } from "../../../shared/validation/form-text";
import { SOCIAL_SCHEMA } from "../schema-name";
import { socialDeadlines } from "./child-care.deadlines";
import { ChildCareCase, ChildCareMerge, ChildCareNotice, ChildCareNoticeDetails } from "./child-care.entities";
import { ChildCareCaseStatus, ChildCareMatch } from "./child-care.enums";
import { ChildCareChildFields } from "./child-care.inputs";
import { CHILD_CARE_SUBJECT, childCareUnitFor } from "./child-care.units";

/** What a holding unit is told (issue #12): the kind and the case's key, never the child's data. */
export enum ChildCareNotificationKind {
  /** A new child-care case reached the unit (B9: visit within 10 days). */
  CHILD_CARE_CASE_ARRIVED = "CHILD_CARE_CASE_ARRIVED",
  /** Another notice (another category or feed) joined a case of the unit. */
  CHILD_CARE_NOTICE_MERGED = "CHILD_CARE_NOTICE_MERGED",
  /** B9: the police found the child. */
  CHILD_FOUND = "CHILD_FOUND",
  /** B10: a child-protection report (兒少權法 art. 53/54) on the child reached the unit. */
  PROTECTION_REPORT = "PROTECTION_REPORT",
  /** B9 (issue #12): the police's search the unit asked for ended without finding the child. */
  CHILD_NOT_FOUND = "CHILD_NOT_FOUND",
  /** B9 (issue #12): the district office replied to the unit's follow-up request. */
  FOLLOW_UP_REPLIED = "FOLLOW_UP_REPLIED",
}

/** B2–B5: the categories whose senders check entry/exit records (and so does social at intake). */
const ENTRY_EXIT_CATEGORIES: readonly ChildCareCategory[] = [
  ChildCareCategory.EX_OFFICIO_BIRTH,
  ChildCareCategory.EX_OFFICIO_MOVE,
  ChildCareCategory.OVERDUE_VACCINATION,
  ChildCareCategory.UNINSURED,
];

/** A notice as it will be stored, before its screening and case. */
export type NoticeCandidate = Omit<ChildCareNotice, "screenedOn" | "exclusionReason" | "caseId" | "createdAt">;

function optionalIdNumber(value: string | null | undefined, field: string): string | null {
  if (value === null || value === undefined || value.trim() === "") {
    return null;
  }
  const id = value.trim().toUpperCase();
  if (!isValidIdentityNumber(id)) {
    throw badUserInput(`${field} must be a valid national ID or resident certificate number`, field);
  }
  return id;
}

function optionalDate(value: string | null | undefined, field: string): string | null {
  notInFuture(value, field);
  return value ?? null;
}

/** The child's fields, checked (errors name the field, never the value). */
export function childOf(input: ChildCareChildFields, prefix: string): Pick<NoticeCandidate, "personId" | "idNumber" | "childName" | "birthDate" | "sex" | "motherName" | "motherIdNumber" | "householdDistrictCode"> {
  notInFuture(input.birthDate, `${prefix}birthDate`);
  return {
    personId: input.personId === null || input.personId === undefined ? null : requireUuid(input.personId, `${prefix}personId`),
    idNumber: optionalIdNumber(input.idNumber, `${prefix}idNumber`),
    childName: requiredText(input.name, `${prefix}name`, 60),
    birthDate: input.birthDate,
    sex: input.sex ?? null,
    motherName: optionalText(input.motherName, `${prefix}motherName`, 60),
    motherIdNumber: optionalIdNumber(input.motherIdNumber, `${prefix}motherIdNumber`),
    householdDistrictCode: districtNamedIn(input.householdDistrict, `${prefix}householdDistrict`).code,
  };
}

/** A notice's row from a sender's fields: the key, the category, the child, the sender's date and details. */
export function noticeCandidate(
  fields: { clientKey: string; category: ChildCareCategory; noticedOn: string; child: ChildCareChildFields; details: ChildCareNoticeDetails; prefix?: string },
  senderService: string,
): NoticeCandidate {
  const prefix = fields.prefix ?? "input.";
  notInFuture(fields.noticedOn, `${prefix}noticedOn`);
  const child = childOf(fields.child, prefix);
  notBefore(fields.noticedOn, child.birthDate, `${prefix}noticedOn`, "the birth date");
  return {
    id: randomUUID(),
    clientKey: requireClientKey(fields.clientKey),
    category: fields.category,
    senderService,
    ...child,
    noticedOn: fields.noticedOn,
    details: fields.details,
    receivedAt: now(),
  };
}

/** The details a ChildCareNoticeInput carries (docs/programme-b.md), checked; absent ones left out. */
export function noticeDetails(input: {
  uninsuredSince?: string | null;
  vaccinationWindowStart?: string | null;
  vaccinationWindowEnd?: string | null;
  certificateHolder?: string | null;
  relation?: string | null;
  surveyId?: string | null;
  searchRequestId?: string | null;
  alreadyServed?: boolean | null;
  vaccinationReferralCondition?: string | null;
  vaccinationFollowUpId?: string | null;
  searchOutcome?: string | null;
  foundOn?: string | null;
  foundLocation?: string | null;
}): ChildCareNoticeDetails {
  const details: Record<string, string | boolean | null> = {
    uninsuredSince: optionalDate(input.uninsuredSince, "input.uninsuredSince"),
    // B4: the CDC's own dates, stored as given (a window may lie ahead).
    vaccinationWindowStart: input.vaccinationWindowStart ?? null,
    vaccinationWindowEnd: input.vaccinationWindowEnd ?? null,
    certificateHolder: optionalText(input.certificateHolder, "input.certificateHolder", 60),
    relation: optionalText(input.relation, "input.relation", 30),
    surveyId: optionalText(input.surveyId, "input.surveyId", 100),
    searchRequestId: optionalText(input.searchRequestId, "input.searchRequestId", 100),
    alreadyServed: input.alreadyServed ?? null,
    vaccinationReferralCondition: input.vaccinationReferralCondition ?? null,
    vaccinationFollowUpId: optionalText(input.vaccinationFollowUpId, "input.vaccinationFollowUpId", 100),
    searchOutcome: input.searchOutcome ?? null,
    foundOn: optionalDate(input.foundOn, "input.foundOn"),
    foundLocation: optionalText(input.foundLocation, "input.foundLocation", 200),
  };
  if (details.vaccinationWindowStart !== null && details.vaccinationWindowEnd !== null && details.vaccinationWindowEnd < details.vaccinationWindowStart) {
    throw badUserInput("input.vaccinationWindowEnd must not be before its start", "input.vaccinationWindowEnd");
  }
  return Object.fromEntries(Object.entries(details).filter(([, value]) => value !== null)) as ChildCareNoticeDetails;
}

/** R7: "6歲以下" is under 7 on the screening date (a 29 February birthday falls on 1 March). */
export function underSeven(birthDate: string, screenedOn: string): boolean {
  const seventh = `${String(Number(birthDate.slice(0, 4)) + 7).padStart(4, "0")}${birthDate.slice(4)}`;
  return screenedOn < seventh;
}

/**
 * B2–B5: the child left the country — the latest crossing on or before the screening date in the
 * immigration agency's records is an exit (docs/feeds/entry-exit-records.md). Without an ID number
 * the records cannot be read, so the child is not excluded.
 */
async function emigrated(manager: EntityManager, idNumber: string | null, screenedOn: string): Promise<boolean> {
  if (idNumber === null) {
    return false;
  }
  const rows = (await manager.query(
    `SELECT "direction" FROM "${SOCIAL_SCHEMA}"."entry_exit_records" WHERE "id_number" = $1 AND "crossed_on" <= $2::date ORDER BY "crossed_on" DESC, "direction" = 'ENTRY' DESC LIMIT 1`,
    [idNumber, screenedOn],
  )) as { direction: string }[];
  return rows.length > 0 && rows[0].direction === "EXIT";
}

/** Issue #12: the screening before any unit is notified (R7, B2–B5, B6); null when the notice passes. */
export async function screen(manager: EntityManager, notice: NoticeCandidate, screenedOn: string): Promise<ChildCareExclusionReason | null> {
  if (!underSeven(notice.birthDate, screenedOn)) {
    return ChildCareExclusionReason.OVER_AGE;
  }
  if (ENTRY_EXIT_CATEGORIES.includes(notice.category) && (await emigrated(manager, notice.idNumber, screenedOn))) {
    return ChildCareExclusionReason.EMIGRATED;
  }
  // B6: the six national systems' file flags the households they already serve.
  if (notice.category === ChildCareCategory.LOW_INCOME_DISABILITY && notice.details.alreadyServed === true) {
    return ChildCareExclusionReason.ALREADY_SERVED;
  }
  return null;
}

/**
 * One child, one case (issue #12): the open case of the same ID number; else, when either side has
 * no ID number, of the same name, birth date and mother's name. A closed case is the past: a new
 * notice opens a new one.
 */
async function matchingCase(manager: EntityManager, notice: NoticeCandidate): Promise<{ found: ChildCareCase; matchedOn: ChildCareMatch } | null> {
  const cases = manager.getRepository(ChildCareCase);
  const open = [ChildCareCaseStatus.OPEN, ChildCareCaseStatus.IN_REVIEW];
  if (notice.idNumber !== null) {
    const byId = await cases
      .createQueryBuilder("c")
      .where("c.idNumber = :idNumber AND c.status IN (:...open)", { idNumber: notice.idNumber, open })
      .orderBy("c.receivedAt", "ASC")
      .getOne();
    if (byId !== null) {
      return { found: byId, matchedOn: ChildCareMatch.ID_NUMBER };
    }
  }
  if (notice.motherName === null) {
    return null;
  }
  const byName = await cases
    .createQueryBuilder("c")
    .where("c.childName = :name AND c.birthDate = :birthDate AND c.motherName = :mother AND c.status IN (:...open)", {
      name: notice.childName,
      birthDate: notice.birthDate,
      mother: notice.motherName,
      open,
    })
    .andWhere(notice.idNumber === null ? "TRUE" : "c.idNumber IS NULL")
    .orderBy("c.receivedAt", "ASC")
    .getOne();
  return byName === null ? null : { found: byName, matchedOn: ChildCareMatch.NAME_BIRTH_DATE_MOTHER };
}

/** A new case for a notice, at its holding unit, with B9's two deadlines from `receivedAt`. */
export async function openCaseFor(manager: EntityManager, notice: Pick<NoticeCandidate, "personId" | "idNumber" | "childName" | "birthDate" | "motherName" | "motherIdNumber" | "householdDistrictCode">, receivedAt: Date): Promise<ChildCareCase> {
  const district = districtNamedIn(notice.householdDistrictCode, "householdDistrict");
  const created = Object.assign(new ChildCareCase(), {
    id: randomUUID(),
    holdingUnit: childCareUnitFor(district),
    householdDistrictCode: district.code,
    personId: notice.personId,
    idNumber: notice.idNumber,
    childName: notice.childName,
    birthDate: notice.birthDate,
    motherName: notice.motherName,
    motherIdNumber: notice.motherIdNumber,
    status: ChildCareCaseStatus.OPEN,
    receivedAt,
    visitedOn: null,
    assessment: null,
    treatment: null,
    sentForReviewAt: null,
    reviewNote: null,
    closedOn: null,
  });
  await manager.insert(ChildCareCase, created);
  // B9 (R1: seed 003): visit within 10 days, report within 30, of receiving the case.
  const subject = { type: CHILD_CARE_SUBJECT, id: created.id };
  await socialDeadlines.open(manager, subject, "SOCIAL_VISIT", receivedAt);
  await socialDeadlines.open(manager, subject, "VISIT_REPORT", receivedAt);
  await notifyUnit(manager, created, ChildCareNotificationKind.CHILD_CARE_CASE_ARRIVED, created.id);
  return created;
}

export function notifyUnit(manager: EntityManager, held: Pick<ChildCareCase, "id" | "holdingUnit">, kind: ChildCareNotificationKind, event: string): Promise<void> {
  return notify(manager, SOCIAL_SCHEMA, now(), [{ recipient: { org: held.holdingUnit, role: Role.SOCIAL_WORKER }, kind, subjectType: CHILD_CARE_SUBJECT, subjectId: held.id, event }]);
}

/** A retry (same key, same content) is the stored notice; the same key for another notice a CONFLICT (D3, issue #7). */
function sameNotice(stored: ChildCareNotice, candidate: NoticeCandidate): ChildCareNotice {
  // jsonb keeps its own key order: the details are compared key by key.
  const canonical = (details: ChildCareNoticeDetails): string => JSON.stringify(Object.entries(details).sort(([a], [b]) => a.localeCompare(b)));
  if (!sameHandOffContent({ ...stored }, { ...candidate, id: stored.id }, ["receivedAt", "details"]) || canonical(stored.details) !== canonical(candidate.details)) {
    throw conflict("This clientKey was already used for a different notice");
  }
  return stored;
}

/** One intake at a time: two notices of one child arriving together must find each other's case. */
const INTAKE_LOCK = "SELECT pg_advisory_xact_lock(hashtext('care-platform:social:child-care-intake'))";

/**
 * takeNotice's work in a transaction of the caller's: social's own feeds (B6) write a page's
 * notices with the feed's watermark, in one transaction (shared/feeds).
 */
export async function takeNoticeIn(manager: EntityManager, candidate: NoticeCandidate): Promise<ChildCareNotice> {
  await manager.query(INTAKE_LOCK);
  const stored = await manager.getRepository(ChildCareNotice).findOneBy({ clientKey: candidate.clientKey });
  if (stored !== null) {
    return sameNotice(stored, candidate);
  }
  const screenedOn = taipeiToday();
  const exclusionReason = await screen(manager, candidate, screenedOn);
  let caseId: string | null = null;
  let merge: { found: ChildCareCase; matchedOn: ChildCareMatch } | null = null;
  if (exclusionReason === null) {
    merge = await matchingCase(manager, candidate);
    caseId = merge === null ? (await openCaseFor(manager, candidate, candidate.receivedAt)).id : merge.found.id;
  }
  const notice = Object.assign(new ChildCareNotice(), candidate, { screenedOn, exclusionReason, caseId });
  await manager.insert(ChildCareNotice, notice);
  if (merge !== null) {
    await manager.insert(ChildCareMerge, { id: randomUUID(), noticeId: notice.id, caseId: merge.found.id, matchedOn: merge.matchedOn, mergedAt: now(), undoneAt: null, undoneBy: null, splitCaseId: null });
    await notifyUnit(manager, merge.found, ChildCareNotificationKind.CHILD_CARE_NOTICE_MERGED, notice.id);
  }
  return manager.getRepository(ChildCareNotice).findOneByOrFail({ id: notice.id });
}

/**
 * Issue #12: stores a notice once per client key, screened (an exclusion with its reason, and no
 * unit hears of it) or joined to its child's one case — an existing one (the merge recorded, the
 * unit told) or a new one at the household district's unit, with B9's deadlines. One transaction.
 */
export async function takeNotice(dataSource: DataSource, candidate: NoticeCandidate): Promise<ChildCareNotice> {
  const findStored = (manager: EntityManager) => manager.getRepository(ChildCareNotice).findOneBy({ clientKey: candidate.clientKey });
  try {
    return await dataSource.transaction((manager) => takeNoticeIn(manager, candidate));
  } catch (error) {
    // PostgreSQL's concurrent duplicate (the lock serialises, the unique index is the last word).
    if (isUniqueViolation(error)) {
      const winner = await findStored(dataSource.manager);
      if (winner !== null) {
        return sameNotice(winner, candidate);
      }
    }
    throw error;
  }
}
