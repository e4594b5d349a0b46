import { Role } from "../../shared/auth/roles";
import { AUDIT_ENTRY_FIELDS } from "../../shared/authz/audit-policy";
import { loadTarget } from "../../shared/authz/guards";
import { createsOwnRows, onlyThrough, SubgraphPolicy, typePolicy, writesTarget } from "../../shared/authz/policy";
import { closureReceiverPolicy } from "../../shared/calendar/closures/policy";
import { DEADLINE_FIELDS, SCHEDULER_CHANGE_FIELDS, SCHEDULER_RUN_FIELDS } from "../../shared/deadlines/fields";
import { statisticsTypes } from "../../shared/statistics/policy";
import type { PoliceContext } from "./loaders";
import { SearchRequest } from "./search-request/search-request.entity";
import { POLICE_STATISTICS_FIELDS } from "./statistics/police-statistics";

/**
 * The police's access policy (D4, issue #12; PDPA art. 15–16). The whole policy of the police
 * subgraph is this file, with its row scopes in scope.ts; anything not granted is denied. Why:
 * - The household office (B2 ex-officio birth, B3 ex-officio move) and a social unit (B9: a missing
 *   child, a visit that is clearly difficult) ask the police of the child's household district to
 *   search. The request arrives only through the sender's service (D3), for a clerk or a social
 *   worker; a user's own token is FORBIDDEN. The sender reads where its requests stand (status,
 *   result, dates, deadlines), not the police's notes or where the child was found — FOUND reaches
 *   social and the household office through their own intakes (hand-offs.ts).
 * - 員警 (POLICE_OFFICER) of a precinct sees the requests to their precinct only (requestsToPrecinct)
 *   and, in them, the child and the persons to contact in full: the police's own copy (D3), as a
 *   referral carries whom to contact. They record the visit and the result of those requests only.
 *   household's Person gives them nothing (household's policy): the copy is here.
 * - The auditor reads the audit log and the scheduler's runs, never the data; the calendar owner
 *   delivers the city's closures (issue #8), which move the police's deadlines.
 * - 民政局's analyst reads the on-time figures of the two steps per precinct (B12), aggregates only.
 */
const { HOUSEHOLD_CLERK, DISTRICT_CASE_OFFICER, VILLAGE_OFFICER, SOCIAL_WORKER, HEALTH_NURSE, POLICE_OFFICER, CIVIL_AFFAIRS_OFFICER, AUDITOR } = Role;

/** Roles whose work is about individual families: they may open the unified view's Person, whose list here is row-scoped. */
const CASEWORK = [HOUSEHOLD_CLERK, DISTRICT_CASE_OFFICER, VILLAGE_OFFICER, SOCIAL_WORKER, HEALTH_NURSE, POLICE_OFFICER, CIVIL_AFFAIRS_OFFICER];

const REQUESTERS = [HOUSEHOLD_CLERK, SOCIAL_WORKER];
const READERS = [POLICE_OFFICER, ...REQUESTERS];
const OFFICER = { POLICE_OFFICER: "allow" } as const;

/** Issue #8: the calendar owner's closures, received through its service only (D3). */
const CLOSURES = closureReceiverPolicy("police");

