import { SocialServiceUnit } from "../../../shared/graphql/enums";
import { TransferRules } from "../../../shared/receiving/transfer";
import { SOCIAL_AGENCY } from "../agency";
import { SocialReferral } from "../referral/social-referral.entity";

const CARE_POINTS: readonly string[] = [
  SocialServiceUnit.EAST_CARE_POINT,
  SocialServiceUnit.WEST_CARE_POINT,
  SocialServiceUnit.SOUTH_CARE_POINT,
  SocialServiceUnit.NORTH_CARE_POINT,
];

/** A10: a care point that finds a case special or serious passes it to the 新移民婦女暨家庭服務中心; nothing else moves. */
export const SOCIAL_TRANSFER_RULES: TransferRules<SocialReferral> = {
  agency: SOCIAL_AGENCY,
  allowed: (from, to) => CARE_POINTS.includes(from) && to === SocialServiceUnit.FAMILY_SERVICE_CENTRE,
  servingOrgOf: (referral) => referral.serviceUnit,
};
