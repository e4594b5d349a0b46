import { DataSource } from "typeorm";
import { conflict } from "../../../shared/errors";
import { CareCaseClosure, HelpNeed, VisitOutcome } from "../../../shared/graphql/enums";
import { notBefore } from "../../../shared/validation/dates";
import { VisitRecord } from "../visit-record/visit-record.entity";
import { closeCase } from "./care-case.closing";
import { CareCase } from "./care-case.entity";
import { lockedCareCase } from "./care-case.service";

/** A9: the district's own help (區公所社會課, 區公所人文課), not referrals. */
const INTERNAL_HELP: readonly HelpNeed[] = [HelpNeed.DISTRICT_SOCIAL_SECTION, HelpNeed.DISTRICT_HUMANITIES_SECTION];

/**
 * A9 (issue #9): a "needs help" case whose 附件4 ticks only the district's own boxes is 人文課's to
 * help; once the help is given, 人文課 closes it (INTERNAL_HELP_DONE) on a date not in the future
 * and not before the record was filed. A record ticking anything else closes by its referrals or
 * not at all here (CONFLICT).
 */
export function closeCaseInternalHelpDone(dataSource: DataSource, careCaseId: string, closedOn: string): Promise<CareCase> {
  return dataSource.transaction(async (manager) => {
    const careCase = await lockedCareCase(manager, careCaseId, "careCaseId");
    const record = await manager.getRepository(VisitRecord).findOneBy({ careCaseId: careCase.id });
    if (record === null || record.outcome !== VisitOutcome.NEEDS_HELP || !record.needs.every((need) => INTERNAL_HELP.includes(need))) {
      throw conflict("Only a case whose visit record (附件4) needs only the district's own help (社會課, 人文課) closes this way (A9)");
    }
    notBefore(closedOn, record.filedOn, "closedOn", "the visit record's filing date");
    closeCase(careCase, CareCaseClosure.INTERNAL_HELP_DONE, closedOn);
    return manager.save(careCase);
  });
}
