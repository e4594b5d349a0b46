import { DataSource } from "typeorm";
import { HealthNeed, HealthServiceUnit } from "../../../shared/graphql/enums";
import { receiveReferral } from "../../../shared/receiving/intake";
import { recordService, ReferralTables } from "../../../shared/receiving/lifecycle";
import { requiredText } from "../../../shared/validation/form-text";
import { HEALTH_AGENCY } from "../agency";
import { healthServingOrgOf } from "../scope";
import { HealthServiceRecord } from "../service-record/health-service-record.entity";
import { HealthServiceInput } from "../service-record/health-service-record.input";
import { HealthReferralTransfer } from "../transfer/health-referral-transfer.entity";
import { HealthReferral } from "./health-referral.entity";
import { HealthReferralInput } from "./health-referral.input";

/** A10: the 健康服務中心 by default; a need for counselling and nothing else goes to the 社區心理衛生中心. */
export function healthServiceUnitFor(needs: readonly HealthNeed[]): HealthServiceUnit {
  return needs.every((need) => need === HealthNeed.COUNSELLING)
    ? HealthServiceUnit.COMMUNITY_MENTAL_HEALTH_CENTRE
    : HealthServiceUnit.HEALTH_SERVICE_CENTRE;
}

/** 衛生局's tables under A10's shared lifecycle (shared/receiving/lifecycle.ts). */
export const HEALTH_REFERRAL_TABLES: ReferralTables<HealthReferral, HealthServiceRecord> & { referrals: typeof HealthReferral; transfers: typeof HealthReferralTransfer } = {
  referrals: HealthReferral,
  contacts: HealthServiceRecord,
  transfers: HealthReferralTransfer,
  typeName: "HealthReferral",
};

/** A9/D3: one row per client key (shared/receiving/intake.ts); the referring district's 健康服務中心 is responsible. */
export function receiveHealthReferral(dataSource: DataSource, input: HealthReferralInput): Promise<HealthReferral> {
  return receiveReferral(dataSource, HealthReferral, input, {
    agency: HEALTH_AGENCY,
    serviceUnitFor: healthServiceUnitFor,
    // The referring district's centre, or the 社區心理衛生中心 for counselling alone (scope.ts, A10).
    servingOrgOf: (referral) => healthServingOrgOf(referral),
    own: (district) => ({ healthCentreCode: district.code }),
  });
}

/** A10: a nurse's (or counsellor's) contact; the first is the assessment, after which the referral is in service. */
export function recordHealthService(dataSource: DataSource, input: HealthServiceInput): Promise<HealthReferral> {
  return recordService(dataSource, HEALTH_REFERRAL_TABLES, input, { nurseName: requiredText(input.nurseName, "nurseName", 60) });
}
