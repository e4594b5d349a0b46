import { Directive, ObjectType } from "type-graphql";
import { Entity } from "typeorm";
import { SocialNeed, SocialServiceUnit } from "../../../shared/graphql/enums";
import { receivedReferralType } from "../../../shared/receiving/referral.entity";

/** What is 社會局's own in a referral: 附件4's 社會局 box and the units that serve it (A8, A10). */
export const SOCIAL_REFERRAL_SHAPE = {
  agency: "社會局",
  needs: {
    values: SocialNeed,
    description: "附件4 社會局 box: family, divorce, death, domestic violence (A12)",
    routing: "DOMESTIC_VIOLENCE routes to the family service centre, anything else to the district's care point",
  },
  serviceUnit: { values: SocialServiceUnit, length: 24, description: "A10: the care point of the district, or the family service centre" },
};

/**
 * A referral to 社會局 received from a district (A9, D3: the intake row of the hand-off). It keys
 * the district's CareCase and household's Person; 社會局 serves it at a care point (東西南北區關懷據點)
 * or, for serious cases, at the 新移民婦女暨家庭服務中心 (A10).
 */
@Entity({ name: "referrals" })
@ObjectType({ description: "A9/A10: a referral received by 社會局 from a district" })
@Directive('@key(fields: "id")')
export class SocialReferral extends receivedReferralType(SOCIAL_REFERRAL_SHAPE) {}
