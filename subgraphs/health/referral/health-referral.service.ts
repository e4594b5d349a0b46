import { randomUUID } from "crypto";
import { DataSource, EntityManager } from "typeorm";
import { markInScope, onlyInScope, ScopeCondition } from "../../../shared/authz/row-scope";
import { intakeOnce, requireClientKey } from "../../../shared/db/idempotent-intake";
import { findDistrict } from "../../../shared/domain/districts";
import { badUserInput, conflict, notFound } from "../../../shared/errors";
import { Connection, decodeCursor, toConnection } from "../../../shared/graphql/connection";
import { HealthNeed, HealthServiceUnit, ReferralStatus } from "../../../shared/graphql/enums";
import { requireUuid } from "../../../shared/graphql/ids";
import { HealthServiceRecord } from "../service-record/health-service-record.entity";
import { optionalText } from "../../../shared/validation/form-text";
import { HealthReferralFilter, HealthReferralInput } from "./health-referral.input";
import { HealthReferral } from "./health-referral.entity";

/** A10: the 健康服務中心 by default; a need for counselling and nothing else goes to the 社區心理衛生中心. */
export function healthServiceUnitFor(needs: readonly HealthNeed[]): HealthServiceUnit {
  return needs.every((need) => need === HealthNeed.COUNSELLING)
    ? HealthServiceUnit.COMMUNITY_MENTAL_HEALTH_CENTRE
    : HealthServiceUnit.HEALTH_SERVICE_CENTRE;
}

function referringDistrictCode(value: string, field: string): string {
  const district = findDistrict(value);
  if (district === undefined) {
    throw badUserInput(`${field} must name one of Taipei's 12 districts`, field);
  }
  return district.code;
}

/** A9/D3: one row per client key; a retry is the same case, person and date. */
export function receiveHealthReferral(dataSource: DataSource, input: HealthReferralInput): Promise<HealthReferral> {
  const districtCode = referringDistrictCode(input.referringDistrict, "referringDistrict");
  const needs = Array.from(new Set(input.needs));
  if (needs.length === 0) {
    throw badUserInput("needs must name at least one health need", "needs");
  }
  const referral = Object.assign(new HealthReferral(), {
    id: randomUUID(),
    clientKey: requireClientKey(input.clientKey),
    careCaseId: requireUuid(input.careCaseId, "careCaseId"),
    personId: requireUuid(input.personId, "personId"),
    needs,
    description: optionalText(input.description, "description", 4000),
    contactName: optionalText(input.contactName, "contactName", 60),
    contactPhone: optionalText(input.contactPhone, "contactPhone", 20),
    contactAddress: optionalText(input.contactAddress, "contactAddress", 200),
    referringDistrictCode: districtCode,
    healthCentreCode: districtCode,
    referredOn: input.referredOn,
    receivedAt: new Date(),
    serviceUnit: healthServiceUnitFor(needs),
    status: ReferralStatus.RECEIVED,
    closedOn: null,
  });
  return intakeOnce(dataSource, HealthReferral, referral, isRetryOf);
}

/** D3: a retry names the same care case, person and referral date as the stored hand-off. */
function isRetryOf(stored: HealthReferral, retry: HealthReferral): boolean {
  return stored.careCaseId === retry.careCaseId && stored.personId === retry.personId && stored.referredOn === retry.referredOn;
}

/** Row-locks a referral still open; writes to a closed one are a CONFLICT (A10). */
export async function openHealthReferralForUpdate(manager: EntityManager, referralId: string): Promise<HealthReferral> {
  const found = await manager.findOne(HealthReferral, { where: { id: referralId }, lock: { mode: "pessimistic_write" } });
  if (found === null) {
    throw notFound("HealthReferral");
  }
  if (found.status === ReferralStatus.CLOSED) {
    throw conflict("This health referral is closed");
  }
  return found;
}

/** A10: 結案 after a reassessment; the closing date follows the referral and every contact. */
export function closeHealthReferral(dataSource: DataSource, referralId: string, closedOn: string): Promise<HealthReferral> {
  const id = requireUuid(referralId, "referralId");
  return dataSource.transaction(async (manager) => {
    const referral = await openHealthReferralForUpdate(manager, id);
    const later = await manager
      .getRepository(HealthServiceRecord)
      .createQueryBuilder("contact")
      .where("contact.referralId = :id AND contact.servedOn > :closedOn", { id, closedOn })
      .getExists();
    if (closedOn < referral.referredOn || later) {
      throw badUserInput("closedOn must not precede the referral date or any contact", "closedOn");
    }
    referral.status = ReferralStatus.CLOSED;
    referral.closedOn = closedOn;
    await manager.update(HealthReferral, { id }, { status: referral.status, closedOn });
    return referral;
  });
}

/** Keyset pages by ID: referrals arriving meanwhile never shift a page. */
export async function listHealthReferrals(
  dataSource: DataSource,
  filter: HealthReferralFilter,
  limit: number,
  after: string | undefined,
  scope: ScopeCondition,
): Promise<Connection<HealthReferral>> {
  // Row scope first (issue #4): a list never shows, nor counts, a referral the caller may not see.
  const query = onlyInScope(dataSource.getRepository(HealthReferral).createQueryBuilder("healthReferral"), scope);
  if (typeof filter.healthCentre === "string") {
    query.andWhere("healthReferral.healthCentreCode = :centre", { centre: referringDistrictCode(filter.healthCentre, "filter.healthCentre") });
  }
  if (typeof filter.serviceUnit === "string") {
    query.andWhere("healthReferral.serviceUnit = :unit", { unit: filter.serviceUnit });
  }
  if (typeof filter.status === "string") {
    query.andWhere("healthReferral.status = :status", { status: filter.status });
  }
  const totalCount = await query.clone().getCount();
  if (after !== undefined) {
    query.andWhere("healthReferral.id > :after", { after: requireUuid(decodeCursor(after), "after") });
  }
  const rows = markInScope(await query.orderBy("healthReferral.id", "ASC").limit(limit + 1).getMany());
  return toConnection(rows, limit, (referral) => referral.id, totalCount);
}
