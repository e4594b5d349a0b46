import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, PrimaryColumn } from "typeorm";
import { ServiceContactMode } from "../graphql/enums";
import { LocalDateScalar } from "../graphql/scalars";

/**
 * A service contact on a referral (A10: the assessment by phone or visit, then the follow-ups), as
 * every receiving agency stores it in its `service_records` table. An agency's entity extends it
 * and adds who made the contact under its own word (社工, 公衛護士).
 */
@ObjectType()
export abstract class ServiceRecordBase {
  @Field(() => ID)
  @PrimaryColumn("uuid")
  id!: string;

  @Field(() => ID, { description: "The referral served" })
  @Column({ name: "referral_id", type: "uuid" })
  referralId!: string;

  @Field(() => LocalDateScalar, { description: "服務日期: never before the referral date" })
  @Column({ name: "served_on", type: "date" })
  servedOn!: string;

  @Field(() => ServiceContactMode, { description: "電訪 / 家訪 / 來所 (A10: assessed by phone or visit)" })
  @Column({ type: "varchar", length: 12 })
  mode!: ServiceContactMode;

  @Field({ description: "服務摘要: what was assessed, advised or done" })
  @Column({ type: "text" })
  summary!: string;

  @Field({ description: "When the contact was entered" })
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;
}
