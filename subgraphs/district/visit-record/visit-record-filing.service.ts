import { DataSource, EntityManager } from "typeorm";
import type { Principal } from "../../../shared/auth/principal";
import { taipeiInstant } from "../../../shared/calendar/taipei-time";
import { now } from "../../../shared/clock";
import { badUserInput, conflict } from "../../../shared/errors";
import { CareCaseClosure, CareCaseStatus, VisitOutcome } from "../../../shared/graphql/enums";
import { notInFuture } from "../../../shared/validation/dates";
import { closeCase } from "../care-case/care-case.closing";
import { CareCase } from "../care-case/care-case.entity";
import { moveCase } from "../care-case/care-case.transitions";
import { CARE_CASE_SUBJECT, districtDeadlines } from "../deadlines";
import { createHelpTasks } from "../help-task/help-task.service";
import { meetWhenAllReferred, referredBoxesOf, sendReferral } from "../referral/case-referral.service";
import { lockedVisitRecord, nextLevel, requireVisitingDistrict, signaturesOf } from "../sign-off/visit-record-signing.service";
import { VisitRecord, VisitRecordState } from "./visit-record.entity";
import { checkCaseAcceptsRecord } from "./visit-record.service";

/** The filing date comes after every date the record holds: the visit, each miss (A7). */
function checkFilingDate(record: VisitRecord, filedOn: string): void {
  notInFuture(filedOn, "filedOn");
  const visitDates = [record.visitedOn, record.firstMissedOn, record.secondMissedOn].filter((date): date is string => date !== null);
  if (visitDates.some((date) => filedOn < date)) {
    throw badUserInput("filedOn must not be before the visit", "filedOn");
  }
}

/**
 * A9 (issue #9): what a "needs help" record starts at filing, in the filing's transaction: the
 * REFERRAL deadline (1 day from the visit's Taipei day, R2), each planned referral with its
 * outbox row (D3; sendReferral, the same as referCase's), the deadline met once all are entered
 * (so at filing), and the district's own help tasks (A5: 社會課's in the household district).
 */
async function startHelp(manager: EntityManager, principal: Principal, careCase: CareCase, record: VisitRecord): Promise<void> {
  const subject = { type: CARE_CASE_SUBJECT, id: careCase.id };
  if (record.plannedReferrals.length > 0 && record.visitedOn !== null) {
    await districtDeadlines.open(manager, subject, "REFERRAL", taipeiInstant(record.visitedOn, 0));
  }
  const sentAt = now();
  for (const plan of record.plannedReferrals) {
    await sendReferral(manager, principal, careCase, record, plan, sentAt);
  }
  if (record.plannedReferrals.length > 0) {
    await meetWhenAllReferred(manager, record, sentAt);
  }
  await createHelpTasks(manager, careCase, record.needs);
}

/**
 * A8/A9 (issue #9): 人文課 files 附件4 once every level the record requires has signed (CONFLICT
 * before), and its outcome applies: all well closes the case (no further need), a need for
 * another agency refers it and sends every planned referral, the district's own boxes become
 * help tasks; a miss leaves the case as it is. One transaction with the case's row locked.
 */
export async function fileVisitRecord(dataSource: DataSource, principal: Principal, id: string, filedOn: string): Promise<VisitRecord> {
  return dataSource.transaction(async (manager) => {
    const { record, careCase } = await lockedVisitRecord(manager, id, "id");
    requireVisitingDistrict(principal, careCase);
    if (record.state === VisitRecordState.FILED) {
      throw conflict("The visit record is already filed");
    }
    const waiting = nextLevel(record, await signaturesOf(manager, record.id));
    if (waiting !== null) {
      throw conflict(`The visit record is not signed yet: ${waiting} signs next (A8)`);
    }
    checkFilingDate(record, filedOn);
    checkCaseAcceptsRecord(careCase, record.outcome);
    Object.assign(record, { state: VisitRecordState.FILED, filedOn });
    await manager.save(record);
    if (record.outcome === VisitOutcome.ALL_WELL) {
      await closeCase(manager, principal, careCase, CareCaseClosure.NO_FURTHER_NEED, filedOn, "filedOn");
      await manager.save(careCase);
    } else if (referredBoxesOf(record).length > 0) {
      moveCase(careCase, CareCaseStatus.REFERRED);
      await manager.save(careCase);
    }
    if (record.outcome === VisitOutcome.NEEDS_HELP) {
      await startHelp(manager, principal, careCase, record);
    }
    return record;
  });
}
