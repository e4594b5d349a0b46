import { Role } from "../../../shared/auth/roles";
import { loadTarget } from "../../../shared/authz/guards";
import { createsOwnRows, onlyThrough, SubgraphPolicy, typePolicy, WriteDeclaration, writesTarget } from "../../../shared/authz/policy";
import { DEADLINE_FIELDS } from "../../../shared/deadlines/fields";
import { PROTECTION_REPORTERS } from "../../../shared/domain/child-care";
import type { SubgraphContext } from "../../../shared/subgraph/context";
import { ChildCareCase, ChildCareNotice, ChildCareRecordMatch, ChildFound } from "./child-care.entities";
import type { ChildCareLoaders } from "./child-care.loaders";
import { ChildCareReply } from "./child-care.replies";
import { ChildProtectionReport } from "./protection-report.entity";
import { PROTECTION_REPORT_SUBJECT } from "./protection-report.service";

const { SOCIAL_WORKER, HOUSEHOLD_CLERK, HEALTH_NURSE, POLICE_OFFICER, CIVIL_AFFAIRS_OFFICER, DISTRICT_CASE_OFFICER, VILLAGE_OFFICER } = Role;
/** Who records a follow-up at the district (B9): its reply arrives for them. */
const DISTRICT_STAFF = [DISTRICT_CASE_OFFICER, VILLAGE_OFFICER];

type Context = SubgraphContext<{ childCare: ChildCareLoaders }>;

/** docs/programme-b.md: the agencies whose subgraphs deliver child-care notices, and their users' roles. */
const SENDER_SERVICES = ["household", "health", "police", "civil-affairs"] as const;
const SENDERS = [HOUSEHOLD_CLERK, HEALTH_NURSE, POLICE_OFFICER, CIVIL_AFFAIRS_OFFICER];

/** The social worker holds the case: the work only on a case of their unit (row scope childCareCasesOfUnit). */
function onCase<Args>(caseIdOf: (args: Args) => unknown, field: string): WriteDeclaration {
  return writesTarget<Args, Context>("ChildCareCase", (args, context) => loadTarget(context.loaders.childCare.caseById, caseIdOf(args), field));
}

const workerOnly = { SOCIAL_WORKER: "allow" } as const;
/**
 * The house's reading of the role table (tests/authz/invariants): a 社工 never reads a national ID
 * or resident certificate number in full. The matching on it is the platform's (one child, one
 * case; the entry/exit screening); the worker recognises the child by the masked number.
 */
const idMasked = { mask: "idNumber", access: { SOCIAL_WORKER: "mask" } } as const;

/**
 * Issue #12 (programme B): 社會局's child-care cases (D4). Why these grants:
 * - The senders of docs/programme-b.md (household, health, police, civil-affairs) deliver notices
 *   from their own records (D3): only their services' tokens, for a user of theirs. They see what
 *   became of their notice (its screening, the case key), never the case.
 * - The police deliver a FOUND (B9), and a NOT_FOUND of a search social asked for, through their
 *   service only; the district delivers its follow-up's reply (B9) through its service only, for
 *   the officer who recorded it. The holding unit is notified; the sender reads back the key, the
 *   outcome and the date, never the notes or where the child is.
 * - The 社工 of the holding unit (the household district's care point, child-care.units.ts) reads
 *   and works the unit's cases only (row scope): the child, the notices and their merges (and
 *   undoes a merge), the B3 matching, the requests to the district and the police, the visit, the
 *   report and the closing review. The child's identity (ID numbers masked), the assessment, the treatment and what the
 *   records showed are personal data: the worker only, audited.
 * - An excluded notice reaches no unit: the exclusions are listed without any personal data (the
 *   category, the reason, the dates and the district) for social and 民政局's coordination
 *   (B12: the programme's oversight), and counted for the analyst too.
 * - Imports of outside agencies' files (categories 5, 6, the entry/exit records) create social's
 *   own rows; a social worker runs them.
 * - B10: a child-protection report (兒少權法 art. 53/54), filed by any role on the district's
 *   `fileProtectionReport`, arrives only through the district's service, for the filer. Social's
 *   copy is the receiving unit's (the case's holding unit, else the family service centre): its
 *   社工 read it on the case and on the child's unified view; who filed it and what was found are
 *   personal (a staff name, violence details), the worker only, audited. Another unit's report
 *   shows its key and FORBIDDEN, so the worker knows a report exists elsewhere.
 */
