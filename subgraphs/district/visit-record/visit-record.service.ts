import { randomUUID } from "crypto";
import { DataSource } from "typeorm";
import { now, taipeiDateOf } from "../../../shared/clock";
import { isUniqueViolation } from "../../../shared/db/unique-violation";
import { VisitFormBoxKind } from "../../../shared/directory/visit-form-box-kind";
import { badUserInput, conflict } from "../../../shared/errors";
import { CareCaseClosure, CareCaseStatus, VisitOutcome } from "../../../shared/graphql/enums";
import { echoableCode } from "../../../shared/validation/code-echo";
import { optionalPhone } from "../../../shared/validation/contact";
import { notInFuture } from "../../../shared/validation/dates";
import { optionalText, requiredText } from "../../../shared/validation/form-text";
import { CareCase } from "../care-case/care-case.entity";
import { lockedCareCase } from "../care-case/care-case.service";
import { CARE_CASE_SUBJECT, districtDeadlines } from "../deadlines";
import { formName, VisitForm, visitFormInForce } from "../directory/printed-form";
import { referralNeeds } from "../referral/case-referral.service";
import { referralRoutes } from "../referral/referral-targets";
import { signOffLevelsOf } from "../sign-off/sign-off-levels.service";
import { VisitAttempt } from "../visit-attempt/visit-attempt.entity";
import { DEFAULT_SERVICE_ITEM, PlannedReferral, VisitRecord, VisitRecordState } from "./visit-record.entity";
import { ReferralPlanInput, VisitRecordInput } from "./visit-record.input";

const LONG_TEXT = 2000;
const ALREADY_HANDED_IN = "A visit record was already handed in for this care case";

/**
 * C1 (issue #9): the boxes ticked, each once, in the form's order (A8), whatever order they were
 * sent in; each must be a box of the visit form in force (民政局's version the district received,
 * else the printed form: visitFormInForce), or BAD_USER_INPUT naming the field.
 */
function tickedOnForm(form: VisitForm, values: readonly string[] | undefined | null): string[] {
  const chosen = [...new Set(values ?? [])];
  const missing = chosen.filter((code) => !form.boxes.some((box) => box.code === code));
  if (missing.length > 0) {
    throw badUserInput(`needs: ${missing.map(echoableCode).join(", ")} is not a box of ${formName(form)}`, "needs");
  }
  return [...form.boxes].sort((a, b) => a.order - b.order).map((box) => box.code).filter((code) => chosen.includes(code));
}

interface RecordDates {
  readonly visitedOn: string | null;
  readonly firstMissedOn: string | null;
  readonly secondMissedOn: string | null;
}

function checkOutcome(outcome: VisitOutcome, needs: string[], otherTicked: boolean, needsOther: string | null, dates: RecordDates, handedOverOn: string): void {
  const missed = outcome === VisitOutcome.MISSED;
  if (outcome === VisitOutcome.NEEDS_HELP && needs.length === 0) {
    throw badUserInput("needs must name at least one need when the outcome is NEEDS_HELP", "needs");
  }
  if (outcome !== VisitOutcome.NEEDS_HELP && needs.length > 0) {
    throw badUserInput("needs must be empty unless the outcome is NEEDS_HELP", "needs");
  }
  if (otherTicked !== (needsOther !== null)) {
    throw badUserInput("needsOther describes the OTHER need: required with it, not allowed without it", "needsOther");
  }
  if (missed && dates.firstMissedOn === null) {
    throw badUserInput("firstMissedOn is required when the outcome is MISSED (A7)", "firstMissedOn");
  }
  if (!missed && dates.visitedOn === null) {
    throw badUserInput("visitedOn is required when somebody was met", "visitedOn");
  }
  if (missed && dates.visitedOn !== null) {
    throw badUserInput("visitedOn must be empty when nobody was met; use firstMissedOn and secondMissedOn", "visitedOn");
  }
  if (!missed && dates.secondMissedOn !== null) {
    throw badUserInput("secondMissedOn is only allowed when the outcome is MISSED (A7)", "secondMissedOn");
  }
  if (dates.secondMissedOn !== null && (dates.firstMissedOn === null || dates.secondMissedOn <= dates.firstMissedOn)) {
    throw badUserInput("secondMissedOn must be after firstMissedOn", "secondMissedOn");
  }
  for (const [field, date] of [
    ["visitedOn", dates.visitedOn],
    ["firstMissedOn", dates.firstMissedOn],
  ] as const) {
    if (date !== null && date < handedOverOn) {
      throw badUserInput(`${field} must not be before the hand-over date`, field);
    }
  }
}

