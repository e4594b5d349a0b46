import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryColumn } from "typeorm";
import { LocalDateScalar } from "../../../shared/graphql/scalars";
import type { TeenParentSurveyRelayInput } from "../../../shared/graphql/teen-parent-survey";

/** The family's part of a relayed survey: kept for the forwarding to social, never read through the API. */
export type RelayedAnswers = Omit<TeenParentSurveyRelayInput, "clientKey" | "month" | "officeCode" | "surveyId" | "referredOn">;

/**
 * B7 (issue #12): a survey 附表4 as 民政局 received it in a month's relay from household, and
 * forwarded to social (one child-care notice per baby). Its officers oversee the relay — counts,
 * months, offices — not the family: the answers have no GraphQL field (teen-parent.policy.ts).
 */
@Entity({ name: "teen_parent_surveys" })
@ObjectType({ description: "B7: a survey 附表4 relayed by household in a month's batch (metadata only)" })
export class RelayedTeenParentSurvey {
  @Field(() => ID)
  @PrimaryColumn("uuid")
  id!: string;

  @Column({ name: "client_key", type: "varchar", length: 100 })
  clientKey!: string;

  @Field({ description: "The batch: YYYY-MM" })
  @Column({ type: "varchar", length: 7 })
  month!: string;

  @Field({ description: "轉介單位: the household office (district code)" })
  @Column({ name: "office_code", type: "varchar", length: 8 })
  officeCode!: string;

  @Field(() => ID, { description: "household's survey" })
  @Column({ name: "survey_id", type: "uuid" })
  surveyId!: string;

  @Field(() => Int)
  @Column({ name: "baby_count", type: "int" })
  babyCount!: number;

  @Field(() => Int, { description: "Child-care notices queued to social (one per baby)" })
  @Column({ name: "notice_count", type: "int" })
  noticeCount!: number;

  @Field(() => LocalDateScalar, { description: "轉介日期" })
  @Column({ name: "referred_on", type: "date" })
  referredOn!: string;

  @Column({ type: "jsonb" })
  answers!: RelayedAnswers;

  @Field()
  @CreateDateColumn({ name: "received_at", type: "timestamptz" })
  receivedAt!: Date;
}

@ObjectType({ description: "B7: one office's surveys in a month's batch" })
export class TeenParentSurveyOfficeCount {
  @Field()
  officeCode!: string;

  @Field(() => Int)
  surveyCount!: number;

  @Field(() => Int)
  babyCount!: number;
}

@ObjectType({ description: "B7: a month's relay of 附表4 from the household offices, as 民政局 holds it" })
export class TeenParentSurveyBatch {
  @Field({ description: "YYYY-MM" })
  month!: string;

  @Field(() => Int)
  surveyCount!: number;

  @Field(() => Int)
  babyCount!: number;

  @Field(() => Int, { description: "Child-care notices queued to social" })
  noticeCount!: number;

  @Field(() => [TeenParentSurveyOfficeCount])
  offices!: TeenParentSurveyOfficeCount[];

  @Field(() => [RelayedTeenParentSurvey])
  surveys!: RelayedTeenParentSurvey[];
}
