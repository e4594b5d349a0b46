import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, PrimaryColumn } from "typeorm";
import { LocalDateScalar } from "../graphql/scalars";
import { ReferralShape } from "./referral.entity";

/** One move of a referral between an agency's units (A10), as the kit's transfer service writes it. */
export interface ReferralTransferRow<Unit extends string = string> {
  id: string;
  referralId: string;
  fromUnit: Unit;
  toUnit: Unit;
  reason: string;
  transferredOn: string;
  transferredBy: string;
  createdAt: Date;
}

/**
 * A10 (issue #9): the history of a referral's serving units, one row per transfer, kept on the
 * referral in the agency's `referral_transfers` table. The referral itself keeps its id, so its
 * service records made before the transfer stay on it, for the unit that serves it now.
 */
export function referralTransferType<Need extends string, Unit extends string>(shape: ReferralShape<Need, Unit>) {
  @ObjectType()
  abstract class ReferralTransfer implements ReferralTransferRow<Unit> {
    @Field(() => ID)
    @PrimaryColumn("uuid")
    id!: string;

    @Field(() => ID, { description: "The referral moved" })
    @Column({ name: "referral_id", type: "uuid" })
    referralId!: string;

    @Field(() => shape.serviceUnit.values ?? String, { description: "The unit that served it until the transfer" })
    @Column({ name: "from_unit", type: "varchar", length: shape.serviceUnit.length })
    fromUnit!: Unit;

    @Field(() => shape.serviceUnit.values ?? String, { description: "The unit that serves it from the transfer on" })
    @Column({ name: "to_unit", type: "varchar", length: shape.serviceUnit.length })
    toUnit!: Unit;

    @Field({ description: "Why (A10: a serious case, counselling that meets the centre's intake criteria); may describe the family" })
    @Column({ type: "text" })
    reason!: string;

    @Field(() => LocalDateScalar, { description: "移轉日期: not in the future, not before the referral" })
    @Column({ name: "transferred_on", type: "date" })
    transferredOn!: string;

    @Field({ description: "The staff member of the old unit who transferred it (token subject)" })
    @Column({ name: "transferred_by", type: "varchar", length: 100 })
    transferredBy!: string;

    @Field({ description: "When the transfer was entered" })
    @CreateDateColumn({ name: "created_at", type: "timestamptz" })
    createdAt!: Date;
  }
  return ReferralTransfer;
}
