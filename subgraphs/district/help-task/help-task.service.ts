import { randomUUID } from "crypto";
import { DataSource, EntityManager } from "typeorm";
import type { Principal } from "../../../shared/auth/principal";
import { conflict, forbidden, notFound } from "../../../shared/errors";
import { CareCaseClosure, HelpNeed } from "../../../shared/graphql/enums";
import { requireUuid } from "../../../shared/graphql/ids";
import { notBefore, notInFuture } from "../../../shared/validation/dates";
import { optionalText } from "../../../shared/validation/form-text";
import { CareCase } from "../care-case/care-case.entity";
import { lockedCareCase } from "../care-case/care-case.service";
import { VisitRecord } from "../visit-record/visit-record.entity";
import { closeWhenEveryPartDone } from "./case-completion";
import { HelpTask, HelpTaskKind, HelpTaskState } from "./help-task.entity";

/**
 * A9, A5: the district's own boxes of 附件4, the task each makes, and the district that must do it:
 * 社會課's is the household address's district (A5: social assistance goes to the 戶籍地), 人文課's
 * the visiting district's (its classes).
 */
const HELP_TASK_BOXES: readonly { box: string; kind: HelpTaskKind; districtOf: (careCase: CareCase) => string }[] = [
  { box: HelpNeed.DISTRICT_SOCIAL_SECTION, kind: HelpTaskKind.SOCIAL_SECTION, districtOf: (careCase) => careCase.householdDistrictCode },
  { box: HelpNeed.DISTRICT_HUMANITIES_SECTION, kind: HelpTaskKind.HUMANITIES_SECTION, districtOf: (careCase) => careCase.visitDistrictCode },
];

/** At filing (issue #9): one open task per ticked district box, in the filing's transaction. */
export async function createHelpTasks(manager: EntityManager, careCase: CareCase, needs: readonly string[]): Promise<void> {
  for (const { kind, districtOf } of HELP_TASK_BOXES.filter((entry) => needs.includes(entry.box))) {
    await manager.save(
      Object.assign(new HelpTask(), {
        id: randomUUID(),
        careCaseId: careCase.id,
        personId: careCase.personId,
        kind,
        assignedDistrictCode: districtOf(careCase),
        state: HelpTaskState.OPEN,
        doneOn: null,
        note: null,
      }),
    );
  }
}

/**
 * A9 (issue #9): the district a task is assigned to records the help given, on a date not in the
 * future and not before the record was filed. Once every part of the case is done (its tasks,
 * and its referrals closed), the case closes INTERNAL_HELP_DONE (case-completion.ts). The policy
 * has found the task in the caller's scope (its district's); the role's org is checked again
 * here, under the case's lock, so nothing else completes it.
 */
export function completeHelpTask(dataSource: DataSource, principal: Principal, taskId: string, doneOn: string, note: string | null | undefined): Promise<HelpTask> {
  notInFuture(doneOn, "doneOn");
  const text = optionalText(note, "note", 2000);
  return dataSource.transaction(async (manager) => {
    const found = await manager.getRepository(HelpTask).findOneBy({ id: requireUuid(taskId, "taskId") });
    if (found === null) {
      throw notFound("HelpTask");
    }
    const careCase = await lockedCareCase(manager, found.careCaseId, "taskId");
    const task = await manager.getRepository(HelpTask).findOneByOrFail({ id: found.id });
    if (task.assignedDistrictCode !== principal.org) {
      throw forbidden("Only the district the task is assigned to completes it (A5)");
    }
    if (task.state === HelpTaskState.DONE) {
      throw conflict("The help task is already done");
    }
    const record = await manager.getRepository(VisitRecord).findOneByOrFail({ careCaseId: careCase.id });
    notBefore(doneOn, record.filedOn ?? doneOn, "doneOn", "the visit record's filing date");
    Object.assign(task, { state: HelpTaskState.DONE, doneOn, note: text });
    await manager.save(task);
    await closeWhenEveryPartDone(manager, principal, careCase, CareCaseClosure.INTERNAL_HELP_DONE, "doneOn");
    return task;
  });
}
