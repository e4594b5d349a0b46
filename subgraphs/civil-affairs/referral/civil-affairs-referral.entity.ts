import { Directive, ObjectType } from "type-graphql";
import { Entity } from "typeorm";
import { CivilAffairsNeed, CivilAffairsServiceUnit } from "../../../shared/graphql/enums";
import { receivedReferralType } from "../../../shared/receiving/referral.entity";

/** What is 民政局's own in a referral: 附件4's 民政局 box, served by the bureau itself (A8, A11). */
export const CIVIL_AFFAIRS_REFERRAL_SHAPE = {
  agency: "民政局",
  needs: {
    values: CivilAffairsNeed,
    description: "附件4 民政局 box: interpreting, a need of another city, no clear owner (A11, R4)",
    routing: "民政局 handles each itself and may refer it onward to a central agency or an NGO (A11)",
  },
  serviceUnit: { values: CivilAffairsServiceUnit, length: 24, description: "A11: 民政局 itself" },
};

/**
 * A referral to 民政局 received from a district (A9, D3: the intake row of the hand-off): one of the
 * single cases 民政局 takes (A11), handled by its officers like any receiving agency's (A10).
 */
@Entity({ name: "referrals" })
@ObjectType({ description: "A9/A11: a referral received by 民政局 from a district" })
@Directive('@key(fields: "id")')
export class CivilAffairsReferral extends receivedReferralType(CIVIL_AFFAIRS_REFERRAL_SHAPE) {}
