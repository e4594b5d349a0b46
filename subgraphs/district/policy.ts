import { Role } from "../../shared/auth/roles";
import { AUDIT_ENTRY_FIELDS } from "../../shared/authz/audit-policy";
import { loadTarget, districtNamed } from "../../shared/authz/guards";
import { actsFor, createsOwnRows, onlyThrough, SubgraphPolicy, typePolicy, writesTarget } from "../../shared/authz/policy";
import { closureReceiverPolicy } from "../../shared/calendar/closures/policy";
import { DEADLINE_FIELDS, SCHEDULER_CHANGE_FIELDS, SCHEDULER_RUN_FIELDS } from "../../shared/deadlines/fields";
import { PROTECTION_REPORTERS } from "../../shared/domain/child-care";
import { INBOX_COUNT_FIELDS, INBOX_ITEM_FIELDS, INBOX_PAGE_FIELDS } from "../../shared/inbox/inbox.types";
import { NOTIFICATION_FIELDS } from "../../shared/notifications/notification.type";
import { loadSeenTarget } from "../../shared/notifications/notifications.service";
import { statisticsTypes } from "../../shared/statistics/policy";
import { CareCase } from "./care-case/care-case.entity";
import { serviceDirectoryPolicy } from "./directory/service-directory.policy";
import { followUpPolicy } from "./follow-up/follow-up.policy";
import { HelpTask } from "./help-task/help-task.entity";
import type { DistrictContext } from "./loaders";
import { CaseReferral } from "./referral/case-referral.entity";
import { CLOSING_SERVICES } from "./referral/referral-targets";
import { DISTRICT_RETENTION_POLICY } from "./retention/district-retention";
import { loadAnswerableReport, URGENT_REPORT_ANSWERERS } from "./urgent-report/urgent-report.answerer";
import { UrgentReport } from "./urgent-report/urgent-report.entity";
import { VisitRecord } from "./visit-record/visit-record.entity";

/**
 * 區公所's access policy (D4, issue #4; PDPA art. 15–16: personal data only within the duty and the
 * purpose). The whole policy of the district subgraph is this file: who may call what, which
 * fields each role reads in full, masked or not at all, and which rows (scope.ts). Anything not
 * granted here is denied.
 *
 * Why these grants (DOMAIN.md A4–A11, ARCHITECTURE.md's role table):
 * - 戶所 hands consenting forms over (A4, D3: the sender calls the receiver's intake) and may see
 *   that its cases arrived and how they stand; not the visit, which is the district's (A5, A8).
 * - 人文課 acknowledges, registers (列管) and assigns the 里幹事 (A4, A6), and files 附件4 (A8): the
 *   cases of its district, by visit address or, for social assistance, household address (A5).
 * - The 里幹事 visits and hands the record in (A6–A8): the cases of their villages (A2 routes by 里),
 *   with the address detail (鄰) and the visited person's contact data the visit needs.
 * - 社工 and 公衛護士 serve the cases referred to their unit (A9, A10): the visit record with the
 *   visited person (issue #9: 服務概況 is the outcome column, no free text), not the
 *   district's own notes (matters raised, handling).
 * - 民政局's case handler takes the cases referred to it (A11): what was raised and how it was
 *   handled, the visited person masked (recognise, not contact).
 * - Urgent reports (A9, A13) hold violence details: the district that reported reads them in full;
 *   社工 and 公衛護士 of a case referred to them read whom it went to, when, and whether a case was
 *   opened (成案), so they serve the family knowing a protection case runs elsewhere (A10); only 社工
 *   read what was reported, as social takes domestic violence (A12: social's referrals are divorce,
 *   death, domestic violence; A13: a social worker follows up). 民政局, the clerk, the analyst and
 *   the auditor: nothing (A11 takes interpreting and out-of-city cases, not protection). Issue #11:
 *   a report's answer is recorded by the agency it was addressed to — 社工 / 公衛護士 for an urgent
 *   phone report to their bureau on a case of their unit, the district for an outside body's.
 * - B10 (issue #12): any role that finds abuse or neglect files a child-protection report (兒少權法
 *   art. 53/54) on a child, with no case of the district's: it writes only the district's own new
 *   report (the child is named by key, the filer by the token) and reads back a receipt without its
 *   content. The report goes to social in the same transaction (D3); social's copy is what the
 *   holding unit reads. A report without a district case is read by nobody here (the reads are
 *   scoped by the case).
 * - 民政局's analyst reads aggregates only (no rows here); the auditor reads the audit log, never the data.
 */
