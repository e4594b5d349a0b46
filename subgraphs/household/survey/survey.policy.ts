import { Role } from "../../../shared/auth/roles";
import { loadTarget } from "../../../shared/authz/guards";
import { SubgraphPolicy, typePolicy, writesTarget } from "../../../shared/authz/policy";
import type { HouseholdContext } from "../loaders";

const { HOUSEHOLD_CLERK } = Role;
const CLERK_ONLY = { HOUSEHOLD_CLERK: "allow" } as const;

/** A part of the form (a person's row, an address): every field the family's, the clerk's only. */
function clerkOnlyType(fields: readonly string[]) {
  return typePolicy({ readers: [HOUSEHOLD_CLERK], rowScoped: false, open: [], personal: Object.fromEntries(fields.map((field) => [field, { access: CLERK_ONLY }])) });
}

/**
 * B7 (issue #12): 附表4 is the office's. Its clerk asks it at the birth registration, records it and
 * reads it back; nobody else in household reads it: the district's 人文課 and the 里幹事 have no part
 * in B7 (the survey goes to social through 民政局, relay.job.ts), and the form itself says it is
 * "僅供轉介社會局（處）社工人員提供福利服務，不另作他途之用". So every answer — and even whether a
 * registration's parent was under 20 (an age) — is the clerk's only, on their office's rows.
 */
export const surveyPolicy: SubgraphPolicy = {
  writes: {
    // The registration is the target: it must be one of the clerk's office (registrationsOfOffice).
    "Mutation.recordTeenParentSurvey": writesTarget<{ input: { registrationId: string } }, HouseholdContext>("Registration", (args, context) =>
      loadTarget(context.loaders.registrationById, args.input.registrationId, "input.registrationId"),
    ),
  },
  operations: {
    "Mutation.recordTeenParentSurvey": [HOUSEHOLD_CLERK],
    "Query.teenParentSurvey": [HOUSEHOLD_CLERK],
    "Query.teenParentSurveysDue": [HOUSEHOLD_CLERK],
  },
  types: {
    Registration: typePolicy({
      readers: [HOUSEHOLD_CLERK],
      rowScoped: true,
      open: [],
      personal: { teenParentSurveyDue: { access: CLERK_ONLY }, teenParentSurvey: { access: CLERK_ONLY } },
    }),
    TeenParentSurvey: typePolicy({
      readers: [HOUSEHOLD_CLERK],
      rowScoped: true,
      open: ["id", "officeCode", "declined", "clerkName", "clerkPhone", "referredOn", "relayedAt", "registration"],
      personal: {
        babies: { access: CLERK_ONLY },
        father: { access: CLERK_ONLY },
        mother: { access: CLERK_ONLY },
        carer: { access: CLERK_ONLY },
        householdAddress: { access: CLERK_ONLY },
        residenceSameAsHousehold: { access: CLERK_ONLY },
        residenceAddress: { access: CLERK_ONLY },
        facebook: { access: CLERK_ONLY },
        lineId: { access: CLERK_ONLY },
        otherContact: { access: CLERK_ONLY },
        needs: { access: CLERK_ONLY },
        needOther: { access: CLERK_ONLY },
        servicesReceived: { access: CLERK_ONLY },
        serviceOther: { access: CLERK_ONLY },
      },
    }),
    /** Reached only through a survey's personal fields, under its scope; personal themselves, so each read is audited too. */
    SurveyPerson: clerkOnlyType(["name", "idNumber", "birthDate", "phone"]),
    SurveyCarer: clerkOnlyType(["name", "idNumber", "birthDate", "phone", "relationship"]),
    SurveyAddress: clerkOnlyType(["city", "district", "road", "section", "lane", "alley", "number"]),
  },
  rowScope: {
    TeenParentSurvey: { HOUSEHOLD_CLERK: "surveysOfOffice" },
  },
};
