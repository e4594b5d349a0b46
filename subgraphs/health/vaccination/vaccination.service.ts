import { randomUUID } from "crypto";
import type { DataSource, EntityManager } from "typeorm";
import type { Principal } from "../../../shared/auth/principal";
import { markInScope } from "../../../shared/authz/row-scope";
import { now, taipeiToday } from "../../../shared/clock";
import { ChildCareCategory } from "../../../shared/domain/child-care";
import { badUserInput, conflict, notFound } from "../../../shared/errors";
import { enqueue } from "../../../shared/outbox/enqueue";
import { notBefore, notInFuture } from "../../../shared/validation/dates";
import { FOLLOW_UP_SUBJECT, healthDeadlines } from "../deadlines";
import { VaccinationFollowUp } from "./vaccination-follow-up.entity";
import { VaccinationReminder } from "./vaccination-reminder.entity";
import { ContactedPerson, ReminderMode, VaccinationFollowUpStatus, VaccinationOutcome, VaccinationReferralCondition } from "./vaccination.enums";
import { VaccinationOutcomeInput, VaccinationReminderInput } from "./vaccination.input";
import { catchUpRuleOf } from "./vaccination.rule";
import { assertOpen, assertTransition, CONDITION_NEEDS_OUTCOME } from "./vaccination.transitions";

/** Social's intake of a child-care notice (docs/programme-b.md), by operation name in health's outbox documents. */
export const RECEIVE_CHILD_CARE_NOTICE = "ReceiveChildCareNotice";

export const CHILD_CARE_NOTICE_DOCUMENTS: Readonly<Record<string, string>> = {
  [RECEIVE_CHILD_CARE_NOTICE]: `mutation ReceiveChildCareNotice($input: ChildCareNoticeInput!) { receiveChildCareNotice(input: $input) { id } }`,
};

const STEP = "VACCINATION_CATCH_UP";

async function lockedFollowUp(manager: EntityManager, id: string): Promise<VaccinationFollowUp> {
  const followUp = await manager.getRepository(VaccinationFollowUp).findOne({ where: { id }, lock: { mode: "pessimistic_write" } });
  if (followUp === null) {
    // The write declaration loaded it a moment ago; gone since (a purge) is NOT_FOUND, not a crash.
    throw notFound("VaccinationFollowUp");
  }
  return followUp;
}

/** The follow-up as written, for the mutation's answer (the write declaration checked its scope). */
async function reloaded(manager: EntityManager, id: string): Promise<VaccinationFollowUp> {
  const [followUp] = markInScope([await manager.getRepository(VaccinationFollowUp).findOneByOrFail({ id })]);
  return followUp;
}

/**
 * B4: a catch-up reminder. A two-way contact names whom it reached (a parent, grandparent or main
 * carer); a letter is never two-way. When the rule first holds (≥3 in the window, ≥1 two-way),
 * the 6-month catch-up deadline is met.
 */
export function recordVaccinationReminder(dataSource: DataSource, principal: Principal, input: VaccinationReminderInput): Promise<VaccinationFollowUp> {
  const reached: ContactedPerson | null = input.reached ?? null;
  if (input.twoWay !== (reached !== null)) {
    throw badUserInput("input.reached is given exactly when the contact is two-way", "input.reached");
  }
  if (input.twoWay && input.mode === ReminderMode.LETTER) {
    throw badUserInput("A letter is not a two-way contact", "input.twoWay");
  }
  notInFuture(input.remindedOn, "input.remindedOn");
  return dataSource.transaction(async (manager) => {
    const followUp = await lockedFollowUp(manager, input.followUpId);
    assertOpen(followUp.status);
    notBefore(input.remindedOn, followUp.windowStart, "input.remindedOn", "the CDC's window start");
    const at = now();
    const reminders = manager.getRepository(VaccinationReminder);
    await reminders.insert({ id: randomUUID(), followUpId: followUp.id, remindedOn: input.remindedOn, mode: input.mode, twoWay: input.twoWay, reached, recordedBy: principal.subject, createdAt: at });
    if (catchUpRuleOf(followUp, await reminders.find({ where: { followUpId: followUp.id } })).holds) {
      await healthDeadlines.meet(manager, { type: FOLLOW_UP_SUBJECT, id: followUp.id }, STEP, at);
    }
    return reloaded(manager, followUp.id);
  });
}

