import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryColumn } from "typeorm";
import { ServiceContactMode } from "../../../shared/graphql/enums";
import { LocalDateScalar } from "../../../shared/graphql/scalars";

/** A public-health nurse's contact: assessment, health education, eugenic care advice (A10). */
@Entity({ name: "service_contacts" })
@ObjectType({ description: "A10: a nurse's or counsellor's contact on a health referral" })
export class HealthServiceRecord {
  @Field(() => ID)
  @PrimaryColumn("uuid")
  id!: string;

  @Field(() => ID, { description: "The HealthReferral served" })
  @Column({ name: "referral_id", type: "uuid" })
  referralId!: string;

  @Field(() => LocalDateScalar, { description: "Date of the contact" })
  @Column({ name: "served_on", type: "date" })
  servedOn!: string;

  @Field(() => ServiceContactMode, { description: "Phone, home visit or at the centre" })
  @Column({ type: "varchar", length: 12 })
  mode!: ServiceContactMode;

  @Field({ description: "What was assessed and advised" })
  @Column({ type: "text" })
  summary!: string;

  @Field({ description: "公衛護士 (or counsellor) who made the contact" })
  @Column({ name: "nurse_name", type: "varchar", length: 60 })
  nurseName!: string;

  @Field({ description: "When the contact was entered" })
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;
}
