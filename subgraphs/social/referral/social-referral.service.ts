import { randomUUID } from "crypto";
import { DataSource } from "typeorm";
import { markInScope, onlyInScope, ScopeCondition } from "../../../shared/authz/row-scope";
import { closeReferral, ReferralTables } from "../../../shared/referrals/lifecycle";
import { intakeOnce, requireClientKey } from "../../../shared/db/idempotent-intake";
import { CarePointCode, District, findDistrict } from "../../../shared/domain/districts";
import { badUserInput } from "../../../shared/errors";
import { Connection, decodeCursor, toConnection } from "../../../shared/graphql/connection";
import { ReferralStatus, SocialNeed, SocialServiceUnit } from "../../../shared/graphql/enums";
import { requireUuid } from "../../../shared/graphql/ids";
import { SocialServiceRecord } from "../service-record/social-service-record.entity";
import { optionalText } from "../../../shared/validation/form-text";
import { SocialReferralFilter, SocialReferralInput } from "./social-referral.input";
import { SocialReferral } from "./social-referral.entity";

const CARE_POINT_UNITS: Record<CarePointCode, SocialServiceUnit> = {
  EAST: SocialServiceUnit.EAST_CARE_POINT,
  WEST: SocialServiceUnit.WEST_CARE_POINT,
  SOUTH: SocialServiceUnit.SOUTH_CARE_POINT,
  NORTH: SocialServiceUnit.NORTH_CARE_POINT,
};

/** A10: the district's care point assesses; a serious case (domestic violence, A13) goes to the family service centre. */
export function socialServiceUnitFor(needs: readonly SocialNeed[], district: District): SocialServiceUnit {
  return needs.includes(SocialNeed.DOMESTIC_VIOLENCE) ? SocialServiceUnit.FAMILY_SERVICE_CENTRE : CARE_POINT_UNITS[district.carePoint];
}

/** D3: a retry of the same hand-off names the same case, person and referral date. */
function sameHandOff(stored: SocialReferral, candidate: SocialReferral): boolean {
  return stored.careCaseId === candidate.careCaseId && stored.personId === candidate.personId && stored.referredOn === candidate.referredOn;
}

/** A9/D3: stores the district's referral once per client key. */
export function receiveSocialReferral(dataSource: DataSource, input: SocialReferralInput): Promise<SocialReferral> {
  const district = findDistrict(input.referringDistrict);
  if (district === undefined) {
    throw badUserInput("referringDistrict must be one of Taipei's 12 districts", "referringDistrict");
  }
  const needs = [...new Set(input.needs)];
  if (needs.length === 0) {
    throw badUserInput("At least one need is required", "needs");
  }
  const candidate = Object.assign(new SocialReferral(), {
    id: randomUUID(),
    clientKey: requireClientKey(input.clientKey),
    careCaseId: requireUuid(input.careCaseId, "careCaseId"),
    personId: requireUuid(input.personId, "personId"),
    needs,
    description: optionalText(input.description, "description", 4000),
    contactName: optionalText(input.contactName, "contactName", 60),
    contactPhone: optionalText(input.contactPhone, "contactPhone", 20),
    contactAddress: optionalText(input.contactAddress, "contactAddress", 200),
    referringDistrictCode: district.code,
    referredOn: input.referredOn,
    receivedAt: new Date(),
    serviceUnit: socialServiceUnitFor(needs, district),
    status: ReferralStatus.RECEIVED,
    closedOn: null,
  });
  return intakeOnce(dataSource, SocialReferral, candidate, sameHandOff);
}

/** 社會局's tables under A10's shared lifecycle (shared/referrals/lifecycle.ts). */
export const SOCIAL_REFERRAL_TABLES: ReferralTables<SocialReferral, SocialServiceRecord> = {
  referrals: SocialReferral,
  contacts: SocialServiceRecord,
  typeName: "SocialReferral",
};

/** A10: closes after a reassessment found no further need. */
export function closeSocialReferral(dataSource: DataSource, referralId: string, closedOn: string): Promise<SocialReferral> {
  return closeReferral(dataSource, SOCIAL_REFERRAL_TABLES, referralId, closedOn);
}

/** Keyset-paged referrals, ordered by ID so a page never shifts when referrals arrive. */
export async function listSocialReferrals(
  dataSource: DataSource,
  filter: SocialReferralFilter,
  limit: number,
  after: string | undefined,
  scope: ScopeCondition,
): Promise<Connection<SocialReferral>> {
  // Row scope first (issue #4): a list never shows, nor counts, a referral the caller may not see.
  const query = onlyInScope(dataSource.getRepository(SocialReferral).createQueryBuilder("referral"), scope);
  const conditions = { serviceUnit: filter.serviceUnit ?? undefined, status: filter.status ?? undefined };
  for (const [property, value] of Object.entries(conditions)) {
    if (value !== undefined) {
      query.andWhere(`referral.${property} = :${property}`, { [property]: value });
    }
  }
  const totalCount = await query.clone().getCount();
  if (after !== undefined) {
    query.andWhere("referral.id > :after", { after: requireUuid(decodeCursor(after), "after") });
  }
  const rows = markInScope(await query.orderBy("referral.id", "ASC").limit(limit + 1).getMany());
  return toConnection(rows, limit, (referral) => referral.id, totalCount);
}
