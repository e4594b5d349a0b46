import { DataSource } from "typeorm";
import { CITY_ORG } from "../../../shared/auth/roles";
import { CivilAffairsServiceUnit } from "../../../shared/graphql/enums";
import { receiveReferral } from "../../../shared/receiving/intake";
import { recordService, ReferralTables } from "../../../shared/receiving/lifecycle";
import { requiredText } from "../../../shared/validation/form-text";
import { CIVIL_AFFAIRS_AGENCY } from "../agency";
import { CivilAffairsServiceRecord } from "../service-record/civil-affairs-service-record.entity";
import { CivilAffairsServiceInput } from "../service-record/civil-affairs-service-record.input";
import { CivilAffairsReferral } from "./civil-affairs-referral.entity";
import { CivilAffairsReferralInput } from "./civil-affairs-referral.input";

/** 民政局's tables under A10's shared lifecycle (shared/receiving/lifecycle.ts). */
export const CIVIL_AFFAIRS_REFERRAL_TABLES: ReferralTables<CivilAffairsReferral, CivilAffairsServiceRecord> & { referrals: typeof CivilAffairsReferral } = {
  referrals: CivilAffairsReferral,
  contacts: CivilAffairsServiceRecord,
  typeName: "CivilAffairsReferral",
};

/** A9/D3: stores the district's referral once per client key; the bureau (the city's organisation) is told it arrived. */
export function receiveCivilAffairsReferral(dataSource: DataSource, input: CivilAffairsReferralInput): Promise<CivilAffairsReferral> {
  return receiveReferral(dataSource, CivilAffairsReferral, input, {
    agency: CIVIL_AFFAIRS_AGENCY,
    serviceUnitFor: () => CivilAffairsServiceUnit.CIVIL_AFFAIRS_BUREAU,
    servingOrgOf: () => CITY_ORG,
  });
}

/** A10/A11: an officer's handling; the first puts the referral in service. */
export function recordCivilAffairsService(dataSource: DataSource, input: CivilAffairsServiceInput): Promise<CivilAffairsReferral> {
  return recordService(dataSource, CIVIL_AFFAIRS_REFERRAL_TABLES, input, { officerName: requiredText(input.officerName, "officerName", 60) });
}
