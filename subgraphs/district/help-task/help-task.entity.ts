import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryColumn } from "typeorm";
import { LocalDateScalar } from "../../../shared/graphql/scalars";

/** A9: the district's own help, ticked on 附件4: not referrals, tasks of a section of a district office. */
export enum HelpTaskKind {
  /** 區公所社會課: economic hardship needing immediate help; the household address's district (A5). */
  SOCIAL_SECTION = "SOCIAL_SECTION",
  /** 區公所人文課: Chinese or other classes; the visiting district. */
  HUMANITIES_SECTION = "HUMANITIES_SECTION",
}

export enum HelpTaskState {
  OPEN = "OPEN",
  DONE = "DONE",
}

registerEnumType(HelpTaskKind, { name: "HelpTaskKind", description: "A9: 社會課 or 人文課 help, ticked on 附件4" });
registerEnumType(HelpTaskState, { name: "HelpTaskState", description: "A9: open, or done by the district it is assigned to" });

/**
 * A9, A5 (issue #9): an internal help task created when 附件4 is filed with the district's own
 * boxes ticked. The 社會課 task is the household address's district's (A5): for a cross-district
 * case another district than the one that visited, so the row names the district that must do it
 * (`assignedDistrictCode`), and that district's 人文課 sees and completes it. No foreign key to
 * care_cases, as for case_referrals (the demo reset empties care_cases without CASCADE).
 */
@Entity({ name: "help_tasks" })
@ObjectType({ description: "A9: a district's own help for a case (社會課 or 人文課), not a referral" })
export class HelpTask {
  @Field(() => ID)
  @PrimaryColumn("uuid")
  id!: string;

  @Column({ name: "care_case_id", type: "uuid" })
  careCaseId!: string;

  /** household's Person the task is for (the case's), for the read audit. */
  @Column({ name: "person_id", type: "uuid" })
  personId!: string;

  @Field(() => HelpTaskKind)
  @Column({ type: "varchar", length: 24 })
  kind!: HelpTaskKind;

  @Field({ description: "The district that must give the help: the household address's for 社會課 (A5), the visiting district's for 人文課" })
  @Column({ name: "assigned_district_code", type: "varchar", length: 8 })
  assignedDistrictCode!: string;

  @Field(() => HelpTaskState)
  @Column({ type: "varchar", length: 8 })
  state!: HelpTaskState;

  @Field(() => LocalDateScalar, { nullable: true, description: "When the help was given; absent while open" })
  @Column({ name: "done_on", type: "date", nullable: true })
  doneOn!: string | null;

  @Field(() => String, { nullable: true, description: "What was done (may describe the family's situation)" })
  @Column({ type: "text", nullable: true })
  note!: string | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;

  /** Set by the scoped loaders: whether the caller may see this row's fields. */
  inScope?: boolean;
}