/** B4: what came of the catch-up, once. VACCINATED ends the follow-up (and its deadline, if not met). */
export function recordVaccinationOutcome(dataSource: DataSource, input: VaccinationOutcomeInput): Promise<VaccinationFollowUp> {
  notInFuture(input.outcomeOn, "input.outcomeOn");
  return dataSource.transaction(async (manager) => {
    const followUp = await lockedFollowUp(manager, input.followUpId);
    assertOpen(followUp.status);
    if (followUp.outcome !== null) {
      throw conflict("The follow-up's outcome is already recorded");
    }
    notBefore(input.outcomeOn, followUp.windowStart, "input.outcomeOn", "the CDC's window start");
    const vaccinated = input.outcome === VaccinationOutcome.VACCINATED;
    if (vaccinated) {
      assertTransition(followUp.status, VaccinationFollowUpStatus.VACCINATED);
      await healthDeadlines.end(manager, { type: FOLLOW_UP_SUBJECT, id: followUp.id }, VaccinationOutcome.VACCINATED, now());
    }
    await manager.getRepository(VaccinationFollowUp).update(
      { id: followUp.id },
      { outcome: input.outcome, outcomeOn: input.outcomeOn, status: vaccinated ? VaccinationFollowUpStatus.VACCINATED : followUp.status },
    );
    return reloaded(manager, followUp.id);
  });
}

/**
 * B4 (a)–(d): refers the child to social units. The notice goes out through health's outbox in the
 * same transaction (D3): social's `receiveChildCareNotice` as docs/programme-b.md describes
 * (category OVERDUE_VACCINATION), for the nurse who referred, keyed by the outbox row. (c) and (d)
 * need the outcome that says so; (a) is at once, whatever the reminders.
 */
export function referVaccinationFollowUpToSocial(
  dataSource: DataSource,
  principal: Principal,
  id: string,
  condition: VaccinationReferralCondition,
): Promise<VaccinationFollowUp> {
  return dataSource.transaction(async (manager) => {
    const followUp = await lockedFollowUp(manager, id);
    assertTransition(followUp.status, VaccinationFollowUpStatus.REFERRED);
    const needed = CONDITION_NEEDS_OUTCOME[condition];
    if (needed !== null && followUp.outcome !== needed) {
      throw conflict(`Condition ${condition} needs the outcome ${needed} recorded first`);
    }
    const referredOn = taipeiToday();
    const noticeKey = await enqueue(manager, {
      kind: "child-care-notice",
      operation: RECEIVE_CHILD_CARE_NOTICE,
      actor: principal,
      variables: (clientKey) => ({
        input: {
          clientKey,
          category: ChildCareCategory.OVERDUE_VACCINATION,
          idNumber: followUp.idNumber,
          name: followUp.name,
          birthDate: followUp.birthDate,
          sex: followUp.sex,
          motherName: followUp.motherName,
          motherIdNumber: followUp.motherIdNumber,
          householdDistrict: followUp.healthCentreCode,
          noticedOn: referredOn,
          vaccinationWindowStart: followUp.windowStart,
          vaccinationWindowEnd: followUp.windowEnd,
          vaccinationReferralCondition: condition,
          vaccinationFollowUpId: followUp.id,
        },
      }),
    });
    await healthDeadlines.end(manager, { type: FOLLOW_UP_SUBJECT, id: followUp.id }, "REFERRED_TO_SOCIAL", now());
    await manager.getRepository(VaccinationFollowUp).update({ id: followUp.id }, { status: VaccinationFollowUpStatus.REFERRED, referralCondition: condition, referredOn, noticeKey });
    return reloaded(manager, followUp.id);
  });
}