export const policePolicy: SubgraphPolicy = {
  writes: {
    ...CLOSURES.writes,
    // D3 (B2, B3, B9): only household's and social's services deliver; the request names no row of
    // the police's yet, and its precincts come from the household district, never from the caller.
    "Mutation.receiveSearchRequest": onlyThrough(
      ["household", "social"],
      createsOwnRows("B2, B9: stores the sender's request for the precincts of the child's household district, once per client key"),
    ),
    // An officer records the steps of the requests to their own precinct only; another precinct's is FORBIDDEN.
    "Mutation.recordSearchVisit": writesTarget<{ input: { searchRequestId: string } }, PoliceContext>("SearchRequest", (args, context) =>
      loadTarget(context.loaders.searchRequestById, args.input.searchRequestId, "input.searchRequestId"),
    ),
    "Mutation.recordSearchResult": writesTarget<{ input: { searchRequestId: string } }, PoliceContext>("SearchRequest", (args, context) =>
      loadTarget(context.loaders.searchRequestById, args.input.searchRequestId, "input.searchRequestId"),
    ),
  },
  operations: {
    ...CLOSURES.operations,
    "Mutation.receiveSearchRequest": REQUESTERS,
    "Mutation.recordSearchVisit": [POLICE_OFFICER],
    "Mutation.recordSearchResult": [POLICE_OFFICER],
    "Query.searchRequest": READERS,
    "Query.searchRequests": [POLICE_OFFICER],
    "Query.policeAuditLog": [AUDITOR],
    "Query.policeSchedulerRuns": [AUDITOR],
  },
  types: {
    ...CLOSURES.types,
    SearchRequest: typePolicy<SearchRequest, unknown>({
      readers: READERS,
      rowScoped: true,
      open: [
        "id", "reason", "requesterAgency", "requesterReference", "householdDistrictCode", "precinctCodes", "requestedOn", "receivedAt", "status",
        "visitedOn", "outcome", "resultOn", "createdAt", "deadlines", "person",
      ],
      personal: {
        childIdNumber: { access: OFFICER },
        childName: { access: OFFICER },
        childBirthDate: { access: OFFICER },
        childSex: { access: OFFICER },
        motherName: { access: OFFICER },
        motherIdNumber: { access: OFFICER },
        contacts: { access: OFFICER },
        // Free text about the family, and where the child is: the searching officers only.
        visitNote: { access: OFFICER },
        foundAddress: { access: OFFICER },
        foundContactName: { access: OFFICER },
        foundContactPhone: { access: OFFICER },
        // Staff names are not the family's, but who searched is the police's business only.
        officerName: { access: OFFICER },
      },
      subjectOf: (request) => request.personId,
    }),
    /** Reached only through a request in the officer's scope. */
    SearchContact: typePolicy({
      readers: [POLICE_OFFICER],
      rowScoped: false,
      open: [],
      personal: { name: { access: OFFICER }, relation: { access: OFFICER }, phone: { access: OFFICER }, address: { access: OFFICER } },
    }),
    SearchRequestConnection: typePolicy({ readers: [POLICE_OFFICER], rowScoped: false, open: ["edges", "pageInfo", "totalCount"], personal: {} }),
    SearchRequestEdge: typePolicy({ readers: [POLICE_OFFICER], rowScoped: false, open: ["cursor", "node"], personal: {} }),
    PageInfo: typePolicy({ readers: [POLICE_OFFICER], rowScoped: false, open: ["hasNextPage", "endCursor"], personal: {} }),
    /** The police's part of the unified view: the list is row-scoped, so another precinct's officer (or a role with no scope) sees it empty. */
    Person: typePolicy({ readers: CASEWORK, rowScoped: false, open: ["id", "searchRequests"], personal: {} }),
    /** A step's due time and state (D9): no personal data; reached only through a request in scope. */
    Deadline: typePolicy({ readers: READERS, rowScoped: false, open: [...DEADLINE_FIELDS], personal: {} }),
    AuditEntry: typePolicy({ readers: [AUDITOR], rowScoped: false, open: [...AUDIT_ENTRY_FIELDS], personal: {} }),
    SchedulerRun: typePolicy({ readers: [AUDITOR], rowScoped: false, open: [...SCHEDULER_RUN_FIELDS], personal: {} }),
    SchedulerChange: typePolicy({ readers: [AUDITOR], rowScoped: false, open: [...SCHEDULER_CHANGE_FIELDS], personal: {} }),
    // Issue #12 (B12): the steps' on-time figures per precinct, counts of groups, for 民政局's analyst only.
    ...statisticsTypes(POLICE_STATISTICS_FIELDS.map((table) => table.field)),
  },
  rowScope: {
    SearchRequest: { POLICE_OFFICER: "requestsToPrecinct", HOUSEHOLD_CLERK: "requestsFromOffice", SOCIAL_WORKER: "requestsFromUnit" },
  },
};
