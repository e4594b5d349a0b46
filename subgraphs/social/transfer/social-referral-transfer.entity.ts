import { ObjectType } from "type-graphql";
import { Entity } from "typeorm";
import { referralTransferType } from "../../../shared/receiving/transfer.entity";
import { SOCIAL_REFERRAL_SHAPE } from "../referral/social-referral.entity";

/** A10 (issue #9): a referral moved from a care point (東/西/南/北區關懷據點) to the 新移民婦女暨家庭服務中心 for a serious case. */
@Entity({ name: "referral_transfers" })
@ObjectType({ description: "A10: a social referral's move between units (移轉), kept as its history" })
export class SocialReferralTransfer extends referralTransferType(SOCIAL_REFERRAL_SHAPE) {}
