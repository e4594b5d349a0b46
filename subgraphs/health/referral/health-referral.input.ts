import { Field, InputType } from "type-graphql";
import { referralFilterType, referralInputType } from "../../../shared/receiving/referral.input";
import { HEALTH_REFERRAL_SHAPE } from "./health-referral.entity";

/** D3: the district's hand-off to 衛生局 (A9); COUNSELLING alone routes to 社區心理衛生中心, anything else to the district's 健康服務中心. */
@InputType({ description: "A9: a district's referral to 衛生局 (idempotent by clientKey)" })
export class HealthReferralInput extends referralInputType(HEALTH_REFERRAL_SHAPE) {}

@InputType({ description: "Filters of the health referrals list" })
export class HealthReferralFilter extends referralFilterType(HEALTH_REFERRAL_SHAPE) {
  @Field(() => String, { nullable: true, description: "健康服務中心 by district code, slug or name" })
  healthCentre?: string | null;
}
