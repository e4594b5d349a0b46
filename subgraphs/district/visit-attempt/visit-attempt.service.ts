import { randomUUID } from "crypto";
import { DataSource } from "typeorm";
import type { Principal } from "../../../shared/auth/principal";
import { taipeiInstant } from "../../../shared/calendar/taipei-time";
import { taipeiDateOf } from "../../../shared/clock";
import { isUniqueViolation } from "../../../shared/db/unique-violation";
import { badUserInput, conflict } from "../../../shared/errors";
import { CareCaseClosure, CareCaseStatus } from "../../../shared/graphql/enums";
import { notBefore, notInFuture } from "../../../shared/validation/dates";
import { closeCase } from "../care-case/care-case.closing";
import { CareCase } from "../care-case/care-case.entity";
import { lockedCareCase } from "../care-case/care-case.service";
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
  // A visit attempt is an event that happened: it is entered on or after its day (R2: Taipei).
  notInFuture(input.attemptedOn, "attemptedOn");
  try {
    return await dataSource.transaction(async (manager) => {
      const careCase = await lockedCareCase(manager, input.careCaseId, "careCaseId");
      if (careCase.status === CareCaseStatus.HANDED_OVER || careCase.status === CareCaseStatus.RETURNED_FOR_CORRECTION) {
        throw conflict("Acknowledge the hand-over before visiting (A4)");
      }
      if (careCase.status === CareCaseStatus.CLOSED) {
        throw conflict("The care case is closed");
      }
      // A4: the district visits a case it has received, so not before the hand-over.
      notBefore(input.attemptedOn, taipeiDateOf(careCase.handedOverAt), "attemptedOn", "the hand-over date");
      const previous = await manager
        .getRepository(VisitAttempt)
        .createQueryBuilder("attempt")
        .where("attempt.careCaseId = :careCaseId", { careCaseId: careCase.id })
        .orderBy("attempt.attemptNumber", "ASC")
        .getMany();
      const last = previous[previous.length - 1];
      if (last !== undefined && input.attemptedOn < last.attemptedOn) {
        throw badUserInput("attemptedOn must not be before the previous attempt", "attemptedOn");
      }
      const attempt = Object.assign(new VisitAttempt(), {
        id: randomUUID(),
        careCaseId: careCase.id,
        attemptNumber: previous.length + 1,
        attemptedOn: input.attemptedOn,
        mode: input.mode,
        met: input.met,
      });
      await manager.save(attempt);
      if (attempt.attemptNumber === 1) {
        // A2: the first attempt, met or not, at home or by phone, is the visit the window promises.
        await districtDeadlines.meet(manager, { type: CARE_CASE_SUBJECT, id: careCase.id }, "HOME_VISIT", taipeiInstant(attempt.attemptedOn, 12));
      }
      if (attempt.met) {
        // A6: the 里幹事 hands the record in within 2 days after the visit (counted from its day, R2).
        await districtDeadlines.open(manager, { type: CARE_CASE_SUBJECT, id: careCase.id }, "VISIT_RECORD", taipeiInstant(attempt.attemptedOn, 12));
      }
      const everyAttemptMissed = !attempt.met && previous.every((earlier) => !earlier.met);
      const missedDays = new Set([...previous, attempt].map((each) => each.attemptedOn)).size;
      if (everyAttemptMissed && missedDays === CLOSING_MISSED_DAYS) {
        await closeCase(manager, principal, careCase, CareCaseClosure.TWO_MISSED_VISITS, attempt.attemptedOn, "attemptedOn");
        return manager.save(careCase);
      }
      return careCase;
    });
  } catch (error) {
    // The case row is locked, so only a writer outside this path can take the same number.
    if (isUniqueViolation(error)) {
      throw conflict("Another visit attempt was recorded at the same time; reload and retry");
    }
    throw error;
  }
}
