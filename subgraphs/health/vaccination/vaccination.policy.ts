import { Role } from "../../../shared/auth/roles";
import { loadTarget } from "../../../shared/authz/guards";
import { SubgraphPolicy, typePolicy, writesTarget } from "../../../shared/authz/policy";
import { DEADLINE_FIELDS } from "../../../shared/deadlines/fields";
import { FEED_RUN_FIELDS, FEED_SKIP_COUNT_FIELDS } from "../../../shared/feeds/resolver";
import { VaccinationFollowUp } from "./vaccination-follow-up.entity";
import type { VaccinationContext } from "./vaccination.context";

const { HEALTH_NURSE, SOCIAL_WORKER } = Role;

const NURSE_ONLY = { access: { HEALTH_NURSE: "allow" } } as const;
/** What the referral told social already (the notice's condition), and what became of the catch-up. */
const NURSE_AND_HOLDING_UNIT = { access: { HEALTH_NURSE: "allow", SOCIAL_WORKER: "allow" } } as const;
/** Reached only through a follow-up in the caller's scope. */
const FOLLOW_UP_READERS = [HEALTH_NURSE, SOCIAL_WORKER];
/**
 * A nurse never reads an ID number in full (as on programme A's referrals, tests/authz/invariants):
 * the name, birth date and address find the family; the full number goes to social in the notice
 * (service to service, D3), never to a screen.
 */
const NURSE_MASKED_ID = { mask: "idNumber", access: { HEALTH_NURSE: "mask" } } as const;

type FollowUpArgs = { input: { followUpId: string } };

/**
 * B4 (issue #12): the vaccination follow-ups are the 健康服務中心's, and only its 公衛護士 read
 * them (ARCHITECTURE's role table: "vaccination follow-ups of their centre"; PDPA art. 6: health
 * data). The child's identity, the CDC's overdue doses, the outcome (a refusal) and the referral's
 * condition (a protection concern) are personal; the dates, status and rule are not. Social sees
 * what the notice carries, in its own subgraph (D3), never these rows. The feed runs carry no
 * personal data; the centre's nurses see them (what the CDC's file gave, skipped and why).
 */
export const vaccinationPolicy: SubgraphPolicy = {
  operations: {
    "Query.vaccinationFollowUps": [HEALTH_NURSE],
    "Query.vaccinationFollowUp": [HEALTH_NURSE],
    "Query.healthFeedRuns": [HEALTH_NURSE],
    "Mutation.recordVaccinationReminder": [HEALTH_NURSE],
    "Mutation.recordVaccinationOutcome": [HEALTH_NURSE],
    "Mutation.referVaccinationFollowUpToSocial": [HEALTH_NURSE],
  },
  writes: {
    "Mutation.recordVaccinationReminder": writesTarget<FollowUpArgs, VaccinationContext>("VaccinationFollowUp", (args, context) =>
      loadTarget(context.loaders.vaccination.followUpById, args.input.followUpId, "input.followUpId"),
    ),
    "Mutation.recordVaccinationOutcome": writesTarget<FollowUpArgs, VaccinationContext>("VaccinationFollowUp", (args, context) =>
      loadTarget(context.loaders.vaccination.followUpById, args.input.followUpId, "input.followUpId"),
    ),
    "Mutation.referVaccinationFollowUpToSocial": writesTarget<{ id: string }, VaccinationContext>("VaccinationFollowUp", (args, context) =>
      loadTarget(context.loaders.vaccination.followUpById, args.id, "id"),
    ),
  },
  types: {
    VaccinationFollowUp: typePolicy<VaccinationFollowUp, VaccinationContext>({
      readers: FOLLOW_UP_READERS,
      rowScoped: true,
      open: [
        "id", "healthCentreCode", "windowStart", "windowEnd", "cdcRecordedOn", "screenedOn", "status", "outcomeOn", "referredOn", "noticeKey", "createdAt",
        "reminders", "catchUpRule", "deadlines",
      ],
      personal: {
        idNumber: NURSE_MASKED_ID,
        name: NURSE_ONLY,
        sex: NURSE_ONLY,
        birthDate: NURSE_ONLY,
        householdAddress: NURSE_ONLY,
        motherName: NURSE_ONLY,
        motherIdNumber: NURSE_MASKED_ID,
        doses: NURSE_ONLY,
        outcome: NURSE_AND_HOLDING_UNIT,
        referralCondition: NURSE_AND_HOLDING_UNIT,
      },
    }),
    // Values reached only through a scoped follow-up, whose rule guards them.
    OverdueDose: typePolicy({ readers: [HEALTH_NURSE], rowScoped: false, open: ["cdcRowId", "vaccine", "dose", "dueOn"], personal: {} }),
    VaccinationReminder: typePolicy({ readers: FOLLOW_UP_READERS, rowScoped: false, open: ["id", "followUpId", "remindedOn", "mode", "twoWay", "reached", "recordedBy", "createdAt"], personal: {} }),
    CatchUpReminderRule: typePolicy({ readers: FOLLOW_UP_READERS, rowScoped: false, open: ["remindersInWindow", "twoWayContacts", "holds"], personal: {} }),
    Deadline: typePolicy({ readers: [HEALTH_NURSE], rowScoped: false, open: [...DEADLINE_FIELDS], personal: {} }),
    FeedRun: typePolicy({ readers: [HEALTH_NURSE], rowScoped: false, open: [...FEED_RUN_FIELDS], personal: {} }),
    FeedSkipCount: typePolicy({ readers: [HEALTH_NURSE], rowScoped: false, open: [...FEED_SKIP_COUNT_FIELDS], personal: {} }),
  },
  rowScope: {
    VaccinationFollowUp: { HEALTH_NURSE: "followUpsOfCentre", SOCIAL_WORKER: "followUpsReferredToUnit" },
  },
};
