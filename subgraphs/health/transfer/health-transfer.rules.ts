import { HealthServiceUnit } from "../../../shared/graphql/enums";
import { TransferRules } from "../../../shared/receiving/transfer";
import { HEALTH_AGENCY } from "../agency";
import { HealthReferral } from "../referral/health-referral.entity";
import { healthServingOrgOf } from "../scope";

/** A10: a 健康服務中心 passes counselling that meets the intake criteria to the 社區心理衛生中心; nothing else moves. */
export const HEALTH_TRANSFER_RULES: TransferRules<HealthReferral> = {
  agency: HEALTH_AGENCY,
  allowed: (from, to) => from === HealthServiceUnit.HEALTH_SERVICE_CENTRE && to === HealthServiceUnit.COMMUNITY_MENTAL_HEALTH_CENTRE,
  servingOrgOf: healthServingOrgOf,
};
