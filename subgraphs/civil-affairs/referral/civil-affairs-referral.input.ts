import { InputType } from "type-graphql";
import { referralFilterType, referralInputType } from "../../../shared/receiving/referral.input";
import { CIVIL_AFFAIRS_REFERRAL_SHAPE } from "./civil-affairs-referral.entity";

/** D3: what a district sends when it refers a family to 民政局 (A9, A11). */
@InputType({ description: "A9/A11: a district's referral to 民政局 (idempotent by clientKey)" })
export class CivilAffairsReferralInput extends referralInputType(CIVIL_AFFAIRS_REFERRAL_SHAPE) {}

@InputType({ description: "Filters of the 民政局 referrals list" })
export class CivilAffairsReferralFilter extends referralFilterType(CIVIL_AFFAIRS_REFERRAL_SHAPE) {}
