import { Role } from "../../../shared/auth/roles";
import { createsOwnRows, onlyThrough, SubgraphPolicy, typePolicy } from "../../../shared/authz/policy";

const { CIVIL_AFFAIRS_OFFICER, HOUSEHOLD_CLERK } = Role;

/**
 * B7 (issue #12): "Surveys go monthly via the civil affairs department to social units". 民政局
 * relays; it does not serve the family (social does, B9). So its officers see each month's batch —
 * months, offices, counts, the surveys' keys and dates, the notices queued — and none of the
 * answers: the survey says it is only for social workers' referral, and nothing in B7 asks the
 * bureau to act on a family's needs. The answers are stored (to forward them) with no GraphQL
 * field, so no grant could reach them. Only household's service delivers a survey (D3); its acting
 * role is the office's clerk, who gets the receipt's metadata back.
 */
export const teenParentPolicy: SubgraphPolicy = {
  writes: {
    "Mutation.receiveTeenParentSurveys": onlyThrough(
      "household",
      createsOwnRows("B7: 民政局's own copy of a survey household relays monthly, and its notices to social (one per baby)"),
    ),
  },
  operations: {
    "Mutation.receiveTeenParentSurveys": [HOUSEHOLD_CLERK],
    "Query.teenParentSurveyBatches": [CIVIL_AFFAIRS_OFFICER],
  },
  types: {
    RelayedTeenParentSurvey: typePolicy({
      readers: [CIVIL_AFFAIRS_OFFICER, HOUSEHOLD_CLERK],
      rowScoped: false,
      open: ["id", "month", "officeCode", "surveyId", "babyCount", "noticeCount", "referredOn", "receivedAt"],
      personal: {},
    }),
    TeenParentSurveyBatch: typePolicy({
      readers: [CIVIL_AFFAIRS_OFFICER],
      rowScoped: false,
      open: ["month", "surveyCount", "babyCount", "noticeCount", "offices", "surveys"],
      personal: {},
    }),
    TeenParentSurveyOfficeCount: typePolicy({ readers: [CIVIL_AFFAIRS_OFFICER], rowScoped: false, open: ["officeCode", "surveyCount", "babyCount"], personal: {} }),
  },
  rowScope: {},
};
