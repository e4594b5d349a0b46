import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryColumn } from "typeorm";
import { CaseType, NewImmigrantRelation, WelcomeHandbook } from "../../../shared/graphql/enums";
import { LocalDateScalar } from "../../../shared/graphql/scalars";

/**
 * A household registration (戶籍登記) that involves a new immigrant (A1): the trigger of a consent
 * inquiry. All eight case types of the statistics are stored.
 */
@Entity({ name: "registrations" })
@ObjectType({ description: "A1: 戶籍登記 involving a new immigrant" })
@Directive('@key(fields: "id")')
export class Registration {
  @Field(() => ID)
  @PrimaryColumn("uuid")
  id!: string;

  @Field(() => CaseType, { description: "洽公項目" })
  @Column({ name: "case_type", type: "varchar", length: 24 })
  caseType!: CaseType;

  @Field(() => LocalDateScalar, { description: "登記日期" })
  @Column({ name: "registered_on", type: "date" })
  registeredOn!: string;

  @Field({ description: "受理戶所: district code of the receiving household office" })
  @Column({ name: "office_code", type: "varchar", length: 8 })
  officeCode!: string;

  @Column({ name: "registrant_id", type: "uuid" })
  registrantId!: string;

  @Column({ name: "new_immigrant_id", type: "uuid" })
  newImmigrantId!: string;

  /** A1: who the new immigrant is to the registration; null on rows recorded before issue #9. */
  @Field(() => NewImmigrantRelation, { nullable: true, description: "A1: the new immigrant's relation to the registration" })
  @Column({ name: "new_immigrant_relation", type: "varchar", length: 20, nullable: true })
  newImmigrantRelation!: NewImmigrantRelation | null;

  /** A1: the clerk gives the welcome handbook (幸福手冊) at the registration; null = not given. */
  @Field(() => WelcomeHandbook, { nullable: true, description: "幸福手冊 given: as a book or on CD; null = not given" })
  @Column({ name: "welcome_handbook", type: "varchar", length: 4, nullable: true })
  welcomeHandbook!: WelcomeHandbook | null;

  /** Set by the scoped loaders: whether the caller may see this row's fields (issue #4). */
  inScope?: boolean;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;
}
