import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryColumn } from "typeorm";
import { ServiceContactMode } from "../../../shared/graphql/enums";
import { LocalDateScalar } from "../../../shared/graphql/scalars";

/** A social worker's contact on a referral: the care point's assessment and follow-ups (A10, A13). */
@Entity({ name: "service_records" })
@ObjectType({ description: "A10/A13: a social worker's service contact on a referral" })
export class SocialServiceRecord {
  @Field(() => ID)
  @PrimaryColumn("uuid")
  id!: string;

  @Field(() => ID)
  @Column({ name: "referral_id", type: "uuid" })
  referralId!: string;

  @Field(() => LocalDateScalar, { description: "服務日期" })
  @Column({ name: "served_on", type: "date" })
  servedOn!: string;

  @Field(() => ServiceContactMode, { description: "電訪 / 家訪 / 來所 (A10: assessed by phone or visit)" })
  @Column({ type: "varchar", length: 12 })
  mode!: ServiceContactMode;

  @Field({ description: "服務摘要" })
  @Column({ type: "text" })
  summary!: string;

  @Field({ description: "社工姓名" })
  @Column({ name: "social_worker_name", type: "varchar", length: 60 })
  socialWorkerName!: string;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;
}
