import { randomUUID } from "crypto";
import { DataSource } from "typeorm";
import { markInScope, onlyInScope, ScopeCondition } from "../../../shared/authz/row-scope";
import { closeReferral, ReferralTables } from "../../../shared/referrals/lifecycle";
import { intakeOnce, requireClientKey } from "../../../shared/db/idempotent-intake";
import { findDistrict } from "../../../shared/domain/districts";
import { badUserInput } from "../../../shared/errors";
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

/** 衛生局's tables under A10's shared lifecycle (shared/referrals/lifecycle.ts). */
export const HEALTH_REFERRAL_TABLES: ReferralTables<HealthReferral, HealthServiceRecord> = {
  referrals: HealthReferral,
  contacts: HealthServiceRecord,
  typeName: "HealthReferral",
};

/** A10: 結案 after a reassessment; the closing date follows the referral and every contact. */
export function closeHealthReferral(dataSource: DataSource, referralId: string, closedOn: string): Promise<HealthReferral> {
  return closeReferral(dataSource, HEALTH_REFERRAL_TABLES, referralId, closedOn);
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
