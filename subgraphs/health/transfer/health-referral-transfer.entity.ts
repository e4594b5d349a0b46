import { ObjectType } from "type-graphql";
import { Entity } from "typeorm";
import { referralTransferType } from "../../../shared/receiving/transfer.entity";
import { HEALTH_REFERRAL_SHAPE } from "../referral/health-referral.entity";

/** A10 (issue #9): a referral moved from a 健康服務中心 to the 社區心理衛生中心 (counselling that meets its intake criteria). */
@Entity({ name: "referral_transfers" })
@ObjectType({ description: "A10: a health referral's move between units (移轉), kept as its history" })
export class HealthReferralTransfer extends referralTransferType(HEALTH_REFERRAL_SHAPE) {}
