import { Role } from "../../shared/auth/roles";
import { AUDIT_ENTRY_FIELDS } from "../../shared/authz/audit-policy";
import { loadTarget, districtNamed } from "../../shared/authz/guards";
import { actsFor, SubgraphPolicy, typePolicy, writesTarget } from "../../shared/authz/policy";
import { DEADLINE_FIELDS, SCHEDULER_CHANGE_FIELDS, SCHEDULER_RUN_FIELDS } from "../../shared/deadlines/fields";
import { INBOX_COUNT_FIELDS, INBOX_ITEM_FIELDS, INBOX_PAGE_FIELDS } from "../../shared/inbox/inbox.types";
import { NOTIFICATION_FIELDS } from "../../shared/notifications/notification.type";
import { loadSeenTarget } from "../../shared/notifications/notifications.service";
import { CareCase } from "./care-case/care-case.entity";
import type { DistrictContext } from "./loaders";
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
 *   visited person and the service summary (family, violence or health details), not the
 *   district's own notes (matters raised, handling).
 * - 民政局's case handler takes the cases referred to it (A11): what was raised and how it was
 *   handled, the visited person masked (recognise, not contact).
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
  AUDITOR,
} = Role;

/** Roles that see care cases (each within its row scope). */
const CASE_READERS = [HOUSEHOLD_CLERK, DISTRICT_CASE_OFFICER, VILLAGE_OFFICER, SOCIAL_WORKER, HEALTH_NURSE, CIVIL_AFFAIRS_OFFICER];
/** Roles that list cases: the district's own staff and 民政局 (A11 coordinates). */
const CASE_LISTERS = [DISTRICT_CASE_OFFICER, VILLAGE_OFFICER, CIVIL_AFFAIRS_OFFICER];
/** Roles that see the visit (attempts, 附件4): the district's staff and the agencies it referred to. */
const VISIT_READERS = [DISTRICT_CASE_OFFICER, VILLAGE_OFFICER, SOCIAL_WORKER, HEALTH_NURSE, CIVIL_AFFAIRS_OFFICER];
/** The district staff who visit and record (A6–A8). */
const VISITORS = [VILLAGE_OFFICER, DISTRICT_CASE_OFFICER];

/** Issue #8: roles with a district inbox (inbox/district-inbox.source.ts says what each holds). */
const INBOX_OWNERS = [DISTRICT_CASE_OFFICER, VILLAGE_OFFICER, CIVIL_AFFAIRS_OFFICER];
/** Roles the district notifies: 人文課 (arrivals, overdue), the 里幹事 (assigned, overdue), 民政局 (overdue). */
const NOTIFIED = INBOX_OWNERS;

const FOR_THE_DISTRICT = { DISTRICT_CASE_OFFICER: "allow", VILLAGE_OFFICER: "allow" } as const;
const FOR_THE_VISIT_AND_REFERRALS = { ...FOR_THE_DISTRICT, SOCIAL_WORKER: "allow", HEALTH_NURSE: "allow" } as const;
const VISITED_PERSON = { ...FOR_THE_VISIT_AND_REFERRALS, CIVIL_AFFAIRS_OFFICER: "mask" } as const;

