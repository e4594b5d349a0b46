import { Role } from "../../../shared/auth/roles";
import { loadTarget } from "../../../shared/authz/guards";
import { createsOwnRows, onlyThrough, typePolicy, writesTarget } from "../../../shared/authz/policy";
import type { DistrictContext } from "../loaders";
import { FollowUpRequest } from "./follow-up.entity";

/**
 * The district's follow-ups of children (issue #12; B2, B9; D3, D4), spread into policy.ts. Why:
 * - The household office (B2, B3: a child registered or moved ex officio who cannot be found) and a
 *   social unit (B9) ask the district office of the child's household district. The request
 *   arrives only through the sender's service (D3), for a clerk or a social worker; a user's own
 *   token is FORBIDDEN. The sender reads where its requests stand (status, dates, the deadline),
 *   not the district's copy of the child nor the follow-up: the reply reaches it through its own
 *   intake (follow-up.hand-offs.ts).
 * - 人文課 of the household district sees its district's requests in full (the child, whom to
 *   contact, the follow-up) and assigns the 里幹事; another district's is FORBIDDEN.
 * - The 里幹事 sees the requests assigned to them (in their district) in full, as the visit's
 *   officer sees the visited person (A6–A8), and records the follow-up; 人文課 may record it too
 *   (as it records visits). Nobody else reads the rows.
 */
const { HOUSEHOLD_CLERK, DISTRICT_CASE_OFFICER, VILLAGE_OFFICER, SOCIAL_WORKER } = Role;

const DISTRICT_STAFF = [DISTRICT_CASE_OFFICER, VILLAGE_OFFICER];
const REQUESTERS = [HOUSEHOLD_CLERK, SOCIAL_WORKER];
const FOR_THE_DISTRICT = { DISTRICT_CASE_OFFICER: "allow", VILLAGE_OFFICER: "allow" } as const;

const onRequest = writesTarget<{ followUpRequestId?: string; input?: { followUpRequestId: string } }, DistrictContext>("FollowUpRequest", (args, context) =>
  args.input === undefined
    ? loadTarget(context.loaders.followUpRequestById, args.followUpRequestId, "followUpRequestId")
    : loadTarget(context.loaders.followUpRequestById, args.input.followUpRequestId, "input.followUpRequestId"),
);

/** The district's copy of the child and of whom to contact, and the follow-up: the district's staff only. */
const DISTRICT_ONLY = [
  "childIdNumber", "childName", "childBirthDate", "childSex", "motherName", "motherIdNumber", "contacts",
  "assignedOfficerId", "assignedOfficerName", "met", "whereabouts", "note", "recordedBy",
] as const;

export const followUpPolicy = {
  writes: {
    // D3 (B2, B9): only household's and social's services deliver; the district is the household district's, never the caller's.
    "Mutation.receiveFollowUpRequest": onlyThrough(
      ["household", "social"],
      createsOwnRows("B2, B9: stores the sender's request for the district office of the child's household district, once per client key"),
    ),
    "Mutation.assignFollowUpOfficer": onRequest,
    "Mutation.recordFollowUpResult": onRequest,
  },
  operations: {
    "Mutation.receiveFollowUpRequest": REQUESTERS,
    "Mutation.assignFollowUpOfficer": [DISTRICT_CASE_OFFICER],
    "Mutation.recordFollowUpResult": DISTRICT_STAFF,
    "Query.followUpRequest": [...DISTRICT_STAFF, ...REQUESTERS],
    "Query.followUpRequests": DISTRICT_STAFF,
  },
  types: {
    FollowUpRequest: typePolicy<FollowUpRequest, unknown>({
      readers: [...DISTRICT_STAFF, ...REQUESTERS],
      rowScoped: true,
      open: ["id", "reason", "requesterAgency", "requesterReference", "householdDistrictCode", "requestedOn", "receivedAt", "status", "followedUpOn", "repliedAt", "createdAt", "deadlines"],
      personal: Object.fromEntries(DISTRICT_ONLY.map((field) => [field, { access: FOR_THE_DISTRICT }])),
      subjectOf: (request) => request.personId,
    }),
    /** Reached only through a request in the caller's scope. */
    FollowUpContact: typePolicy({
      readers: DISTRICT_STAFF,
      rowScoped: false,
      open: [],
      personal: { name: { access: FOR_THE_DISTRICT }, relation: { access: FOR_THE_DISTRICT }, phone: { access: FOR_THE_DISTRICT }, address: { access: FOR_THE_DISTRICT } },
    }),
    FollowUpRequestConnection: typePolicy({ readers: DISTRICT_STAFF, rowScoped: false, open: ["edges", "pageInfo", "totalCount"], personal: {} }),
    FollowUpRequestEdge: typePolicy({ readers: DISTRICT_STAFF, rowScoped: false, open: ["cursor", "node"], personal: {} }),
  },
  rowScope: {
    FollowUpRequest: {
      DISTRICT_CASE_OFFICER: "followUpsOfDistrict",
      VILLAGE_OFFICER: "followUpsAssignedToOfficer",
      HOUSEHOLD_CLERK: "followUpsFromHouseholdOffice",
      SOCIAL_WORKER: "followUpsFromSocialUnit",
    },
  },
} as const;