/**
 * 附件4 records visits that were made (A6, A8): somebody met on the visit date for ALL_WELL and
 * NEEDS_HELP, nobody met on each missed date for MISSED (A7). So its dates are dates of the case's
 * recorded attempts, and none comes before the first one (issue #7).
 */
function checkAgainstAttempts(outcome: VisitOutcome, dates: RecordDates, attempts: readonly VisitAttempt[]): void {
  const daysWhen = (met: boolean): Set<string> => new Set(attempts.filter((attempt) => attempt.met === met).map((attempt) => attempt.attemptedOn));
  if (outcome !== VisitOutcome.MISSED) {
    const visited = daysWhen(true);
    if (visited.size === 0) {
      throw conflict("Record the visit attempt where somebody was met before filing its record (A6, A8)");
    }
    if (dates.visitedOn !== null && !visited.has(dates.visitedOn)) {
      throw badUserInput("visitedOn must be the date of a recorded visit where somebody was met", "visitedOn");
    }
    return;
  }
  const missed = daysWhen(false);
  if (missed.size === 0) {
    throw conflict("Record the missed visit attempts before filing their record (A7)");
  }
  for (const [field, date] of [
    ["firstMissedOn", dates.firstMissedOn],
    ["secondMissedOn", dates.secondMissedOn],
  ] as const) {
    if (date !== null && !missed.has(date)) {
      throw badUserInput(`${field} must be the date of a recorded missed visit (A7)`, field);
    }
  }
}

/** Which cases may take a record: acknowledged and open, or closed after two misses (A7: the record holds the dates). Checked again at filing. */
export function checkCaseAcceptsRecord(careCase: CareCase, outcome: VisitOutcome): void {
  if (careCase.status === CareCaseStatus.HANDED_OVER) {
    throw conflict("Acknowledge the hand-over before filing a visit record (A4)");
  }
  const closedAfterMisses = careCase.status === CareCaseStatus.CLOSED && careCase.closure === CareCaseClosure.TWO_MISSED_VISITS;
  if (closedAfterMisses && outcome !== VisitOutcome.MISSED) {
    throw conflict("The case was closed after two missed visits: its record's outcome is MISSED (A7)");
  }
  if (careCase.status === CareCaseStatus.CLOSED && !closedAfterMisses) {
    throw conflict("The care case is closed");
  }
}

/**
 * A9 (issue #9): the referrals the draft asks for, one per ticked REFERRAL box of the form and no
 * other, each with that box's agency's own needs (referral-targets.ts: its intake's, or the
 * directory's for a partner agency); BAD_USER_INPUT otherwise, before anything is written. Each
 * keeps the box's agency, so filing sends it where the form the draft was checked against said.
 */
function plannedReferrals(form: VisitForm, needs: readonly string[], input: VisitRecordInput): PlannedReferral[] {
  const routes = referralRoutes(form, needs);
  const ticked = routes.map((route) => route.box);
  const plans = input.referrals ?? [];
  const named = plans.map((plan) => plan.target);
  if (new Set(named).size !== named.length || named.some((target) => !ticked.includes(target)) || ticked.some((target) => !named.includes(target))) {
    throw badUserInput(`referrals must name each ticked box the platform refers, once, and no other: ${ticked.join(", ") || "none"}`, "referrals");
  }
  return routes.map((route) => {
    const plan = plans.find((candidate) => candidate.target === route.box) as ReferralPlanInput;
    return { target: route.box, agencyCode: route.agencyCode, needs: referralNeeds(route, plan.needs, "referrals"), description: optionalText(plan.description, "referrals", LONG_TEXT) };
  });
}

