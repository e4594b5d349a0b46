import { Directive, ObjectType } from "type-graphql";
import { Entity } from "typeorm";
import { receivedReferralType } from "../../../shared/receiving/referral.entity";

/** What is a partner agency's in a referral: 附件4's 勞動局 or 教育局 box; the unit is the agency itself (A9). */
export const PARTNER_REFERRAL_SHAPE = {
  agency: "the partner agency",
  // Issue #9 (C1): no enum: each agency's needs are its visit-form box's in the directory (勞動局: JOBS, TRAINING; 教育局: SCHOOLING).
  needs: {
    description: "The needs of the agency's 附件4 box, as the directory lists them (勞動局: JOBS, TRAINING; 教育局: SCHOOLING; A9, seed 001)",
    routing: "the needs must be the agency's own, as its box in the service directory in force lists them",
  },
  // No enum: the agencies are the city's directory's (partner-agencies.ts).
  serviceUnit: { length: 60, description: "The partner agency serving it, by its directory code (taipei.labour-bureau)" },
};

/**
 * A referral to a partner agency without a subgraph of its own (勞動局, 教育局), received through
 * the platform for it by 民政局's subgraph (issue #9, A9, D3); the agency's officer serves it (A10).
 */
@Entity({ name: "partner_referrals" })
@ObjectType({ description: "A9/A10: a referral to a partner agency (勞動局, 教育局, any agency the city's directory adds), hosted by 民政局" })
@Directive('@key(fields: "id")')
export class PartnerReferral extends receivedReferralType<string, string>(PARTNER_REFERRAL_SHAPE) {}
