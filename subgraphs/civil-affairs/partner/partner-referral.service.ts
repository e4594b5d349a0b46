import { DataSource } from "typeorm";
import { badUserInput } from "../../../shared/errors";
import { receiveReferral } from "../../../shared/receiving/intake";
import { recordService, ReferralTables } from "../../../shared/receiving/lifecycle";
import { requiredText } from "../../../shared/validation/form-text";
import { partnerAgencyInForce } from "./partner-agencies";
import { PARTNER_AGENCY } from "./partner-agency";
import { PartnerReferral } from "./partner-referral.entity";
import { PartnerReferralInput } from "./partner-referral.input";
import { PartnerServiceRecord } from "./partner-service-record.entity";
import { PartnerServiceInput } from "./partner-service-record.input";

/** The partner agencies' tables under A10's shared lifecycle (shared/receiving/lifecycle.ts). */
export const PARTNER_REFERRAL_TABLES: ReferralTables<PartnerReferral, PartnerServiceRecord> & { referrals: typeof PartnerReferral } = {
  referrals: PartnerReferral,
  contacts: PartnerServiceRecord,
  typeName: "PartnerReferral",
};

/**
 * A9/D3: stores the district's referral to a partner agency once per client key, served by that
 * agency (its code is the serving unit), whose officers are notified. An agency that is no partner
 * agency of the directory in force on the referral's date (partner-agencies.ts), or a need not its
 * own, is BAD_USER_INPUT before anything is written.
 */
export async function receivePartnerReferral(dataSource: DataSource, input: PartnerReferralInput): Promise<PartnerReferral> {
  const agency = typeof input.agencyCode === "string" ? await partnerAgencyInForce(dataSource, input.agencyCode, input.referredOn) : undefined;
  if (agency === undefined) {
    throw badUserInput("input.agencyCode must name a partner agency of the service directory in force", "input.agencyCode");
  }
  if (!input.needs.every((need) => agency.needs.includes(need))) {
    throw badUserInput(`needs must be the agency's own: ${agency.needs.join(", ")}`, "needs");
  }
  return receiveReferral(dataSource, PartnerReferral, input, {
    agency: PARTNER_AGENCY,
    serviceUnitFor: () => agency.code,
    servingOrgOf: (referral) => referral.serviceUnit,
  });
}

/** A10: the agency officer's handling; the first puts the referral in service. */
export function recordPartnerService(dataSource: DataSource, input: PartnerServiceInput): Promise<PartnerReferral> {
  return recordService(dataSource, PARTNER_REFERRAL_TABLES, input, { officerName: requiredText(input.officerName, "officerName", 60) });
}
