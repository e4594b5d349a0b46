import { Role } from "../../../shared/auth/roles";
import { loadTarget } from "../../../shared/authz/guards";
import { SubgraphPolicy, typePolicy, writesTarget } from "../../../shared/authz/policy";
import type { CivilAffairsContext } from "../loaders";
import { OnwardReferral } from "./onward-referral.entity";

const { CIVIL_AFFAIRS_OFFICER, DISTRICT_CASE_OFFICER } = Role;

/**
 * A11 (issue #9): 民政局's officers refer their own cases onward and record the outcomes; the
 * referring district reads them on the referral it sent (A10: 通報處理情形), like the handling.
 * The note and the outcome may describe the family: the officer and the district only. Rows are the
 * referral's: an onward referral is reached only through it, under its row scope.
 */
export const onwardPolicy: SubgraphPolicy = {
  writes: {
    "Mutation.referOnward": writesTarget<{ input: { referralId: string } }, CivilAffairsContext>("CivilAffairsReferral", (args, context) =>
      loadTarget(context.loaders.cases.referralById, args.input.referralId, "input.referralId"),
    ),
    // The target is the onward referral; the caller's scope is its referral's.
    "Mutation.recordOnwardOutcome": writesTarget<{ id: string }, CivilAffairsContext>("OnwardReferral", async (args, context) => {
      const onward = await loadTarget(context.loaders.onward.byId, args.id, "id");
      return onward === null ? null : context.loaders.cases.referralById.load(onward.referralId);
    }),
  },
  operations: {
    "Mutation.referOnward": [CIVIL_AFFAIRS_OFFICER],
    "Mutation.recordOnwardOutcome": [CIVIL_AFFAIRS_OFFICER],
  },
  types: {
    CivilAffairsReferral: typePolicy({ readers: [CIVIL_AFFAIRS_OFFICER, DISTRICT_CASE_OFFICER], rowScoped: true, open: ["onwardReferrals"], personal: {} }),
    OnwardReferral: typePolicy<OnwardReferral, CivilAffairsContext>({
      readers: [CIVIL_AFFAIRS_OFFICER, DISTRICT_CASE_OFFICER],
      rowScoped: false,
      open: ["id", "referralId", "target", "targetName", "targetKind", "referredOn", "outcomeOn", "createdAt"],
      personal: {
        note: { access: { CIVIL_AFFAIRS_OFFICER: "allow", DISTRICT_CASE_OFFICER: "allow" } },
        outcome: { access: { CIVIL_AFFAIRS_OFFICER: "allow", DISTRICT_CASE_OFFICER: "allow" } },
      },
      subjectOf: async (onward, context) => (await context.loaders.cases.referralById.load(onward.referralId))?.personId ?? null,
    }),
  },
  rowScope: {},
};
