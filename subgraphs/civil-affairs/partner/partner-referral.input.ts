import { Field, InputType } from "type-graphql";
import { referralFilterType, referralInputType } from "../../../shared/receiving/referral.input";
import { PARTNER_REFERRAL_SHAPE } from "./partner-referral.entity";

/** D3: what a district sends when it refers a family to a partner agency (A9), and which agency. */
@InputType({ description: "A9: a district's referral to a partner agency (idempotent by clientKey)" })
export class PartnerReferralInput extends referralInputType(PARTNER_REFERRAL_SHAPE) {
  @Field({ description: "The partner agency's directory code (a REFERRAL box's agency with needs: taipei.labour-bureau, taipei.education-bureau, …)" })
  agencyCode!: string;
}

@InputType({ description: "Filters of the partner referrals list (serviceUnit: the agency's code)" })
export class PartnerReferralFilter extends referralFilterType(PARTNER_REFERRAL_SHAPE) {}
