import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { LocalDateScalar } from "../../../shared/graphql/scalars";

/**
 * B5 (category 4): a child's insurance status as the NHIA listed it (nhia-feed.ts), one row per
 * child and start date. Its key is the key of the notice health sent social with it (the row's
 * `notice_key`, one notice per row): social's notice carries that key as its `clientKey`, and
 * health holds no household Person id for the child (D1: the NHIA sends ID numbers), so the
 * unified view of a child reaches the status from its case's notice, as it reaches B4's follow-up.
 * Read-only here: the feed writes the rows.
 */
@Entity({ name: "uninsured_children" })
@ObjectType({ description: "B5: a child uninsured over a year, as the NHIA's list gave it (the start date as given)" })
@Directive('@key(fields: "id")')
export class InsuranceStatus {
  /** The row's own key: never shown (the row scope's flags are keyed by it). */
  @PrimaryColumn("uuid")
  id!: string;

  @Field(() => ID, { name: "id", description: "The key of health's child-care notice to social for this status (the notice's clientKey)" })
  @Column({ name: "notice_key", type: "uuid" })
  noticeKey!: string;

  @Field({ description: "健康服務中心: the household district's code (its centre sent the notice)" })
  @Column({ name: "health_centre_code", type: "varchar", length: 8 })
  healthCentreCode!: string;

  @Field(() => LocalDateScalar, { description: "未納入健保起始日: as the NHIA gave it" })
  @Column({ name: "uninsured_since", type: "date" })
  uninsuredSince!: string;

  @Field(() => LocalDateScalar, { description: "The NHIA list that first listed the child with this start date" })
  @Column({ name: "nhia_listed_on", type: "date" })
  nhiaListedOn!: string;

  @Field(() => LocalDateScalar, { description: "The latest NHIA list still listing the child (uninsured as of that list)" })
  @Column({ name: "last_listed_on", type: "date" })
  lastListedOn!: string;

  inScope?: boolean;
}
