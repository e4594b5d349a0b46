import { Field, ID, ObjectType } from "type-graphql";
import type { ConsentInquiry } from "./consent-inquiry.entity";

/** A6 (issue #8): a district's return of a handed-over form to the office, and where its correction stands. */
@ObjectType({ description: "A6: the district's return of this form for correction" })
export class CorrectionRequest {
  @Field({ description: "Why the district returned it (what is wrongly recorded)" })
  reason!: string;

  @Field({ description: "When the return arrived at the office (the CORRECTION deadline counts from it)" })
  requestedAt!: Date;

  @Field({ description: "區公所 (district code) that returned it" })
  district!: string;

  @Field(() => ID, { description: "The district's care case it is about" })
  careCaseId!: string;

  @Field(() => Date, { nullable: true, description: "When the office sent it back corrected; null while the correction is open" })
  correctedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: "Issue #9: when the office withdrew the case instead (wrongly recorded, not to be visited); the district closes it" })
  withdrawnAt!: Date | null;

  @Field(() => String, { nullable: true, description: "Issue #9: why the office withdrew it" })
  withdrawalReason!: string | null;
}

/** The inquiry's last return, or null when no district ever returned it. */
export function correctionRequestOf(inquiry: ConsentInquiry): CorrectionRequest | null {
  const { correctionReason, correctionRequestedAt, correctionRequestedBy, correctionCareCaseId } = inquiry;
  if (correctionReason === null || correctionRequestedAt === null || correctionRequestedBy === null || correctionCareCaseId === null) {
    return null;
  }
  return {
    reason: correctionReason,
    requestedAt: correctionRequestedAt,
    district: correctionRequestedBy,
    careCaseId: correctionCareCaseId,
    correctedAt: inquiry.correctedAt,
    withdrawnAt: inquiry.withdrawnAt,
    withdrawalReason: inquiry.withdrawalReason,
  };
}
