import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryColumn } from "typeorm";
import { LocalDateScalar } from "../../../shared/graphql/scalars";
import { OnwardTargetKind } from "./onward-targets";

/**
 * A11 (issue #9): 民政局 refers one of its cases onward, to a central agency or an NGO, with the
 * target, the date and, once known, the outcome — like the district's urgent report to an outside
 * body (A9): its own record, visible on the 民政局 referral to the referring district (A10).
 */
@Entity({ name: "onward_referrals" })
@ObjectType({ description: "A11: 民政局's onward referral of a case to a central agency or an NGO" })
export class OnwardReferral {
  @Field(() => ID)
  @PrimaryColumn("uuid")
  id!: string;

  @Field(() => ID, { description: "The 民政局 referral referred onward" })
  @Column({ name: "referral_id", type: "uuid" })
  referralId!: string;

  @Field({ description: "The target's directory code (a central agency or NGO of the service directory, C1)" })
  @Column({ name: "target", type: "varchar", length: 60 })
  target!: string;

  @Field({ description: "轉介單位: the target's name when referred" })
  @Column({ name: "target_name", type: "varchar", length: 100 })
  targetName!: string;

  @Field(() => OnwardTargetKind)
  @Column({ name: "target_kind", type: "varchar", length: 16 })
  targetKind!: OnwardTargetKind;

  @Field(() => LocalDateScalar, { description: "轉介日期: not in the future, not before the referral to 民政局" })
  @Column({ name: "referred_on", type: "date" })
  referredOn!: string;

  @Field(() => String, { nullable: true, description: "What was asked of the target (may describe the family)" })
  @Column({ type: "text", nullable: true })
  note!: string | null;

  @Field(() => String, { nullable: true, description: "處理結果: what the target did; null until known" })
  @Column({ type: "text", nullable: true })
  outcome!: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @Column({ name: "outcome_on", type: "date", nullable: true })
  outcomeOn!: string | null;

  @Field({ description: "When the row was stored" })
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;
}
