import { randomUUID } from "crypto";
import { DataSource, EntityManager } from "typeorm";
import { markInScope, onlyInScope, ScopeCondition } from "../../../shared/authz/row-scope";
import { now } from "../../../shared/clock";
import { intakeOnce, requireClientKey } from "../../../shared/db/idempotent-intake";
import { isUniqueViolation } from "../../../shared/db/unique-violation";
import { District, findDistrict } from "../../../shared/domain/districts";
import { isNeighbourhoodNumber, isVillageOf } from "../../../shared/domain/villages";
import { badUserInput, conflict, notFound } from "../../../shared/errors";
import { decodeCursor, toConnection, Connection } from "../../../shared/graphql/connection";
import { CareCaseClosure, CareCaseStatus, VisitDecision, VisitMode } from "../../../shared/graphql/enums";
import { requireUuid } from "../../../shared/graphql/ids";
import { requiredText } from "../../../shared/validation/form-text";
import { notifyCaseArrived, notifyCaseAssigned } from "../inbox/district-notifications";
import { CareCase } from "./care-case.entity";
import { CareCaseFilter, ConsentHandoverInput } from "./care-case.input";

function requireDistrict(value: string, field: string): District {
  const district = findDistrict(value);
  if (district === undefined) {
    throw badUserInput("The district must be one of Taipei's 12 districts", field);
  }
  return district;
}

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

const LIVE_CASE_EXISTS = "This consent inquiry was already handed over under another clientKey";

/** A2: the visit mode each consenting decision asks for; DECLINED is never handed over (A3, A4). */
const MODE_OF_DECISION: Readonly<Partial<Record<VisitDecision, VisitMode>>> = {
  [VisitDecision.HOME_VISIT]: VisitMode.HOME,
  [VisitDecision.PHONE_VISIT]: VisitMode.PHONE,
};

/** Fields of a case the district sets after intake: a retry still matches a case that moved on. */
const RECEIVER_SET = ["status", "acknowledgedAt", "assignedOfficerId", "assignedOfficerName", "closedOn", "closure"] as const;

/**
 * What the hand-off itself and the district's own data can tell (issue #7; whether the inquiry
 * exists at household is the next issue's signed hand-off, D3): only consenting answers are
 * handed over (A3, A4), in the mode the family chose (A2), to a 里 of the visit district (A2, A5).
 */
function checkHandover(input: ConsentHandoverInput, visitDistrict: District, village: string): void {
  if (input.decision === VisitDecision.DECLINED) {
    throw badUserInput("A declined consent inquiry is recorded, not handed over (A3, A4)", "decision");
  }
  const mode = input.decision === null || input.decision === undefined ? undefined : MODE_OF_DECISION[input.decision];
  if (mode !== undefined && mode !== input.requestedMode) {
    throw badUserInput("requestedMode must be the visit the family chose on 附件1 (A2)", "requestedMode");
  }
  if (!isVillageOf(visitDistrict.code, village)) {
    throw badUserInput("village must be a 里 of the visit district (A2, A5)", "village");
  }
  if (input.neighbourhood !== undefined && input.neighbourhood !== null && !isNeighbourhoodNumber(input.neighbourhood)) {
    throw badUserInput("neighbourhood must be a 鄰 number", "neighbourhood");
  }
}

/**
 * D3/A4: intake of a consent hand-over. Idempotent by the sender's client key: a retry returns the
 * stored case; the same key with other content, a second live case for the same consent inquiry
 * under another key, or the inquiry handed over again for another person, is a CONFLICT.
 */
export async function receiveConsentHandover(dataSource: DataSource, input: ConsentHandoverInput): Promise<CareCase> {
  const clientKey = requireClientKey(input.clientKey);
  const visitDistrict = requireDistrict(input.visitDistrict, "visitDistrict");
  const village = requiredText(input.village, "village", 20);
  checkHandover(input, visitDistrict, village);
  const candidate = Object.assign(new CareCase(), {
    id: randomUUID(),
    clientKey,
    consentInquiryId: requireUuid(input.consentInquiryId, "consentInquiryId"),
    personId: requireUuid(input.personId, "personId"),
    caseType: input.caseType,
    receivingOfficeCode: requireDistrict(input.receivingOffice, "receivingOffice").code,
    visitDistrictCode: visitDistrict.code,
    householdDistrictCode: requireDistrict(input.householdDistrict, "householdDistrict").code,
    village,
    neighbourhood: input.neighbourhood ?? null,
    requestedMode: input.requestedMode,
    status: CareCaseStatus.HANDED_OVER,
    handedOverAt: now(),
    acknowledgedAt: null,
    assignedOfficerId: null,
    assignedOfficerName: null,
    closedOn: null,
    closure: null,
  });
  const earlier = await dataSource
    .getRepository(CareCase)
    .createQueryBuilder("careCase")
    .where("careCase.consentInquiryId = :inquiry", { inquiry: candidate.consentInquiryId })
    .getMany();
  const live = earlier.find((careCase) => careCase.closure !== CareCaseClosure.RETURNED_TO_OFFICE);
  if (live !== undefined && live.clientKey !== clientKey) {
    throw conflict(LIVE_CASE_EXISTS);
  }
  if (earlier.some((careCase) => careCase.clientKey !== clientKey && careCase.personId !== candidate.personId)) {
    // One 附件1 names one new immigrant (A2): a returned inquiry comes back for the same person.
    throw conflict("This consent inquiry was handed over for another person");
  }
  try {
    return await intakeOnce(dataSource, CareCase, candidate, { receiverSet: [...RECEIVER_SET] }, (manager, careCase) =>
      notifyCaseArrived(manager, careCase, careCase.handedOverAt),
    );
  } catch (error) {
    // A concurrent hand-over of the same inquiry under another key lost the race on the live-case index.
    if (isUniqueViolation(error)) {
      throw conflict(LIVE_CASE_EXISTS);
    }
    throw error;
  }
}

/** A4: 人文課 acknowledges receipt before the visit; acknowledging again changes nothing. */
export function acknowledgeHandover(dataSource: DataSource, careCaseId: string): Promise<CareCase> {
  return dataSource.transaction(async (manager) => {
    const careCase = await lockedCareCase(manager, careCaseId, "careCaseId");
    if (careCase.status === CareCaseStatus.CLOSED) {
      throw conflict("The care case is closed");
    }
    if (careCase.status !== CareCaseStatus.HANDED_OVER) {
      return careCase;
    }
    careCase.status = CareCaseStatus.OPEN;
    careCase.acknowledgedAt = now();
    return manager.save(careCase);
  });
}

/** A6: after registering the case (列管) 人文課 assigns the 里幹事 of its village. */
export function assignVillageOfficer(dataSource: DataSource, careCaseId: string, officerId: string, officerName: string): Promise<CareCase> {
  const id = requiredText(officerId, "officerId", 64);
  const name = requiredText(officerName, "officerName", 60);
  return dataSource.transaction(async (manager) => {
    const careCase = await lockedCareCase(manager, careCaseId, "careCaseId");
    if (careCase.status === CareCaseStatus.HANDED_OVER) {
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
  const totalCount = await query.clone().getCount();
  if (after !== undefined && after !== null) {
    query.andWhere("careCase.id > :after", { after: requireUuid(decodeCursor(after), "after") });
  }
  const rows = markInScope(await query.orderBy("careCase.id", "ASC").limit(limit + 1).getMany());
  return toConnection(rows, limit, (careCase) => careCase.id, totalCount);
}
