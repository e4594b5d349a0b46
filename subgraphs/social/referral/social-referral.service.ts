import { DataSource } from "typeorm";
import { CarePointCode, District } from "../../../shared/domain/districts";
import { SocialNeed, SocialServiceUnit } from "../../../shared/graphql/enums";
import { receiveReferral } from "../../../shared/receiving/intake";
import { recordService, ReferralTables } from "../../../shared/receiving/lifecycle";
import { requiredText } from "../../../shared/validation/form-text";
import { SOCIAL_AGENCY } from "../agency";
import { SocialServiceRecord } from "../service-record/social-service-record.entity";
import { SocialServiceInput } from "../service-record/social-service-record.input";
import { SocialReferralTransfer } from "../transfer/social-referral-transfer.entity";
import { SocialReferral } from "./social-referral.entity";
import { SocialReferralInput } from "./social-referral.input";

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

/** 社會局's tables under A10's shared lifecycle (shared/receiving/lifecycle.ts). */
export const SOCIAL_REFERRAL_TABLES: ReferralTables<SocialReferral, SocialServiceRecord> & { referrals: typeof SocialReferral; transfers: typeof SocialReferralTransfer } = {
  referrals: SocialReferral,
  contacts: SocialServiceRecord,
  transfers: SocialReferralTransfer,
  typeName: "SocialReferral",
};

/** A9/D3: stores the district's referral once per client key (shared/receiving/intake.ts). */
export function receiveSocialReferral(dataSource: DataSource, input: SocialReferralInput): Promise<SocialReferral> {
  return receiveReferral(dataSource, SocialReferral, input, {
    agency: SOCIAL_AGENCY,
    serviceUnitFor: socialServiceUnitFor,
    servingOrgOf: (referral) => referral.serviceUnit,
  });
}

/** A10/A13: a social worker's contact; the first is the care point's assessment and puts the referral in service. */
export function recordSocialService(dataSource: DataSource, input: SocialServiceInput): Promise<SocialReferral> {
  return recordService(dataSource, SOCIAL_REFERRAL_TABLES, input, { socialWorkerName: requiredText(input.socialWorkerName, "socialWorkerName", 60) });
}