const {
  HOUSEHOLD_CLERK,
  DISTRICT_CASE_OFFICER,
  VILLAGE_OFFICER,
  SOCIAL_WORKER,
  HEALTH_NURSE,
  POLICE_OFFICER,
  CIVIL_AFFAIRS_OFFICER,
  PARTNER_AGENCY_OFFICER,
  AUDITOR,
} = Role;

/** Roles that see care cases (each within its row scope). */
const CASE_READERS = [HOUSEHOLD_CLERK, DISTRICT_CASE_OFFICER, VILLAGE_OFFICER, SOCIAL_WORKER, HEALTH_NURSE, CIVIL_AFFAIRS_OFFICER, PARTNER_AGENCY_OFFICER];
/** Roles that see which care case a 附件1's hand-over opened (D3): the office that sent it and the district that took it. */
const INQUIRY_CASE_READERS = [HOUSEHOLD_CLERK, DISTRICT_CASE_OFFICER, VILLAGE_OFFICER];
/** Roles that list cases: the district's own staff and 民政局 (A11 coordinates). */
const CASE_LISTERS = [DISTRICT_CASE_OFFICER, VILLAGE_OFFICER, CIVIL_AFFAIRS_OFFICER];
/** Roles that see the visit (attempts, 附件4): the district's staff and the agencies it referred to. */
const VISIT_READERS = [DISTRICT_CASE_OFFICER, VILLAGE_OFFICER, SOCIAL_WORKER, HEALTH_NURSE, CIVIL_AFFAIRS_OFFICER];
/** The district staff who visit and record (A6–A8). */
const VISITORS = [VILLAGE_OFFICER, DISTRICT_CASE_OFFICER];
/** Roles that see an urgent report at all (A9, A13; the policy comment above says why). */
const URGENT_REPORT_READERS = [DISTRICT_CASE_OFFICER, VILLAGE_OFFICER, SOCIAL_WORKER, HEALTH_NURSE];

/** Issue #12 (B2, B9): the district staff who list follow-up requests (follow-up/follow-up.policy.ts). */
const FOLLOW_UP_LISTERS = [DISTRICT_CASE_OFFICER, VILLAGE_OFFICER];
/** Issue #8: roles with a district inbox (inbox/district-inbox.source.ts says what each holds). */
const INBOX_OWNERS = [DISTRICT_CASE_OFFICER, VILLAGE_OFFICER, CIVIL_AFFAIRS_OFFICER];
/** Roles the district notifies: 人文課 (arrivals, overdue), the 里幹事 (assigned, overdue), 民政局 (overdue). */
const NOTIFIED = INBOX_OWNERS;

const FOR_THE_DISTRICT = { DISTRICT_CASE_OFFICER: "allow", VILLAGE_OFFICER: "allow" } as const;
const FOR_THE_VISIT_AND_REFERRALS = { ...FOR_THE_DISTRICT, SOCIAL_WORKER: "allow", HEALTH_NURSE: "allow" } as const;
const VISITED_PERSON = { ...FOR_THE_VISIT_AND_REFERRALS, CIVIL_AFFAIRS_OFFICER: "mask" } as const;

/** Issue #9: a visit record's write target is its case (NOT_FOUND for an unknown record, FORBIDDEN for a case out of scope). */
async function caseOfRecord(id: unknown, context: DistrictContext): Promise<CareCase | null> {
  const record = await loadTarget(context.loaders.visitRecordById, id, "id");
  return record === null ? null : context.loaders.careCaseById.load(record.careCaseId);
}

/** Issue #8: the calendar owner's closures, received through its service only (D3). */
const CLOSURES = closureReceiverPolicy("district");

