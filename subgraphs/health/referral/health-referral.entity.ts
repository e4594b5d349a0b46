import { Directive, Field, ObjectType } from "type-graphql";
import { Column, Entity } from "typeorm";
import { HealthNeed, HealthServiceUnit } from "../../../shared/graphql/enums";
import { receivedReferralType } from "../../../shared/receiving/referral.entity";

/** What is 衛生局's own in a referral: 附件4's 衛生局 box and the centres that serve it (A8, A10). */
export const HEALTH_REFERRAL_SHAPE = {
  agency: "衛生局",
  needs: {
    values: HealthNeed,
    description: "附件4 衛生局 box: pre/post-natal, newborn, medical, counselling",
    routing: "COUNSELLING alone routes to the 社區心理衛生中心, anything else to the referring district's 健康服務中心",
  },
  serviceUnit: { values: HealthServiceUnit, length: 32, description: "A10: 健康服務中心, or 社區心理衛生中心 for counselling only" },
};

/**
 * A referral to 衛生局 received from a district (A9, D3: the receiving side of the hand-off). By
 * default the district's 健康服務中心 serves it (a public-health nurse assesses by phone or visit);
 * counselling alone goes to the 社區心理衛生中心 (A10).
 */
@Entity({ name: "referrals" })
@ObjectType({ description: "A9/A10: a referral received by 衛生局 from a district" })
@Directive('@key(fields: "id")')
export class HealthReferral extends receivedReferralType(HEALTH_REFERRAL_SHAPE) {
  @Field({ description: "健康服務中心: district code of the centre responsible (the referring district)" })
  @Column({ name: "health_centre_code", type: "varchar", length: 8 })
  healthCentreCode!: string;
}
