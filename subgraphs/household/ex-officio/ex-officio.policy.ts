import { Role } from "../../../shared/auth/roles";
import { loadTarget } from "../../../shared/authz/guards";
import { createsOwnRows, onlyThrough, SubgraphPolicy, typePolicy, writesTarget } from "../../../shared/authz/policy";
import type { HouseholdContext } from "../loaders";
import { ExOfficioRecord } from "./ex-officio.entity";

const { HOUSEHOLD_CLERK, POLICE_OFFICER, DISTRICT_CASE_OFFICER, VILLAGE_OFFICER } = Role;
/** Who records a follow-up at the district (B2): its reply arrives for them. */
const DISTRICT_STAFF = [DISTRICT_CASE_OFFICER, VILLAGE_OFFICER];
const CLERK = { HOUSEHOLD_CLERK: "allow" } as const;

/**
 * Issue #12 (B2, B3): the office's ex-officio births and moves. Why these grants:
 * - The clerk records them at their own office: a birth into a household of the clerk's district (or
 *   the office's own register), a move of a Person in the clerk's scope; another office's is FORBIDDEN.
 *   The record (the investigation, the mother, whom to contact, where the police found the child) is
 *   the office's: its clerks read it in full, nobody else — the police, the district and social get
 *   their own copies through the hand-offs (D3), not this record.
 * - The police's reply arrives only through the police's service (D3), for the officer who recorded
 *   the result; the officer reads only the receipt (no household row, no personal field).
 */
export const exOfficioPolicy: SubgraphPolicy = {
  writes: {
    "Mutation.recordExOfficioBirth": writesTarget<{ input: { householdId?: string | null } }, HouseholdContext>(
      "Household",
      (args, context) => loadTarget(context.loaders.householdById, args.input.householdId, "input.householdId"),
      { named: (args) => args.input.householdId !== undefined && args.input.householdId !== null },
    ),
    "Mutation.recordExOfficioMove": writesTarget<{ input: { personId: string } }, HouseholdContext>("Person", (args, context) =>
      loadTarget(context.loaders.personById, args.input.personId, "input.personId"),
    ),
    "Mutation.receiveExOfficioFollowUpReply": onlyThrough(
      "district",
      createsOwnRows("B2: keeps the district's follow-up on the ex-officio record that asked, once, when its key matches the request the office sent"),
    ),
    "Mutation.receiveSearchReply": onlyThrough("police", createsOwnRows("B2: keeps the police's result on the ex-officio record that asked, once, when its key matches the request the office sent")),
  },
  operations: {
    "Query.exOfficioRecord": [HOUSEHOLD_CLERK],
    "Mutation.recordExOfficioBirth": [HOUSEHOLD_CLERK],
    "Mutation.recordExOfficioMove": [HOUSEHOLD_CLERK],
    "Mutation.receiveSearchReply": [POLICE_OFFICER],
    "Mutation.receiveExOfficioFollowUpReply": DISTRICT_STAFF,
  },
  types: {
    ExOfficioRecord: typePolicy<ExOfficioRecord, unknown>({
      readers: [HOUSEHOLD_CLERK],
      rowScoped: true,
      open: [
        "id", "kind", "person", "officeCode", "householdDistrictCode", "recordedOn", "whereabouts", "leftCountry", "relativesQueried", "searchRequested",
        "searchRequestId", "searchOutcome", "searchResultOn", "createdAt", "followUpReply",
      ],
      personal: {
        investigation: { access: CLERK },
        nhiaContactAddress: { access: CLERK },
        motherName: { access: CLERK },
        motherIdNumber: { access: CLERK },
        contacts: { access: CLERK },
        foundAddress: { access: CLERK },
        foundContactName: { access: CLERK },
        foundContactPhone: { access: CLERK },
      },
      subjectOf: (record) => record.personId,
    }),
    /** Reached only through a record in the clerk's scope. */
    ExOfficioContact: typePolicy({
      readers: [HOUSEHOLD_CLERK],
      rowScoped: false,
      open: [],
      personal: { name: { access: CLERK }, relation: { access: CLERK }, phone: { access: CLERK }, address: { access: CLERK } },
    }),
    /** B2: the district's follow-up: its key and date for the district's officer (the acknowledgement), the rest for the clerk. */
    ExOfficioFollowUpReply: typePolicy({
      readers: [HOUSEHOLD_CLERK, ...DISTRICT_STAFF],
      rowScoped: false,
      open: ["id", "followUpRequestId", "followedUpOn", "receivedAt"],
      personal: { met: { access: CLERK }, whereabouts: { access: CLERK }, note: { access: CLERK } },
    }),
    /** The record's key and the outcome, no personal data: the police's acknowledgement. */
    SearchReplyReceipt: typePolicy({ readers: [POLICE_OFFICER], rowScoped: false, open: ["id", "outcome"], personal: {} }),
  },
  rowScope: {
    ExOfficioRecord: { HOUSEHOLD_CLERK: "exOfficioOfOffice" },
  },
};
