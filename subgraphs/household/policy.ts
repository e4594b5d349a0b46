import { Role } from "../../shared/auth/roles";
import { AUDIT_ENTRY_FIELDS } from "../../shared/authz/audit-policy";
import { loadTarget, districtNamed } from "../../shared/authz/guards";
import { mergePolicies } from "../../shared/authz/merge-policies";
import { actsFor, createsOwnRows, onlyThrough, SubgraphPolicy, typePolicy, writesTarget } from "../../shared/authz/policy";
import { closureReceiverPolicy } from "../../shared/calendar/closures/policy";
import { DEADLINE_FIELDS, SCHEDULER_CHANGE_FIELDS, SCHEDULER_RUN_FIELDS } from "../../shared/deadlines/fields";
import { INBOX_COUNT_FIELDS, INBOX_ITEM_FIELDS, INBOX_PAGE_FIELDS } from "../../shared/inbox/inbox.types";
import { NOTIFICATION_FIELDS } from "../../shared/notifications/notification.type";
import { loadSeenTarget } from "../../shared/notifications/notifications.service";
import { STATISTICS_READERS, statisticsTypes } from "../../shared/statistics/policy";
import { ConsentInquiry } from "./consent-inquiry/consent-inquiry.entity";
import { exOfficioPolicy } from "./ex-officio/ex-officio.policy";
import type { HouseholdContext } from "./loaders";
import { Person } from "./person/person.entity";
import { HOUSEHOLD_RETENTION_POLICY } from "./retention";
import { surveyPolicy } from "./survey/survey.policy";
import { householdFeedsPolicy } from "./whereabouts-feed/feeds.policy";

/**
 * 戶政's access policy (D4, issue #4; PDPA art. 15–16: personal data only within the duty and the
 * purpose). The whole policy of the household subgraph is this file: who may call what, which
 * fields each role reads in full, masked or not at all, and which rows (scope.ts). Anything not
 * granted here is denied.
 *
 * Why these grants: the office records and hands over (附件1, A1–A4); the district's 人文課 routes
 * and follows the case (A5–A6); the 里幹事 needs contact data for the visit only (A6, A8). Social
 * workers and nurses get whom to contact with the referral itself (social's and health's own copy,
 * D3), not from household's records; police and 民政局 have no household rows until a search
 * request (police) or a referral to 民政局 (A11) names a person to them.
 * 民政局's analyst reads aggregates only; the auditor reads the audit log, never the data.
 */
const { HOUSEHOLD_CLERK, DISTRICT_CASE_OFFICER, VILLAGE_OFFICER, SOCIAL_WORKER, HEALTH_NURSE, POLICE_OFFICER, CIVIL_AFFAIRS_OFFICER, CIVIL_AFFAIRS_ANALYST, AUDITOR, PARTNER_AGENCY_OFFICER } = Role;

/** Roles whose work is about individual families; everyone but the analyst and the auditor. */
const CASEWORK = [HOUSEHOLD_CLERK, DISTRICT_CASE_OFFICER, VILLAGE_OFFICER, SOCIAL_WORKER, HEALTH_NURSE, POLICE_OFFICER, CIVIL_AFFAIRS_OFFICER];
const CASE_HANDLERS = [HOUSEHOLD_CLERK, DISTRICT_CASE_OFFICER, VILLAGE_OFFICER];

const FULL_FOR_OFFICE_AND_DISTRICT = { HOUSEHOLD_CLERK: "allow", DISTRICT_CASE_OFFICER: "allow" } as const;
const CONTACT_FOR_VISIT = { ...FULL_FOR_OFFICE_AND_DISTRICT, VILLAGE_OFFICER: "allow" } as const;

/** Issue #9: whose act can close a district case (A6–A10), so whom the district's closing notice acts for. */
const CASE_CLOSERS = [HOUSEHOLD_CLERK, DISTRICT_CASE_OFFICER, VILLAGE_OFFICER, SOCIAL_WORKER, HEALTH_NURSE, CIVIL_AFFAIRS_OFFICER, PARTNER_AGENCY_OFFICER];