/**
 * A6/A8 (issue #9): the 里幹事 (or 人文課) hands 附件4 in as a draft for the district's sign-off
 * chain; one per case. Everything the form says is checked here, so signing and filing change no
 * content: the outcome against the case's recorded attempts, the needs, and the referrals to send
 * at filing. One transaction: the record, with the district's sign-off levels of today, and the
 * VISIT_RECORD deadline met (A6: the record is in; the system's own instant is when it arrived, R2).
 */
export async function draftVisitRecord(dataSource: DataSource, input: VisitRecordInput): Promise<VisitRecord> {
  const needsOther = optionalText(input.needsOther, "needsOther", LONG_TEXT);
  const dates: RecordDates = {
    visitedOn: input.visitedOn ?? null,
    firstMissedOn: input.firstMissedOn ?? null,
    secondMissedOn: input.secondMissedOn ?? null,
  };
  for (const [field, date] of Object.entries(dates)) {
    // Every date of 附件4 is of something done: a visit, a miss (issue #7).
    notInFuture(date, field);
  }
  try {
    return await dataSource.transaction(async (manager) => {
      // C1: the form the boxes are checked against and the referrals routed by, read in this transaction.
      const form = await visitFormInForce(manager);
      const needs = tickedOnForm(form, input.needs);
      const otherTicked = needs.some((code) => form.boxes.some((box) => box.code === code && box.kind === VisitFormBoxKind.OTHER));
      const referrals = plannedReferrals(form, needs, input);
      const careCase = await lockedCareCase(manager, input.careCaseId, "careCaseId");
      checkOutcome(input.outcome, needs, otherTicked, needsOther, dates, taipeiDateOf(careCase.handedOverAt));
      checkCaseAcceptsRecord(careCase, input.outcome);
      checkAgainstAttempts(input.outcome, dates, await manager.getRepository(VisitAttempt).findBy({ careCaseId: careCase.id }));
      if ((await manager.getRepository(VisitRecord).countBy({ careCaseId: careCase.id })) > 0) {
        throw conflict(ALREADY_HANDED_IN);
      }
      const record = Object.assign(new VisitRecord(), {
        id: randomUUID(),
        careCaseId: careCase.id,
        districtCode: careCase.visitDistrictCode,
        village: careCase.village,
        serviceItem: optionalText(input.serviceItem, "serviceItem", 40) ?? DEFAULT_SERVICE_ITEM,
        visitedOn: dates.visitedOn,
        visitedPersonName: requiredText(input.visitedPersonName, "visitedPersonName", 60),
        visitedPersonPhone: optionalPhone(input.visitedPersonPhone, "visitedPersonPhone"),
        visitedPersonAddress: requiredText(input.visitedPersonAddress, "visitedPersonAddress", 200),
        state: VisitRecordState.DRAFT,
        outcome: input.outcome,
        firstMissedOn: dates.firstMissedOn,
        secondMissedOn: dates.secondMissedOn,
        needs,
        needsOther,
        mattersRaised: optionalText(input.mattersRaised, "mattersRaised", LONG_TEXT),
        handling: optionalText(input.handling, "handling", LONG_TEXT),
        requiredLevels: await signOffLevelsOf(manager, careCase.visitDistrictCode),
        plannedReferrals: referrals,
        filedOn: null,
      });
      await manager.save(record);
      await districtDeadlines.meet(manager, { type: CARE_CASE_SUBJECT, id: careCase.id }, "VISIT_RECORD", now());
      return record;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw conflict(ALREADY_HANDED_IN);
    }
    throw error;
  }
}
