import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { LocalDateScalar } from "../../../shared/graphql/scalars";
import { ContactedPerson, ReminderMode } from "./vaccination.enums";

/** B4: one catch-up reminder (with health education), each recorded. */
@Entity({ name: "vaccination_reminders" })
@ObjectType({ description: "B4: a catch-up reminder of a vaccination follow-up" })
export class VaccinationReminder {
  @Field(() => ID)
  @PrimaryColumn("uuid")
  id!: string;

  @Field(() => ID)
  @Column({ name: "follow_up_id", type: "uuid" })
  followUpId!: string;

  @Field(() => LocalDateScalar)
  @Column({ name: "reminded_on", type: "date" })
  remindedOn!: string;

  @Field(() => ReminderMode)
  @Column({ type: "varchar", length: 16 })
  mode!: ReminderMode;

  @Field({ description: "B4: a two-way contact (the nurse spoke with the person reached)" })
  @Column({ name: "two_way", type: "boolean" })
  twoWay!: boolean;

  @Field(() => ContactedPerson, { nullable: true, description: "B4: whom a two-way contact reached (parent, grandparent or main carer)" })
  @Column({ type: "varchar", length: 16, nullable: true })
  reached!: ContactedPerson | null;

  @Field({ description: "Who recorded it (the nurse's subject)" })
  @Column({ name: "recorded_by", type: "varchar", length: 100 })
  recordedBy!: string;

  @Field()
  @Column({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;
}
