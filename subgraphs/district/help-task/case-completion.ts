import { EntityManager } from "typeorm";
import type { Principal } from "../../../shared/auth/principal";
import { CareCaseClosure, CareCaseStatus, VisitOutcome } from "../../../shared/graphql/enums";
import { closeCase } from "../care-case/care-case.closing";
import { CareCase } from "../care-case/care-case.entity";
import { CaseReferral } from "../referral/case-referral.entity";
import { referredBoxesOf } from "../referral/case-referral.service";
import { VisitRecord, VisitRecordState } from "../visit-record/visit-record.entity";
import { HelpTask } from "./help-task.entity";

/**
 * A10, A9 (issue #9): "a case closes when all its parts are closed". The parts of a filed "needs
 * help" 附件4 are the referral of every ticked REFERRAL box (referredBoxesOf: the draft's plans) and
 * the district's own help tasks (社會課, 人文課). Once every part is closed or done, the case
 * closes on the last part's date, with the reason of the part that finished it: REFERRALS_CLOSED
 * when a referral's closing did, INTERNAL_HELP_DONE when a task did. A target not referred yet,
 * or a task still open, keeps it open. In the caller's transaction, the case's row locked.
 */
export async function closeWhenEveryPartDone(manager: EntityManager, actor: Principal, careCase: CareCase, closure: CareCaseClosure, field: string): Promise<void> {
  if (careCase.status !== CareCaseStatus.OPEN && careCase.status !== CareCaseStatus.REFERRED) {
    return;
  }
  const record = await manager.getRepository(VisitRecord).findOneBy({ careCaseId: careCase.id });
  if (record === null || record.state !== VisitRecordState.FILED || record.outcome !== VisitOutcome.NEEDS_HELP) {
    return;
  }
  const referrals = await manager.getRepository(CaseReferral).findBy({ careCaseId: careCase.id });
  const closedOn = new Map(referrals.map((referral) => [referral.target, referral.closedOn]));
  const tasks = await manager.getRepository(HelpTask).findBy({ careCaseId: careCase.id });
  const parts = [...referredBoxesOf(record).map((target) => closedOn.get(target) ?? null), ...tasks.map((task) => task.doneOn)];
  if (parts.length === 0 || parts.some((date) => date === null)) {
    return;
  }
  const last = (parts as string[]).reduce((latest, date) => (date > latest ? date : latest));
  await closeCase(manager, actor, careCase, closure, last, field);
  await manager.save(careCase);
}