export const districtPolicy: SubgraphPolicy = {
  writes: {
    // D3: a clerk hands over for their own office only.
    "Mutation.receiveConsentHandover": actsFor<{ input: { receivingOffice: string } }>((args) => districtNamed(args.input.receivingOffice)),
    "Mutation.acknowledgeHandover": writesTarget<{ careCaseId: string }, DistrictContext>("CareCase", (args, context) =>
      loadTarget(context.loaders.careCaseById, args.careCaseId, "careCaseId"),
    ),
    "Mutation.assignVillageOfficer": writesTarget<{ careCaseId: string }, DistrictContext>("CareCase", (args, context) =>
      loadTarget(context.loaders.careCaseById, args.careCaseId, "careCaseId"),
    ),
    "Mutation.recordVisitAttempt": writesTarget<{ input: { careCaseId: string } }, DistrictContext>("CareCase", (args, context) =>
      loadTarget(context.loaders.careCaseById, args.input.careCaseId, "input.careCaseId"),
    ),
    "Mutation.fileVisitRecord": writesTarget<{ input: { careCaseId: string } }, DistrictContext>("CareCase", (args, context) =>
      loadTarget(context.loaders.careCaseById, args.input.careCaseId, "input.careCaseId"),
    ),
    // Issue #8: only the caller's own notifications (to them or their unit); one that is not is FORBIDDEN, unknown NOT_FOUND.
    "Mutation.markDistrictNotificationsSeen": writesTarget<{ ids: unknown[] }, DistrictContext>("DistrictNotification", (args, context) =>
      loadSeenTarget(context.loaders.notificationById, args.ids),
    ),
  },
  operations: {
    "Query.careCase": CASE_READERS,
    "Query.careCases": CASE_LISTERS,
    "Query.districtAuditLog": [AUDITOR],
    // Operators' view of the scheduler (counts and timings, no personal data); the auditor oversees it.
    "Query.districtSchedulerRuns": [AUDITOR],
    "Mutation.receiveConsentHandover": [HOUSEHOLD_CLERK],
    "Mutation.acknowledgeHandover": [DISTRICT_CASE_OFFICER],
    "Mutation.assignVillageOfficer": [DISTRICT_CASE_OFFICER],
    "Mutation.recordVisitAttempt": VISITORS,
    "Mutation.fileVisitRecord": VISITORS,
    "Query.districtInbox": INBOX_OWNERS,
    "Query.districtNotifications": NOTIFIED,
    "Mutation.markDistrictNotificationsSeen": NOTIFIED,
  },
  types: {
    CareCase: typePolicy<CareCase, unknown>({
      readers: CASE_READERS,
      rowScoped: true,
      open: [
        "id", "clientKey", "caseType", "receivingOfficeCode", "visitDistrictCode", "householdDistrictCode", "village", "requestedMode",
        "status", "handedOverAt", "acknowledgedAt", "assignedOfficerId", "assignedOfficerName", "closedOn", "closure",
        "person", "consentInquiry", "visitAttempts", "visitRecord", "deadlines",
      ],
      personal: {
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
        "id", "districtCode", "village", "serviceItem", "visitedOn", "outcome", "firstMissedOn", "secondMissedOn", "needs",
        "signedOffBy", "filedOn", "careCase",
      ],
      personal: {
        visitedPersonName: { mask: "name", access: VISITED_PERSON },
        visitedPersonPhone: { mask: "phone", access: VISITED_PERSON },
        visitedPersonAddress: { mask: "text", access: VISITED_PERSON },
        /** 服務概況 may hold violence or health details: the visit and the social and health referrals. */
        serviceSummary: { access: FOR_THE_VISIT_AND_REFERRALS },
        /** 反映事項, 辦理情形: the district's handling, and 民政局's for the cases it takes (A11). */
        mattersRaised: { access: { ...FOR_THE_DISTRICT, CIVIL_AFFAIRS_OFFICER: "allow" } },
        handling: { access: { ...FOR_THE_DISTRICT, CIVIL_AFFAIRS_OFFICER: "allow" } },
        needsOther: { access: { ...FOR_THE_VISIT_AND_REFERRALS, CIVIL_AFFAIRS_OFFICER: "allow" } },
      },
      subjectOf: async (record, context) => (await context.loaders.careCaseById.load(record.careCaseId))?.personId ?? null,
    }),
    Person: typePolicy({
      readers: [HOUSEHOLD_CLERK, DISTRICT_CASE_OFFICER, VILLAGE_OFFICER, SOCIAL_WORKER, HEALTH_NURSE, POLICE_OFFICER, CIVIL_AFFAIRS_OFFICER],
      rowScoped: false,
      open: ["id", "careCases"],
      personal: {},
    }),
    ConsentInquiry: typePolicy({
      readers: [HOUSEHOLD_CLERK, DISTRICT_CASE_OFFICER, VILLAGE_OFFICER],
      rowScoped: false,
      open: ["id", "careCase"],
      personal: {},
    }),
    CareCaseConnection: typePolicy({ readers: CASE_LISTERS, rowScoped: false, open: ["edges", "pageInfo", "totalCount"], personal: {} }),
    CareCaseEdge: typePolicy({ readers: CASE_LISTERS, rowScoped: false, open: ["cursor", "node"], personal: {} }),
    PageInfo: typePolicy({ readers: [...new Set([...CASE_LISTERS, ...INBOX_OWNERS])], rowScoped: false, open: ["hasNextPage", "endCursor"], personal: {} }),
    AuditEntry: typePolicy({ readers: [AUDITOR], rowScoped: false, open: [...AUDIT_ENTRY_FIELDS], personal: {} }),
    /** A step's due time and state (D9): no personal data; reached only through a case in scope. */
    Deadline: typePolicy({ readers: CASE_READERS, rowScoped: false, open: [...DEADLINE_FIELDS], personal: {} }),
    SchedulerRun: typePolicy({ readers: [AUDITOR], rowScoped: false, open: [...SCHEDULER_RUN_FIELDS], personal: {} }),
    /**
     * Issue #8: the work, not the data: kind, step, due time and the case's key. Rows are the
     * caller's inbox scope (rowScope below, applied by the inbox's query); the case behind
     * `careCase` is read under CareCase's own policy and row scope.
     */
    DistrictInboxItem: typePolicy({ readers: INBOX_OWNERS, rowScoped: false, open: [...INBOX_ITEM_FIELDS, "careCase"], personal: {} }),
    DistrictInboxPage: typePolicy({ readers: INBOX_OWNERS, rowScoped: false, open: [...INBOX_PAGE_FIELDS], personal: {} }),
    DistrictInboxStateCount: typePolicy({ readers: INBOX_OWNERS, rowScoped: false, open: [...INBOX_COUNT_FIELDS], personal: {} }),
    /** Kind and reference only; the caller's own (the query filters by recipient). */
    DistrictNotification: typePolicy({ readers: NOTIFIED, rowScoped: false, open: [...NOTIFICATION_FIELDS], personal: {} }),
    SchedulerChange: typePolicy({ readers: [AUDITOR], rowScoped: false, open: [...SCHEDULER_CHANGE_FIELDS], personal: {} }),
  },
  rowScope: {
    CareCase: {
      HOUSEHOLD_CLERK: "casesHandedOverByOffice",
      DISTRICT_CASE_OFFICER: "casesOfDistrict",
      VILLAGE_OFFICER: "casesInVillages",
      SOCIAL_WORKER: "casesReferredToSocialUnit",
      HEALTH_NURSE: "casesReferredToHealthCentre",
      CIVIL_AFFAIRS_OFFICER: "casesReferredToCivilAffairs",
    },
    // Issue #8: whose cases' work each inbox lists (over the case alias); 民政局 sees only overdue steps there.
    DistrictInboxItem: {
      DISTRICT_CASE_OFFICER: "casesOfDistrict",
      VILLAGE_OFFICER: "casesInVillages",
      CIVIL_AFFAIRS_OFFICER: "casesCityWide",
    },
  },
};