export const childCarePolicy: SubgraphPolicy = {
  writes: {
    "Mutation.receiveChildCareNotice": onlyThrough([...SENDER_SERVICES], createsOwnRows("Stores the sender's notice and, when it passes the screening, its child's case at the household district's unit")),
    "Mutation.receiveChildFound": onlyThrough("police", createsOwnRows("Stores the police's FOUND on the case of the search it names and notifies the holding unit")),
    "Mutation.receiveProtectionReport": onlyThrough("district", createsOwnRows("B10: stores social's copy of the district's child-protection report and notifies the receiving unit")),
    "Mutation.receiveChildNotFound": onlyThrough("police", createsOwnRows("Stores the police's NOT_FOUND on the case of social's search it names and notifies the holding unit")),
    "Mutation.receiveChildCareFollowUpReply": onlyThrough("district", createsOwnRows("Stores the district's follow-up on the case of social's request it names (its key checked) and notifies the holding unit")),
    "Mutation.undoChildCareMerge": writesTarget<{ mergeId: string }, Context>("ChildCareMerge", async (args, context) => {
      const merge = await loadTarget(context.loaders.childCare.mergeById, args.mergeId, "mergeId");
      return merge === null ? null : context.loaders.childCare.caseById.load(merge.caseId);
    }),
    "Mutation.recordChildCareRecordMatch": onCase<{ input: { caseId: string } }>((args) => args.input.caseId, "input.caseId"),
    "Mutation.requestChildCareFollowUp": onCase<{ caseId: string }>((args) => args.caseId, "caseId"),
    "Mutation.requestChildCareSearch": onCase<{ caseId: string }>((args) => args.caseId, "caseId"),
    "Mutation.recordChildCareVisit": onCase<{ input: { caseId: string } }>((args) => args.input.caseId, "input.caseId"),
    "Mutation.sendChildCareCaseForReview": onCase<{ caseId: string }>((args) => args.caseId, "caseId"),
    "Mutation.reviewChildCareClosing": onCase<{ input: { caseId: string } }>((args) => args.input.caseId, "input.caseId"),
    "Mutation.importEntryExitRecords": createsOwnRows("Stores the immigration agency's entry/exit rows in social's own screening table, once per row key"),
    "Mutation.importNotEnrolledChildren": createsOwnRows("Each row of 附表二's list is a notice of social's own import, screened like any other"),
    "Mutation.importChildrenInCustody": createsOwnRows("Each row of 附表三's list is a notice of social's own import, screened like any other"),
  },
  operations: {
    "Query.childCareCase": [SOCIAL_WORKER],
    "Query.childCareCases": [SOCIAL_WORKER],
    "Query.childCareExclusions": [SOCIAL_WORKER, CIVIL_AFFAIRS_OFFICER],
    // All-time counts, unsuppressed, for the coordination screens: not the analyst, whose figures
    // are careStatistics' childCareExclusions, small cells suppressed (issue #10).
    "Query.childCareExclusionCounts": [SOCIAL_WORKER, CIVIL_AFFAIRS_OFFICER],
    "Mutation.receiveChildCareNotice": SENDERS,
    "Mutation.receiveChildFound": [POLICE_OFFICER],
    "Mutation.receiveProtectionReport": PROTECTION_REPORTERS,
    "Mutation.receiveChildNotFound": [POLICE_OFFICER],
    "Mutation.receiveChildCareFollowUpReply": DISTRICT_STAFF,
    "Mutation.undoChildCareMerge": [SOCIAL_WORKER],
    "Mutation.recordChildCareRecordMatch": [SOCIAL_WORKER],
    "Mutation.requestChildCareFollowUp": [SOCIAL_WORKER],
    "Mutation.requestChildCareSearch": [SOCIAL_WORKER],
    "Mutation.recordChildCareVisit": [SOCIAL_WORKER],
    "Mutation.sendChildCareCaseForReview": [SOCIAL_WORKER],
    "Mutation.reviewChildCareClosing": [SOCIAL_WORKER],
    "Mutation.importEntryExitRecords": [SOCIAL_WORKER],
    "Mutation.importNotEnrolledChildren": [SOCIAL_WORKER],
    "Mutation.importChildrenInCustody": [SOCIAL_WORKER],
  },
  types: {
    ChildCareCase: typePolicy<ChildCareCase, Context>({
      readers: [SOCIAL_WORKER],
      rowScoped: true,
      open: [
        "id", "holdingUnit", "householdDistrictCode", "personId", "status", "receivedAt", "visitedOn", "sentForReviewAt", "closedOn", "createdAt",
        "categories", "notices", "merges", "recordMatches", "requests", "found", "replies", "deadlines", "protectionReports",
      ],
      personal: {
        idNumber: idMasked,
        childName: { access: workerOnly },
        birthDate: { access: workerOnly },
        motherName: { access: workerOnly },
        motherIdNumber: idMasked,
        assessment: { access: workerOnly },
        treatment: { access: workerOnly },
        reviewNote: { access: workerOnly },
      },
      subjectOf: (held) => held.personId,
    }),
    ChildCareNotice: typePolicy<ChildCareNotice, Context>({
      readers: [SOCIAL_WORKER, ...SENDERS],
      rowScoped: false,
      open: [
        "id", "clientKey", "category", "senderService", "personId", "householdDistrictCode", "noticedOn", "screenedOn", "exclusionReason", "caseId", "receivedAt",
        "vaccinationFollowUp", "insuranceStatus",
      ],
      personal: {
        idNumber: idMasked,
        childName: { access: workerOnly },
        birthDate: { access: workerOnly },
        motherName: { access: workerOnly },
      },
      subjectOf: (notice) => notice.personId,
    }),
    ChildCareMerge: typePolicy({
      readers: [SOCIAL_WORKER],
      rowScoped: false,
      open: ["id", "noticeId", "caseId", "matchedOn", "mergedAt", "undoneAt", "undoneBy", "splitCaseId"],
      personal: {},
    }),
    ChildCareRecordMatch: typePolicy<ChildCareRecordMatch, Context>({
      readers: [SOCIAL_WORKER],
      rowScoped: false,
      open: ["id", "caseId", "source", "found", "matchedOn", "matchedByUnit", "createdAt"],
      personal: { note: { access: workerOnly } },
      subjectOf: async (match, context) => (await context.loaders.childCare.caseById.load(match.caseId))?.personId ?? null,
    }),
    ChildCareRequest: typePolicy({
      readers: [SOCIAL_WORKER],
      rowScoped: false,
      open: ["id", "caseId", "kind", "searchReason", "requestedOn", "outboxId", "createdAt"],
      personal: {},
    }),
    ChildFound: typePolicy<ChildFound, Context>({
      readers: [SOCIAL_WORKER, POLICE_OFFICER],
      rowScoped: false,
      open: ["id", "clientKey", "caseId", "searchRequestId", "foundOn", "receivedAt"],
      personal: { location: { access: workerOnly } },
      subjectOf: async (found, context) => (await context.loaders.childCare.caseById.load(found.caseId))?.personId ?? null,
    }),
    ChildCareReply: typePolicy<ChildCareReply, Context>({
      readers: [SOCIAL_WORKER, POLICE_OFFICER, ...DISTRICT_STAFF],
      rowScoped: false,
      open: ["id", "caseId", "requestId", "requestKind", "outcome", "repliedOn", "receivedAt"],
      personal: { whereabouts: { access: workerOnly }, note: { access: workerOnly } },
      subjectOf: async (reply, context) => (await context.loaders.childCare.caseById.load(reply.caseId))?.personId ?? null,
    }),
    Deadline: typePolicy({ readers: [SOCIAL_WORKER], rowScoped: false, open: [...DEADLINE_FIELDS], personal: {} }),
    ChildCareExclusion: typePolicy({
      readers: [SOCIAL_WORKER, CIVIL_AFFAIRS_OFFICER],
      rowScoped: false,
      open: ["id", "category", "reason", "senderService", "householdDistrictCode", "noticedOn", "screenedOn"],
      personal: {},
    }),
    ChildCareExclusionCount: typePolicy({ readers: [SOCIAL_WORKER, CIVIL_AFFAIRS_OFFICER], rowScoped: false, open: ["reason", "count"], personal: {} }),
    ImportReport: typePolicy({ readers: [SOCIAL_WORKER], rowScoped: false, open: ["taken", "excluded", "skipped"], personal: {} }),
    ImportSkip: typePolicy({ readers: [SOCIAL_WORKER], rowScoped: false, open: ["rowKey", "reason", "field"], personal: {} }),
    // D2: health's key only; health's policy decides what the follow-up shows (vaccination.policy.ts).
    VaccinationFollowUp: typePolicy({ readers: [SOCIAL_WORKER, ...SENDERS], rowScoped: false, open: ["id"], personal: {} }),
    // D2: health's key only; health's policy decides what the insurance status shows (insurance.policy.ts).
    InsuranceStatus: typePolicy({ readers: [SOCIAL_WORKER, ...SENDERS], rowScoped: false, open: ["id"], personal: {} }),
    // D2: the unified view of a child reaches its case through household's Person; out of the unit's scope it is null.
    Person: typePolicy({ readers: [SOCIAL_WORKER], rowScoped: false, open: ["id", "childCareCase", "protectionReports"], personal: {} }),
    // B10: the receiving unit's copy; the filer reads only the key of what it delivered (the intake's answer).
    ChildProtectionReport: typePolicy<ChildProtectionReport, Context>({
      readers: [SOCIAL_WORKER, ...PROTECTION_REPORTERS],
      rowScoped: true,
      open: ["id", "clientKey", "urgentReportId", "personId", "caseId", "receivingUnit", "article", "reportedAt", "reporterRole", "reporterOrg", "receivedAt"],
      personal: {
        reporterName: { access: workerOnly },
        summary: { access: workerOnly },
      },
      subjectOf: (report) => report.personId,
    }),
  },
  rowScope: {
    ChildCareCase: { SOCIAL_WORKER: "childCareCasesOfUnit" },
    [PROTECTION_REPORT_SUBJECT]: { SOCIAL_WORKER: "protectionReportsOfUnit" },
  },
};
