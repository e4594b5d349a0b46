import { InputType } from "type-graphql";
import { referralFilterType, referralInputType } from "../../../shared/receiving/referral.input";
import { SOCIAL_REFERRAL_SHAPE } from "./social-referral.entity";

/** D3: what a district sends when it refers a family to 社會局 (A9). */
@InputType({ description: "A9: a district's referral to 社會局 (idempotent by clientKey)" })
export class SocialReferralInput extends referralInputType(SOCIAL_REFERRAL_SHAPE) {}

@InputType({ description: "Filters of the social referrals list" })
export class SocialReferralFilter extends referralFilterType(SOCIAL_REFERRAL_SHAPE) {}
