import { randomUUID } from "crypto";
import { DataSource, In } from "typeorm";
import type { Principal } from "../../../shared/auth/principal";
import { taipeiInstant } from "../../../shared/calendar/taipei-time";
import { taipeiDateOf } from "../../../shared/clock";
import { isUniqueViolation } from "../../../shared/db/unique-violation";
import { badUserInput, conflict, notFound } from "../../../shared/errors";
import { CareCaseClosure, CareCaseStatus } from "../../../shared/graphql/enums";
import { requireUuid } from "../../../shared/graphql/ids";
import { notBefore, notInFuture } from "../../../shared/validation/dates";
import { closeCase } from "../care-case/care-case.closing";
import { CareCase } from "../care-case/care-case.entity";
import { CARE_CASE_SUBJECT, districtDeadlines } from "../deadlines";
import { VisitAttempt } from "./visit-attempt.entity";
import { VisitAttemptInput } from "./visit-attempt.input";

/**
 * A7: the missed visits after which a case where nobody was ever met is closed. They are counted
 * by day: a 2nd attempt is a later visit, so two misses on one day (morning and afternoon) are
 * both recorded but do not close the case (issue #7).
 */
const CLOSING_MISSED_DAYS = 2;

/**
 * A6/A7: records a visit attempt on an acknowledged case, numbered after the previous ones; a miss
 * on the 2nd day where nobody was ever met closes the case. One transaction: attempt and case.
 */
export async function recordVisitAttempt(dataSource: DataSource, principal: Principal, input: VisitAttemptInput): Promise<CareCase> {
  const [careCase] = await recordVisitAttempts(dataSource, principal, [input]);
  return careCase;
}

/**
 * Issue #10: `recordVisitAttempt` for many attempts (the one write path: the mutation records a
 * batch of one), in the order given, several on one case allowed. Every case is locked, every
 * attempt checked and numbered as the single one is, in one transaction for the batch; attempts
 * and the A2/A6 deadlines written set-based, a closing miss (A7) closes its case as before.
 * Returns each attempt's case, as it stands after the attempt's batch.
 */
export async function recordVisitAttempts(dataSource: DataSource, principal: Principal, inputs: readonly VisitAttemptInput[]): Promise<CareCase[]> {
  for (const input of inputs) {
    // A visit attempt is an event that happened: it is entered on or after its day (R2: Taipei).
    notInFuture(input.attemptedOn, "attemptedOn");
    requireUuid(input.careCaseId, "careCaseId");
  }
  if (inputs.length === 0) {
    return [];
  }
  try {
    return await dataSource.transaction(async (manager) => {
      const ids = [...new Set(inputs.map((input) => input.careCaseId))].sort();
      // Locked in id order, so two batches over the same cases cannot deadlock.
      const locked = await manager.getRepository(CareCase).find({ where: { id: In(ids) }, order: { id: "ASC" }, lock: { mode: "pessimistic_write" } });
      const cases = new Map(locked.map((careCase) => [careCase.id, careCase]));
      const earlier = await manager.getRepository(VisitAttempt).find({ where: { careCaseId: In(ids) }, order: { attemptNumber: "ASC" } });
      const attemptsOf = new Map<string, VisitAttempt[]>(ids.map((id) => [id, earlier.filter((attempt) => attempt.careCaseId === id)]));
      const attempts: VisitAttempt[] = [];
      const closing: { careCase: CareCase; attemptedOn: string; status: CareCaseStatus }[] = [];
      for (const input of inputs) {
        const careCase = cases.get(input.careCaseId);
        if (careCase === undefined) {
          throw notFound("CareCase");
        }
        const previous = attemptsOf.get(careCase.id) ?? [];
        const attempt = nextAttempt(careCase, previous, input);
        previous.push(attempt);
        attempts.push(attempt);
        const everyAttemptMissed = previous.every((each) => !each.met);
        const missedDays = new Set(previous.map((each) => each.attemptedOn)).size;
        if (everyAttemptMissed && missedDays === CLOSING_MISSED_DAYS) {
          // Closed in memory at once, so a later attempt of the batch on this case is refused as it would be alone.
          closing.push({ careCase, attemptedOn: attempt.attemptedOn, status: careCase.status });
          careCase.status = CareCaseStatus.CLOSED;
        }
      }
      await manager.insert(VisitAttempt, attempts);
      // A2: the first attempt, met or not, at home or by phone, is the visit the window promises.
      await districtDeadlines.meetMany(
        manager,
        CARE_CASE_SUBJECT,
        "HOME_VISIT",
        attempts.filter((attempt) => attempt.attemptNumber === 1).map((attempt) => ({ subjectId: attempt.careCaseId, metAt: taipeiInstant(attempt.attemptedOn, 12) })),
      );
      // A6: the 里幹事 hands the record in within 2 days after the visit (counted from its day, R2).
      await districtDeadlines.openMany(
        manager,
        "VISIT_RECORD",
        attempts.filter((attempt) => attempt.met).map((attempt) => ({ subject: { type: CARE_CASE_SUBJECT, id: attempt.careCaseId }, startedAt: taipeiInstant(attempt.attemptedOn, 12) })),
      );
      for (const { careCase, attemptedOn, status } of closing) {
        careCase.status = status;
        await closeCase(manager, principal, careCase, CareCaseClosure.TWO_MISSED_VISITS, attemptedOn, "attemptedOn");
        await manager.save(careCase);
      }
      return inputs.map((input) => cases.get(input.careCaseId) as CareCase);
    });
  } catch (error) {
    // The case row is locked, so only a writer outside this path can take the same number.
    if (isUniqueViolation(error)) {
      throw conflict("Another visit attempt was recorded at the same time; reload and retry");
    }
    throw error;
  }
}

/** The attempt `input` makes on the locked `careCase` after its `previous` ones, checked (A4, A6). */
function nextAttempt(careCase: CareCase, previous: readonly VisitAttempt[], input: VisitAttemptInput): VisitAttempt {
  if (careCase.status === CareCaseStatus.HANDED_OVER || careCase.status === CareCaseStatus.RETURNED_FOR_CORRECTION) {
    throw conflict("Acknowledge the hand-over before visiting (A4)");
  }
  if (careCase.status === CareCaseStatus.CLOSED) {
    throw conflict("The care case is closed");
  }
  // A4: the district visits a case it has received, so not before the hand-over.
  notBefore(input.attemptedOn, taipeiDateOf(careCase.handedOverAt), "attemptedOn", "the hand-over date");
  const last = previous[previous.length - 1];
  if (last !== undefined && input.attemptedOn < last.attemptedOn) {
    throw badUserInput("attemptedOn must not be before the previous attempt", "attemptedOn");
  }
  return Object.assign(new VisitAttempt(), {
    id: randomUUID(),
    careCaseId: careCase.id,
    attemptNumber: previous.length + 1,
    attemptedOn: input.attemptedOn,
    mode: input.mode,
    met: input.met,
  });
}
