import { DataSource, EntityManager, SelectQueryBuilder } from "typeorm";
import { markInScope, onlyInScope, ScopeCondition } from "../../../shared/authz/row-scope";
import { now } from "../../../shared/clock";
import { TAIPEI_DISTRICTS } from "../../../shared/domain/districts";
import { isVillageOf } from "../../../shared/domain/villages";
import { badUserInput, conflict, notFound } from "../../../shared/errors";
import { decodeCursor, toConnection, Connection } from "../../../shared/graphql/connection";
import { CareCaseStatus } from "../../../shared/graphql/enums";
import { requireUuid } from "../../../shared/graphql/ids";
import { requiredText } from "../../../shared/validation/form-text";
import { requireDistrict } from "../handover-ledger/handover-ledger.service";
import { notifyCaseAssigned } from "../inbox/district-notifications";
import { DISTRICT_SCHEMA } from "../schema-name";
import { CareCase } from "./care-case.entity";
import { CareCaseFilter } from "./care-case.input";

/**
 * Loads a case inside a transaction with its row locked, so two writers of the same case (an
 * acknowledgement and a visit attempt, two attempts) run one after the other.
 */
export async function lockedCareCase(manager: EntityManager, careCaseId: string, field: string): Promise<CareCase> {
  const careCase = await manager.getRepository(CareCase).findOne({
    where: { id: requireUuid(careCaseId, field) },
    lock: { mode: "pessimistic_write" },
  });
  if (careCase === null) {
    throw notFound("CareCase");
  }
  return careCase;
}

/** A6: after registering the case (列管) 人文課 assigns the 里幹事 of its village. */
export function assignVillageOfficer(dataSource: DataSource, careCaseId: string, officerId: string, officerName: string): Promise<CareCase> {
  const id = requiredText(officerId, "officerId", 64);
  const name = requiredText(officerName, "officerName", 60);
  return dataSource.transaction(async (manager) => {
    const careCase = await lockedCareCase(manager, careCaseId, "careCaseId");
    if (careCase.status === CareCaseStatus.HANDED_OVER || careCase.status === CareCaseStatus.RETURNED_FOR_CORRECTION) {
      throw conflict("Acknowledge the hand-over before assigning a village officer (A4)");
    }
    if (careCase.status === CareCaseStatus.CLOSED) {
      throw conflict("The care case is closed");
    }
    careCase.assignedOfficerId = id;
    careCase.assignedOfficerName = name;
    const saved = await manager.save(careCase);
    await notifyCaseAssigned(manager, saved, now());
    return saved;
  });
}

/** Issue #11: the console's filters on the server, so a page is a page of what the screen lists (not of everything, filtered after). */
function narrowByWork(query: SelectQueryBuilder<CareCase>, filter: CareCaseFilter): void {
  if (filter.assigned !== undefined && filter.assigned !== null) {
    query.andWhere(filter.assigned ? "careCase.assignedOfficerId IS NOT NULL" : "careCase.assignedOfficerId IS NULL");
  }
  if (filter.village !== undefined && filter.village !== null) {
    const village = filter.village.trim();
    if (!TAIPEI_DISTRICTS.some((district) => isVillageOf(district.code, village))) {
      throw badUserInput("filter.village is not a 里 of Taipei", "filter.village");
    }
    query.andWhere("careCase.village = :village", { village });
  }
  if (filter.visitRecordStates !== undefined && filter.visitRecordStates !== null) {
    query.andWhere(`EXISTS (SELECT 1 FROM "${DISTRICT_SCHEMA}"."visit_records" vr WHERE vr.care_case_id = "careCase".id AND vr.state = ANY(:visitRecordStates))`, {
      visitRecordStates: filter.visitRecordStates,
    });
  }
}

/** Keyset-paged care cases, ordered by ID so a page never shifts when cases are added. */
export async function listCareCases(
  dataSource: DataSource,
  filter: CareCaseFilter,
  limit: number,
  after: string | undefined,
  scope: ScopeCondition,
): Promise<Connection<CareCase>> {
  // Row scope first (issue #4): a list never shows, nor counts, a case the caller may not see.
  const query = onlyInScope(dataSource.getRepository(CareCase).createQueryBuilder("careCase"), scope);
  if (filter.district !== undefined && filter.district !== null) {
    query.andWhere("careCase.visitDistrictCode = :district", { district: requireDistrict(filter.district, "filter.district").code });
  }
  if (filter.status !== undefined && filter.status !== null) {
    query.andWhere("careCase.status = :status", { status: filter.status });
  }
  narrowByWork(query, filter);
  const totalCount = await query.clone().getCount();
  if (after !== undefined && after !== null) {
    query.andWhere("careCase.id > :after", { after: requireUuid(decodeCursor(after), "after") });
  }
  const rows = markInScope(await query.orderBy("careCase.id", "ASC").limit(limit + 1).getMany());
  return toConnection(rows, limit, (careCase) => careCase.id, totalCount);
}
