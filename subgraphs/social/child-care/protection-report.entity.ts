import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { ProtectionArticle, SocialServiceUnit } from "../../../shared/graphql/enums";

/**
 * B10 (issue #12): a child-protection report (兒少權法 art. 53/54) as social received it from the
 * district's outbox (D3): social's own copy, held by the unit of the child's case (else the family
 * service centre, which takes serious cases of any district, A10).
 */
@Entity({ name: "child_protection_reports" })
@ObjectType({ description: "B10: a 兒少權法 art. 53/54 report on the child, as social received it" })
export class ChildProtectionReport {
  @Field(() => ID)
  @PrimaryColumn("uuid")
  id!: string;

  @Field({ description: "The district's outbox key it came under" })
  @Column({ name: "client_key", type: "varchar", length: 100 })
  clientKey!: string;

  @Field(() => ID, { description: "The district's urgent report (its key, D3)" })
  @Column({ name: "urgent_report_id", type: "uuid" })
  urgentReportId!: string;

  @Field(() => ID, { description: "household's Person: the child" })
  @Column({ name: "person_id", type: "uuid" })
  personId!: string;

  @Field(() => ID, { nullable: true, description: "The child's child-care case, when it has one" })
  @Column({ name: "case_id", type: "uuid", nullable: true })
  caseId!: string | null;

  @Field(() => SocialServiceUnit, { description: "The unit that received it: the case's holding unit, else the family service centre" })
  @Column({ name: "receiving_unit", type: "varchar", length: 24 })
  receivingUnit!: SocialServiceUnit;

  @Field(() => ProtectionArticle)
  @Column({ type: "varchar", length: 8 })
  article!: ProtectionArticle;

  @Field({ description: "通報日期時間" })
  @Column({ name: "reported_at", type: "timestamptz" })
  reportedAt!: Date;

  @Field({ description: "通報人" })
  @Column({ name: "reporter_name", type: "varchar", length: 60 })
  reporterName!: string;

  @Field({ description: "The filer's role (B10: any role that found abuse or neglect)" })
  @Column({ name: "reporter_role", type: "varchar", length: 40 })
  reporterRole!: string;

  @Field({ description: "The filer's organisation code" })
  @Column({ name: "reporter_org", type: "varchar", length: 40 })
  reporterOrg!: string;

  @Field(() => String, { nullable: true, description: "通報內容: what was found (may hold violence details)" })
  @Column({ type: "text", nullable: true })
  summary!: string | null;

  @Field()
  @Column({ name: "received_at", type: "timestamptz" })
  receivedAt!: Date;

  inScope?: boolean;
}