export const districtPolicy: SubgraphPolicy = {
  writes: {
    ...CLOSURES.writes,
    // Issue #9 (A9): 人文課 sets its district's retention and holds its cases (retention/district-retention.ts).
    ...DISTRICT_RETENTION_POLICY.writes,
    ...serviceDirectoryPolicy.writes,
    ...followUpPolicy.writes,
    // D3, issue #8: only household's service delivers a ledger, for a clerk of the sending office.
    "Mutation.receiveHandoverLedger": actsFor<{ input: { office: string } }>((args) => districtNamed(args.input.office), { through: "household" }),
    "Mutation.acknowledgeHandoverLedger": writesTarget<{ ledgerId: string }, DistrictContext>("HandoverLedger", (args, context) =>
      loadTarget(context.loaders.handoverLedgerById, args.ledgerId, "ledgerId"),
    ),
    // A6, issue #8: 人文課 returns a case of its own district for correction (the case in its scope).
    "Mutation.returnCaseForCorrection": writesTarget<{ careCaseId: string }, DistrictContext>("CareCase", (args, context) =>
      loadTarget(context.loaders.careCaseById, args.careCaseId, "careCaseId"),
    ),
    // D3, A6: only household's service delivers a correction, for a clerk of the office that handed the case over
    // (the case must be in that office's scope, casesHandedOverByOffice, and the input's office the clerk's).
    "Mutation.receiveCorrectedCase": onlyThrough(
      "household",
      writesTarget<{ input: { careCaseId: string; office: string } }, DistrictContext>(
        "CareCase",
        (args, context) => loadTarget(context.loaders.careCaseById, args.input.careCaseId, "input.careCaseId"),
        { actingOrg: (args) => districtNamed(args.input.office) },
      ),
    ),
    // D3, A6 (issue #9): likewise only household's service delivers a withdrawal, for a clerk of the case's office.
    "Mutation.receiveCaseWithdrawn": onlyThrough(
      "household",
      writesTarget<{ input: { careCaseId: string; office: string } }, DistrictContext>(
        "CareCase",
        (args, context) => loadTarget(context.loaders.careCaseById, args.input.careCaseId, "input.careCaseId"),
        { actingOrg: (args) => districtNamed(args.input.office) },
      ),
    ),
    "Mutation.assignVillageOfficer": writesTarget<{ careCaseId: string }, DistrictContext>("CareCase", (args, context) =>
      loadTarget(context.loaders.careCaseById, args.careCaseId, "careCaseId"),
    ),
    "Mutation.recordVisitAttempt": writesTarget<{ input: { careCaseId: string } }, DistrictContext>("CareCase", (args, context) =>
      loadTarget(context.loaders.careCaseById, args.input.careCaseId, "input.careCaseId"),
    ),
    // Issue #9 (A8): 附件4 is handed in for a case in scope, then signed and filed by its id: the
    // record's case must be in the caller's scope (the record alone has no scope of its own).
    "Mutation.draftVisitRecord": writesTarget<{ input: { careCaseId: string } }, DistrictContext>("CareCase", (args, context) =>
      loadTarget(context.loaders.careCaseById, args.input.careCaseId, "input.careCaseId"),
    ),
    "Mutation.signVisitRecord": writesTarget<{ id: string }, DistrictContext>("VisitRecord", (args, context) => caseOfRecord(args.id, context)),
    "Mutation.fileVisitRecord": writesTarget<{ id: string }, DistrictContext>("VisitRecord", (args, context) => caseOfRecord(args.id, context)),
    // Issue #9 (A8): 人文課 configures its own district's levels only (the row is keyed by the caller's org).
    "Mutation.setSignOffLevels": createsOwnRows("writes only the sign-off levels of the caller's own district (keyed by the token's org)"),
    // A9, A5 (issue #9): the district a help task is assigned to completes it (helpTasksOfDistrict).
    "Mutation.completeHelpTask": writesTarget<{ taskId: string }, DistrictContext>("HelpTask", (args, context) =>
      loadTarget(context.loaders.helpTaskById, args.taskId, "taskId"),
    ),
    // A9: the district that has the case reports on it.
    "Mutation.recordUrgentReport": writesTarget<{ input: { careCaseId: string } }, DistrictContext>("CareCase", (args, context) =>
      loadTarget(context.loaders.careCaseById, args.input.careCaseId, "input.careCaseId"),
    ),
    // B10: a report on a child writes the district's own new row only; anyone who finds abuse or neglect must be able to file it.
    "Mutation.fileProtectionReport": createsOwnRows("B10: stores a new child-protection report of the caller's (role and org from the token) and sends it to social"),
    // A13, issue #11: the answer is recorded on a report of a case in the caller's scope, by the
    // agency the report was addressed to (urgent-report.answerer.ts says why the write lives here).
    "Mutation.recordUrgentReportOutcome": writesTarget<{ reportId: string }, DistrictContext>("UrgentReport", (args, context) => loadAnswerableReport(context, args.reportId)),
    // A9, issue #8: 人文課 refers a case of its district; the district's subgraph delivers it (D3).
    "Mutation.referCase": writesTarget<{ input: { careCaseId: string } }, DistrictContext>("CareCase", (args, context) =>
      loadTarget(context.loaders.careCaseById, args.input.careCaseId, "input.careCaseId"),
    ),
    // D3, A10 (issue #9): only a receiving agency's service (social, health, civil-affairs) reports a referral closed, for its serving
    // role whose scope holds the case (a unit or centre the case was referred to); the service must be
    // the referral's own agency (referral-closed.service.ts).
    "Mutation.receiveReferralClosed": onlyThrough(
      CLOSING_SERVICES,
      writesTarget<{ input: { careCaseId: string } }, DistrictContext>("CareCase", (args, context) =>
        loadTarget(context.loaders.careCaseById, args.input.careCaseId, "input.careCaseId"),
      ),
    ),
    // Issue #8: only the caller's own notifications (to them or their unit); one that is not is FORBIDDEN, unknown NOT_FOUND.
    "Mutation.markDistrictNotificationsSeen": writesTarget<{ ids: unknown[] }, DistrictContext>("DistrictNotification", (args, context) =>
      loadSeenTarget(context.loaders.notificationById, args.ids),
    ),
  },
  operations: {
    ...CLOSURES.operations,
    ...DISTRICT_RETENTION_POLICY.operations,
    ...serviceDirectoryPolicy.operations,
    ...followUpPolicy.operations,
    "Query.careCase": CASE_READERS,
    "Query.careCases": CASE_LISTERS,
    "Query.districtAuditLog": [AUDITOR],
    // Operators' view of the scheduler (counts and timings, no personal data); the auditor oversees it.
    "Query.districtSchedulerRuns": [AUDITOR],
    "Mutation.returnCaseForCorrection": [DISTRICT_CASE_OFFICER],
    "Mutation.receiveCorrectedCase": [HOUSEHOLD_CLERK],
    "Mutation.receiveCaseWithdrawn": [HOUSEHOLD_CLERK],
    "Mutation.receiveHandoverLedger": [HOUSEHOLD_CLERK],
    "Mutation.acknowledgeHandoverLedger": [DISTRICT_CASE_OFFICER],
    // Issue #11 (A4): 人文課's acknowledgement list, by ledger.
    "Query.handoverLedgersToAcknowledge": [DISTRICT_CASE_OFFICER],
    "Mutation.assignVillageOfficer": [DISTRICT_CASE_OFFICER],
    "Mutation.recordVisitAttempt": VISITORS,
    "Mutation.draftVisitRecord": VISITORS,
    "Mutation.signVisitRecord": VISITORS,
    // A8: 人文課 files the record.
    "Mutation.fileVisitRecord": [DISTRICT_CASE_OFFICER],
    "Query.signOffLevels": VISITORS,
    "Mutation.setSignOffLevels": [DISTRICT_CASE_OFFICER],
    "Query.helpTasks": [DISTRICT_CASE_OFFICER],
    "Mutation.completeHelpTask": [DISTRICT_CASE_OFFICER],
    "Mutation.recordUrgentReport": VISITORS,
    // Issue #11: 社工 / 公衛護士 answer the reports to their bureau; the district relays outside bodies' answers.
    "Mutation.recordUrgentReportOutcome": URGENT_REPORT_ANSWERERS,
    "Mutation.fileProtectionReport": PROTECTION_REPORTERS,
    "Mutation.referCase": [DISTRICT_CASE_OFFICER],
    "Mutation.receiveReferralClosed": [SOCIAL_WORKER, HEALTH_NURSE, CIVIL_AFFAIRS_OFFICER, PARTNER_AGENCY_OFFICER],
    "Query.districtInbox": INBOX_OWNERS,
    "Query.districtNotifications": NOTIFIED,
    "Mutation.markDistrictNotificationsSeen": NOTIFIED,
  },
  types: {
    ...CLOSURES.types,
    ...DISTRICT_RETENTION_POLICY.types,
    ...serviceDirectoryPolicy.types,
    ...followUpPolicy.types,
    // Issue #10 (A11): the district's tables of 民政局's statistics, for its analyst only.
    ...statisticsTypes([
      "casesReceived", "casesVisited", "closedAfterTwoMissedVisits", "urgentReports",
      "acknowledgementTimeliness", "homeVisitTimeliness", "visitRecordTimeliness",
      // Issue #12 (B12): the follow-up's 1-month reply.
      "followUpReplyTimeliness",
    ]),
    CareCase: typePolicy<CareCase, unknown>({
      readers: CASE_READERS,
      rowScoped: true,
      open: [
        "id", "clientKey", "caseType", "receivingOfficeCode", "visitDistrictCode", "householdDistrictCode", "village", "requestedMode",
        "status", "handedOverAt", "acknowledgedAt", "assignedOfficerId", "assignedOfficerName", "closedOn", "closure",
        "person", "consentInquiry", "visitAttempts", "visitRecord", "deadlines", "urgentReports", "referrals", "helpTasks",
        "returnedAt", "returnedBy", "correctedAt", "handoverLedger", "withdrawnAt",
      ],
      personal: {
        /** A6: why the case went back; free text about the form that may name the family: the office and 人文課 only. */
        returnReason: { access: { HOUSEHOLD_CLERK: "allow", DISTRICT_CASE_OFFICER: "allow" } },
        /** A6 (issue #9): why the office withdrew it; the same kind of text, for the same two. */
        withdrawalReason: { access: { HOUSEHOLD_CLERK: "allow", DISTRICT_CASE_OFFICER: "allow" } },
        /** 鄰: the address below the 里, for the visit only. */
        neighbourhood: { access: FOR_THE_DISTRICT },
      },
      subjectOf: (careCase) => careCase.personId,
    }),
    VisitAttempt: typePolicy({
      readers: VISIT_READERS,
      rowScoped: false,
      open: ["id", "attemptNumber", "attemptedOn", "mode", "met"],
      personal: {},
    }),
    VisitRecord: typePolicy<VisitRecord, DistrictContext>({
      readers: VISIT_READERS,
      rowScoped: false,
      open: [
        "id", "districtCode", "village", "serviceItem", "visitedOn", "state", "outcome", "firstMissedOn", "secondMissedOn", "needs",
        "requiredLevels", "signatures", "signedOffBy", "filedOn", "careCase",
      ],
      personal: {
        visitedPersonName: { mask: "name", access: VISITED_PERSON },
        visitedPersonPhone: { mask: "phone", access: VISITED_PERSON },
        visitedPersonAddress: { mask: "text", access: VISITED_PERSON },
        /** 反映事項, 辦理情形: the district's handling, and 民政局's for the cases it takes (A11). */
        mattersRaised: { access: { ...FOR_THE_DISTRICT, CIVIL_AFFAIRS_OFFICER: "allow" } },
        handling: { access: { ...FOR_THE_DISTRICT, CIVIL_AFFAIRS_OFFICER: "allow" } },
        needsOther: { access: { ...FOR_THE_VISIT_AND_REFERRALS, CIVIL_AFFAIRS_OFFICER: "allow" } },
      },
      subjectOf: async (record, context) => (await context.loaders.careCaseById.load(record.careCaseId))?.personId ?? null,
    }),
    // B10: the filer's receipt: keys, the article and the instant, no content.
    ProtectionReportReceipt: typePolicy({ readers: PROTECTION_REPORTERS, rowScoped: false, open: ["id", "clientKey", "personId", "article", "reportedAt"], personal: {} }),
    UrgentReport: typePolicy<UrgentReport, DistrictContext>({
      readers: URGENT_REPORT_READERS,
      rowScoped: true,
      open: ["id", "clientKey", "kind", "target", "targetOther", "reportedAt", "outcome", "outcomeRecordedAt", "subject"],
      personal: {
        /** 通報人, 受理人: who reported and who took it, for the district's follow-up with the body (A9). */
        reporterName: { access: FOR_THE_DISTRICT },
        recipientName: { access: FOR_THE_DISTRICT },
        /** Violence details: the district, and 社工, who take domestic violence (A12, A13). */
        summary: { access: { ...FOR_THE_DISTRICT, SOCIAL_WORKER: "allow" } },
      },
      subjectOf: (report) => report.subjectPersonId,
    }),
    /**
     * A9 (issue #8): the district's own record of a referral it sent. 人文課 and the 里幹事 follow
     * the case (what was referred, why, and whether it arrived); 民政局 overseeing sees where and
     * when, never what the district wrote about the family (the needs may say DOMESTIC_VIOLENCE).
     * Issue #9 (C1): agencyCode is the directory agency the box reached, as public as the box.
     */
    CaseReferral: typePolicy<CaseReferral, unknown>({
      readers: [DISTRICT_CASE_OFFICER, VILLAGE_OFFICER, CIVIL_AFFAIRS_OFFICER],
      rowScoped: false,
      open: ["id", "target", "agencyCode", "sentBy", "sentAt", "referredOn", "delivery", "closedOn", "closedReportedAt"],
      personal: {
        needs: { access: FOR_THE_DISTRICT },
        description: { access: FOR_THE_DISTRICT },
      },
      subjectOf: (referral) => referral.personId,
    }),
    /** A8 (issue #9): which level signed, who (a staff name, as on the paper form) and when; reached only through a record. */
    VisitRecordSignature: typePolicy({ readers: VISIT_READERS, rowScoped: false, open: ["level", "signerName", "signedAt"], personal: {} }),
    /**
     * A9, A5 (issue #9): a district's own help for a case, for the 人文課 of the district it is
     * assigned to (row scope) and of the case's districts (through CareCase.helpTasks). The note
     * may describe the family's hardship: the district only.
     */
    HelpTask: typePolicy<HelpTask, unknown>({
      readers: [DISTRICT_CASE_OFFICER, VILLAGE_OFFICER],
      // Rows come from the helpTasks query (filtered by the row scope below) or an in-scope case's field.
      rowScoped: false,
      open: ["id", "kind", "assignedDistrictCode", "state", "doneOn", "careCase"],
      personal: { note: { access: FOR_THE_DISTRICT } },
      subjectOf: (task) => task.personId,
    }),
    /**
     * Issue #13: `registrations` is household's (@external), handed in for `registrationInquiries`,
     * which lists only keys household already answered the caller; each inquiry's care case is read
     * under ConsentInquiry's readers below and CareCase's own policy and row scope.
     */
    Person: typePolicy({
      readers: [HOUSEHOLD_CLERK, DISTRICT_CASE_OFFICER, VILLAGE_OFFICER, SOCIAL_WORKER, HEALTH_NURSE, POLICE_OFFICER, CIVIL_AFFAIRS_OFFICER],
      rowScoped: false,
      open: ["id", "careCases", "registrations", "registrationInquiries"],
      personal: {},
    }),
    /** Issue #13: household's registration as a key and its 附件1's key (@external), for ConsentInquiry's readers. */
    Registration: typePolicy({
      readers: INQUIRY_CASE_READERS,
      rowScoped: false,
      open: ["id", "consentInquiry"],
      personal: {},
    }),
    ConsentInquiry: typePolicy({
      readers: INQUIRY_CASE_READERS,
      rowScoped: false,
      open: ["id", "careCase"],
      personal: {},
    }),
    /** 附件3's district seal (A4): who acknowledged and when, and the cases it opened (each under its own scope). */
    HandoverLedger: typePolicy({
      readers: [HOUSEHOLD_CLERK, DISTRICT_CASE_OFFICER],
      rowScoped: true,
      open: ["id", "receivedAt", "acknowledgedBy", "acknowledgedAt", "careCases"],
      personal: {},
    }),
    HandoverLedgerConnection: typePolicy({ readers: [DISTRICT_CASE_OFFICER], rowScoped: false, open: ["edges", "pageInfo", "totalCount"], personal: {} }),
    HandoverLedgerEdge: typePolicy({ readers: [DISTRICT_CASE_OFFICER], rowScoped: false, open: ["cursor", "node"], personal: {} }),
    CareCaseConnection: typePolicy({ readers: CASE_LISTERS, rowScoped: false, open: ["edges", "pageInfo", "totalCount"], personal: {} }),
    CareCaseEdge: typePolicy({ readers: CASE_LISTERS, rowScoped: false, open: ["cursor", "node"], personal: {} }),
    PageInfo: typePolicy({ readers: [...new Set([...CASE_LISTERS, ...INBOX_OWNERS, ...FOLLOW_UP_LISTERS])], rowScoped: false, open: ["hasNextPage", "endCursor"], personal: {} }),
    AuditEntry: typePolicy({ readers: [AUDITOR], rowScoped: false, open: [...AUDIT_ENTRY_FIELDS], personal: {} }),
    /** A step's due time and state (D9): no personal data; reached only through a case in scope. */
    Deadline: typePolicy({ readers: CASE_READERS, rowScoped: false, open: [...DEADLINE_FIELDS], personal: {} }),
    SchedulerRun: typePolicy({ readers: [AUDITOR], rowScoped: false, open: [...SCHEDULER_RUN_FIELDS], personal: {} }),
    /**
     * Issue #8: the work, not the data: kind, step, due time and the case's key. Rows are the
     * caller's inbox scope (rowScope below, applied by the inbox's query); the case behind
     * `careCase` is read under CareCase's own policy and row scope, the request behind
     * `followUpRequest` (issue #12) under FollowUpRequest's, whose row scope also picks the follow-ups listed.
     */
    DistrictInboxItem: typePolicy({ readers: INBOX_OWNERS, rowScoped: false, open: [...INBOX_ITEM_FIELDS, "careCase", "followUpRequest"], personal: {} }),
    DistrictInboxPage: typePolicy({ readers: INBOX_OWNERS, rowScoped: false, open: [...INBOX_PAGE_FIELDS], personal: {} }),
    DistrictInboxStateCount: typePolicy({ readers: INBOX_OWNERS, rowScoped: false, open: [...INBOX_COUNT_FIELDS], personal: {} }),
    /** Kind and reference only; the caller's own (the query filters by recipient). */
    DistrictNotification: typePolicy({ readers: NOTIFIED, rowScoped: false, open: [...NOTIFICATION_FIELDS], personal: {} }),
    SchedulerChange: typePolicy({ readers: [AUDITOR], rowScoped: false, open: [...SCHEDULER_CHANGE_FIELDS], personal: {} }),
  },
  rowScope: {
    ...followUpPolicy.rowScope,
    HandoverLedger: { HOUSEHOLD_CLERK: "ledgersFromOffice", DISTRICT_CASE_OFFICER: "ledgersOfDistrict" },
    CareCase: {
      HOUSEHOLD_CLERK: "casesHandedOverByOffice",
      DISTRICT_CASE_OFFICER: "casesOfDistrict",
      VILLAGE_OFFICER: "casesInVillages",
      SOCIAL_WORKER: "casesReferredToSocialUnit",
      HEALTH_NURSE: "casesReferredToHealthCentre",
      CIVIL_AFFAIRS_OFFICER: "casesReferredToCivilAffairs",
      // Issue #9: a partner agency's officer (勞動局, 教育局) reads the open fields of the cases referred to it and reports them closed.
      PARTNER_AGENCY_OFFICER: "casesReferredToPartnerAgency",
    },
    // A report is seen where its case is (urgent-report.loaders.ts applies these to the report's case).
    UrgentReport: {
      DISTRICT_CASE_OFFICER: "casesOfDistrict",
      VILLAGE_OFFICER: "casesInVillages",
      SOCIAL_WORKER: "casesReferredToSocialUnit",
      HEALTH_NURSE: "casesReferredToHealthCentre",
    },
    // A9, A5 (issue #9): a help task is the district's it is assigned to; the 里幹事 sees it through their case only.
    HelpTask: { DISTRICT_CASE_OFFICER: "helpTasksOfDistrict" },
    // Issue #8: whose cases' work each inbox lists (over the case alias); 民政局 sees only overdue steps there.
    DistrictInboxItem: {
      DISTRICT_CASE_OFFICER: "casesOfDistrict",
      VILLAGE_OFFICER: "casesInVillages",
      CIVIL_AFFAIRS_OFFICER: "casesCityWide",
    },
  },
};