/** Issue #8: roles with a household inbox (inbox/household-inbox.source.ts says what each holds). */
const INBOX_OWNERS = [HOUSEHOLD_CLERK, CIVIL_AFFAIRS_OFFICER];

/** Issue #8: the calendar owner's closures, received through its service only (D3). */
const CLOSURES = closureReceiverPolicy("household");

const officePolicy: SubgraphPolicy = {
  writes: {
    ...CLOSURES.writes,
    // Issue #9 (A9): the office's clerk sets its office's retention and holds its forms (retention.ts).
    ...HOUSEHOLD_RETENTION_POLICY.writes,
    // A clerk places persons only in a household of their own district (a person without one yet is
    // the office's own row: registered_by_office puts it in the clerk's scope).
    "Mutation.registerPerson": writesTarget<{ input: { householdId?: string | null } }, HouseholdContext>(
      "Household",
      (args, context) => loadTarget(context.loaders.householdById, args.input.householdId, "householdId"),
      { named: (args) => args.input.householdId !== undefined && args.input.householdId !== null },
    ),
    // A household is registered at the office of its address's district (戶籍法: the office of the
    // 戶籍地): a clerk of 中正 cannot create a 萬華 household.
    "Mutation.registerHousehold": actsFor<{ input: { address: { districtCode: string } } }>((args) => districtNamed(args.input.address.districtCode)),
    "Mutation.recordRegistration": createsOwnRows(
      "A1: the registration is recorded at the caller's own office (the office comes from the token, not the input); " +
        "its parties must exist, checked before the write",
    ),
    // D3, A6 (issue #8): only the district's service delivers a return, for 人文課 of the district it names,
    // about a form in that officer's scope (inquiriesOfDistrict: the form's visit district among others).
    "Mutation.receiveCorrectionRequest": onlyThrough(
      "district",
      writesTarget<{ input: { consentInquiryId: string; district: string } }, HouseholdContext>(
        "ConsentInquiry",
        (args, context) => loadTarget(context.loaders.consentInquiryById, args.input.consentInquiryId, "input.consentInquiryId"),
        { actingOrg: (args) => districtNamed(args.input.district) },
      ),
    ),
    // D3, A9 (issue #9): only the district's service delivers a closing, from its own case's record (the
    // form it names is the one the case came from). The acting user is whoever's act closed the case — a
    // 里幹事, 人文課, the office's clerk (a withdrawal), or a receiving agency's officer whose closing closed
    // it — most of whom hold no household form, so no row scope is asked: the service is the guarantee.
    "Mutation.receiveCaseClosed": onlyThrough(
      "district",
      createsOwnRows("A9: keeps only the closing day and reason on the form the district's case came from, as the district's service reports it"),
    ),
    // A6: the clerk corrects a form of their own office (inquiriesOfOffice); another office's form is FORBIDDEN.
    "Mutation.correctConsentInquiry": writesTarget<{ input: { consentInquiryId: string } }, HouseholdContext>("ConsentInquiry", (args, context) =>
      loadTarget(context.loaders.consentInquiryById, args.input.consentInquiryId, "input.consentInquiryId"),
    ),
    // A6 (issue #9): likewise the clerk withdraws a returned case of their own office only.
    "Mutation.withdrawConsentInquiry": writesTarget<{ consentInquiryId: string }, HouseholdContext>("ConsentInquiry", (args, context) =>
      loadTarget(context.loaders.consentInquiryById, args.consentInquiryId, "consentInquiryId"),
    ),
    // Issue #8: only the caller's own notifications (to them or their unit); one that is not is FORBIDDEN, unknown NOT_FOUND.
    "Mutation.markHouseholdNotificationsSeen": writesTarget<{ ids: unknown[] }, HouseholdContext>("HouseholdNotification", (args, context) =>
      loadSeenTarget(context.loaders.notificationById, args.ids),
    ),
    "Mutation.handOverConsentInquiries": createsOwnRows(
      "A4 (issue #8): hands over the caller's own office's inquiries only (the office comes from the token), as ledgers of that office",
    ),
  },
  operations: {
    ...CLOSURES.operations,
    ...HOUSEHOLD_RETENTION_POLICY.operations,
    "Query.person": CASEWORK,
    "Query.persons": CASE_HANDLERS,
    "Query.registration": CASE_HANDLERS,
    "Query.consentInquiry": CASE_HANDLERS,
    "Query.householdOffices": [...CASEWORK, CIVIL_AFFAIRS_ANALYST, AUDITOR],
    "Query.householdAuditLog": [AUDITOR],
    "Mutation.registerHousehold": [HOUSEHOLD_CLERK],
    "Mutation.registerPerson": [HOUSEHOLD_CLERK],
    "Mutation.recordRegistration": [HOUSEHOLD_CLERK],
    "Query.handoverLedger": [HOUSEHOLD_CLERK, DISTRICT_CASE_OFFICER],
    // Issue #11: the office's day list of 附件3 for its clerk; the district reads its ledgers in its own subgraph (ledgers to acknowledge).
    "Query.handoverLedgers": [HOUSEHOLD_CLERK],
    "Query.householdSchedulerRuns": [AUDITOR],
    "Mutation.handOverConsentInquiries": [HOUSEHOLD_CLERK],
    "Mutation.receiveCorrectionRequest": [DISTRICT_CASE_OFFICER],
    "Mutation.receiveCaseClosed": CASE_CLOSERS,
    "Mutation.correctConsentInquiry": [HOUSEHOLD_CLERK],
    "Mutation.withdrawConsentInquiry": [HOUSEHOLD_CLERK],
    "Query.householdInbox": INBOX_OWNERS,
    "Query.householdNotifications": [HOUSEHOLD_CLERK],
    "Mutation.markHouseholdNotificationsSeen": [HOUSEHOLD_CLERK],
    // Issue #10 (A11): 民政局's statistics, aggregates only, for its analyst only.
    "Query.careStatistics": STATISTICS_READERS,
  },
  types: {
    ...CLOSURES.types,
    ...HOUSEHOLD_RETENTION_POLICY.types,
    ...statisticsTypes(["from", "to", "groupBy", "casesRecorded", "consentDecisions", "handoverTimeliness"]),
    Person: typePolicy<Person, unknown>({
      readers: CASEWORK,
      rowScoped: true,
      open: ["id", "sex", "idDocument", "isNewImmigrant", "originCountry", "originCountryOther", "household", "registrations", "exOfficioRecords"],
      personal: {
        // Social workers, nurses and 民政局 have no Person row scope: whom to contact comes with the
        // referral (their own copy, D3), so no grant here would ever be reachable — and none is made.
        name: { mask: "name", access: CONTACT_FOR_VISIT },
        idNumber: { mask: "idNumber", access: FULL_FOR_OFFICE_AND_DISTRICT },
        birthDate: { access: FULL_FOR_OFFICE_AND_DISTRICT },
        mobilePhone: { mask: "phone", access: CONTACT_FOR_VISIT },
      },
      subjectOf: (person) => person.id,
    }),
    Household: typePolicy({
      readers: [HOUSEHOLD_CLERK, DISTRICT_CASE_OFFICER],
      rowScoped: true,
      open: ["id"],
      personal: {
        householdNumber: { access: FULL_FOR_OFFICE_AND_DISTRICT },
        address: { mask: "address", access: FULL_FOR_OFFICE_AND_DISTRICT },
      },
    }),
    Registration: typePolicy({
      readers: CASE_HANDLERS,
      rowScoped: true,
      open: ["id", "caseType", "registeredOn", "officeCode", "office", "registrant", "newImmigrant", "consentInquiry", "newImmigrantRelation", "welcomeHandbook"],
      personal: {},
    }),
    ConsentInquiry: typePolicy<ConsentInquiry, unknown>({
      readers: CASE_HANDLERS,
      rowScoped: true,
      open: [
        "id", "caseType", "respondentHonorific", "decision", "preferredFrom", "preferredTo", "timeSlot", "visitAddressIsHousehold",
        "originCountry", "originCountryOther", "immigrantConsents", "immigrantAcceptsMaterials", "appliedOn", "officeCode",
        "clerkName", "clerkPhone", "newImmigrant", "registration", "handoverLedger", "deadlines", "correctionRequest",
      ],
      personal: {
        respondentName: { mask: "name", access: CONTACT_FOR_VISIT },
        homePhone: { mask: "phone", access: CONTACT_FOR_VISIT },
        mobilePhone: { mask: "phone", access: CONTACT_FOR_VISIT },
        workPhone: { mask: "phone", access: { ...FULL_FOR_OFFICE_AND_DISTRICT, VILLAGE_OFFICER: "mask" } },
        fax: { mask: "phone", access: FULL_FOR_OFFICE_AND_DISTRICT },
        email: { mask: "email", access: { ...FULL_FOR_OFFICE_AND_DISTRICT, VILLAGE_OFFICER: "mask" } },
        // Free text can name anyone: read like the other contact data of the visit.
        officeRemarks: { access: CONTACT_FOR_VISIT },
        // Where the family lives when not in Taipei (R4): a location, read like the visit address.
        residenceCity: { access: CONTACT_FOR_VISIT },
        visitAddress: { mask: "address", access: CONTACT_FOR_VISIT },
        householdAddress: { mask: "address", access: { ...FULL_FOR_OFFICE_AND_DISTRICT, VILLAGE_OFFICER: "mask" } },
        newImmigrantPhone: { mask: "phone", access: CONTACT_FOR_VISIT },
        // Issue #9: the new immigrant's own 聯絡地址 (one line), granted like the visit address.
        contactAddress: { mask: "text", access: CONTACT_FOR_VISIT },
      },
      subjectOf: (inquiry) => inquiry.newImmigrantId,
    }),
    Address: typePolicy({
      readers: CASE_HANDLERS,
      rowScoped: false,
      open: ["districtCode", "village", "neighbourhood", "road", "section", "lane", "alley", "number", "floor", "floorUnit"],
      personal: {},
    }),
    HouseholdOffice: typePolicy({ readers: [...CASEWORK, CIVIL_AFFAIRS_ANALYST, AUDITOR], rowScoped: false, open: ["code", "name", "districtName"], personal: {} }),
    PersonConnection: typePolicy({ readers: CASE_HANDLERS, rowScoped: false, open: ["edges", "pageInfo", "totalCount"], personal: {} }),
    PersonEdge: typePolicy({ readers: CASE_HANDLERS, rowScoped: false, open: ["cursor", "node"], personal: {} }),
    AuditEntry: typePolicy({ readers: [AUDITOR], rowScoped: false, open: [...AUDIT_ENTRY_FIELDS], personal: {} }),
    /** 附件3 (A4): dates, counts and seals, no personal data; the entries are inquiries under their own scope. */
    HandoverLedger: typePolicy({
      readers: [HOUSEHOLD_CLERK, DISTRICT_CASE_OFFICER],
      rowScoped: true,
      open: ["id", "officeCode", "receivingDistrictCode", "ledgerDate", "formCount", "handedOverBy", "handedOverAt", "remark", "stampText", "entries", "delivery"],
      personal: {},
    }),
    /** A step's due time and state (D9): no personal data; reached only through an inquiry in scope. */
    Deadline: typePolicy({ readers: CASE_HANDLERS, rowScoped: false, open: [...DEADLINE_FIELDS], personal: {} }),
    SchedulerRun: typePolicy({ readers: [AUDITOR], rowScoped: false, open: [...SCHEDULER_RUN_FIELDS], personal: {} }),
    SchedulerChange: typePolicy({ readers: [AUDITOR], rowScoped: false, open: [...SCHEDULER_CHANGE_FIELDS], personal: {} }),
    PageInfo: typePolicy({ readers: [...new Set([...CASE_HANDLERS, ...INBOX_OWNERS])], rowScoped: false, open: ["hasNextPage", "endCursor"], personal: {} }),
    /** A6: a district's return, reached only through a form in scope; its reason is free text about the form (may name the family). */
    CorrectionRequest: typePolicy({
      readers: CASE_HANDLERS,
      rowScoped: false,
      open: ["requestedAt", "district", "careCaseId", "correctedAt", "withdrawnAt"],
      // Issue #9: the office's reason for withdrawing is free text about the form too.
      personal: { reason: { access: FULL_FOR_OFFICE_AND_DISTRICT }, withdrawalReason: { access: FULL_FOR_OFFICE_AND_DISTRICT } },
    }),
    /**
     * Issue #8: the work, not the data: kind, step, due time and the form's key. Rows are the caller's
     * inbox scope (rowScope below). The form behind `consentInquiry` is the clerk's to read (under
     * ConsentInquiry's own policy and scope); 民政局 oversees due times and counts, not the forms.
     */
    HouseholdInboxItem: typePolicy({
      readers: INBOX_OWNERS,
      rowScoped: false,
      open: [...INBOX_ITEM_FIELDS],
      personal: { consentInquiry: { access: { HOUSEHOLD_CLERK: "allow" } } },
    }),
    HouseholdInboxPage: typePolicy({ readers: INBOX_OWNERS, rowScoped: false, open: [...INBOX_PAGE_FIELDS], personal: {} }),
    HouseholdInboxStateCount: typePolicy({ readers: INBOX_OWNERS, rowScoped: false, open: [...INBOX_COUNT_FIELDS], personal: {} }),
    /** Issue #9 (A9): the answer to the district's closing notice: the form's key, a date and a code, no personal data. */
    CaseClosedReceipt: typePolicy({ readers: CASE_CLOSERS, rowScoped: false, open: ["id", "closedOn", "closure"], personal: {} }),
    /** Kind and reference only; the caller's own (the query filters by recipient). */
    HouseholdNotification: typePolicy({ readers: [HOUSEHOLD_CLERK], rowScoped: false, open: [...NOTIFICATION_FIELDS], personal: {} }),
  },
  rowScope: {
    Person: { HOUSEHOLD_CLERK: "personsOfOffice", DISTRICT_CASE_OFFICER: "personsOfDistrict", VILLAGE_OFFICER: "visitTargetsInVillages" },
    Household: { HOUSEHOLD_CLERK: "householdsInDistrict", DISTRICT_CASE_OFFICER: "householdsInDistrict" },
    Registration: { HOUSEHOLD_CLERK: "registrationsOfOffice", DISTRICT_CASE_OFFICER: "registrationsOfDistrict", VILLAGE_OFFICER: "registrationsInVillages" },
    ConsentInquiry: { HOUSEHOLD_CLERK: "inquiriesOfOffice", DISTRICT_CASE_OFFICER: "inquiriesOfDistrict", VILLAGE_OFFICER: "inquiriesInVillages" },
    HandoverLedger: { HOUSEHOLD_CLERK: "ledgersOfOffice", DISTRICT_CASE_OFFICER: "ledgersToDistrict" },
    // Issue #8: whose forms' work each inbox lists (over the form alias); 民政局 sees only overdue steps there.
    HouseholdInboxItem: { HOUSEHOLD_CLERK: "inquiriesOfOffice", CIVIL_AFFAIRS_OFFICER: "inquiriesCityWide" },
  },
};

/** Issue #12: the office's parts of programme B each keep their own table (survey/survey.policy.ts: B7's 附表4; ex-officio/ex-officio.policy.ts: B2, B3), merged. */
export const householdPolicy: SubgraphPolicy = mergePolicies(officePolicy, surveyPolicy, exOfficioPolicy, householdFeedsPolicy);
