import type { EntityManager } from "typeorm";
import { Role } from "../../../shared/auth/roles";
import { FOLLOW_UP_SUBJECT } from "../deadlines";
import { notifyBreachesOf } from "../inbox/district-notifications";

/**
 * B2, B9 (issue #12), the deadline pass's hook beside the cases' (notifyNewBreaches): a follow-up
 * whose 1-month reply this pass breached, still unanswered, is notified to 人文課 of the household
 * district and to the 里幹事 it is assigned to (if any), once per deadline and recipient.
 */
export function notifyFollowUpBreaches(manager: Pick<EntityManager, "query">, passInstant: Date): Promise<void> {
  return notifyBreachesOf(
    manager,
    passInstant,
    { type: FOLLOW_UP_SUBJECT, table: "follow_up_requests" },
    `(CAST(NULL AS text), "c"."household_district_code", '${Role.DISTRICT_CASE_OFFICER}', 'unit:' || "c"."household_district_code" || ':${Role.DISTRICT_CASE_OFFICER}'),
     ("c"."assigned_officer_id", CAST(NULL AS text), CAST(NULL AS text), 'user:' || coalesce("c"."assigned_officer_id", ''))`,
  );
}
