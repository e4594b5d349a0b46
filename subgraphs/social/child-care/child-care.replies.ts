import { Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { FollowUpReplyFields } from "../../../shared/graphql/follow-up-reply";
import { LocalDateScalar } from "../../../shared/graphql/scalars";
import { ChildCareRequestKind } from "./child-care.enums";

/** B2, B9: what the agency a unit asked answered (issue #12). */
export enum ChildCareReplyOutcome {
  /** The district's village officer met the child (where the child is, in whereabouts). */
  MET = "MET",
  /** The district followed up without meeting the child. */
  NOT_MET = "NOT_MET",
  /** The police's search ended without finding the child (B9: the child is still missing). */
  NOT_FOUND = "NOT_FOUND",
}

registerEnumType(ChildCareReplyOutcome, { name: "ChildCareReplyOutcome", description: "B2, B9: the district's follow-up (met or not) or the police's NOT_FOUND" });

/**
 * B9 (issue #12): the answer to a request a unit made on its case — the district office's follow-up
 * (village chief or officer: met or not, when, where the child is, notes) or the police's search
 * that ended NOT_FOUND (a FOUND is a ChildFound). One per request, kept as the sender sent it (D3).
 */
@Entity({ name: "child_care_replies" })
@ObjectType({ description: "B9: the district's follow-up, or the police's NOT_FOUND, on a request of the case" })
export class ChildCareReply {
  @Field(() => ID)
  @PrimaryColumn("uuid")
  id!: string;

  @Column({ name: "client_key", type: "varchar", length: 100 })
  clientKey!: string;

  @Field(() => ID)
  @Column({ name: "case_id", type: "uuid" })
  caseId!: string;

  @Field(() => ID, { description: "The unit's request it answers" })
  @Column({ name: "request_id", type: "uuid" })
  requestId!: string;

  @Field(() => ChildCareRequestKind)
  @Column({ name: "request_kind", type: "varchar", length: 20 })
  requestKind!: ChildCareRequestKind;

  @Field(() => ChildCareReplyOutcome)
  @Column({ type: "varchar", length: 12 })
  outcome!: ChildCareReplyOutcome;

  @Field(() => LocalDateScalar, { description: "The follow-up's date, or the police's result date" })
  @Column({ name: "replied_on", type: "date" })
  repliedOn!: string;

  @Field(() => String, { nullable: true, description: "Where the child is (the district's follow-up)" })
  @Column({ type: "varchar", length: 200, nullable: true })
  whereabouts!: string | null;

  @Field(() => String, { nullable: true, description: "The village officer's notes (may describe the family)" })
  @Column({ type: "text", nullable: true })
  note!: string | null;

  @Field()
  @Column({ name: "received_at", type: "timestamptz" })
  receivedAt!: Date;
}

/** docs/programme-b.md: social `receiveChildCareFollowUpReply`, delivered by the district's outbox (D3). */
@InputType({ description: "B9: the district office's follow-up of a child a unit asked about; idempotent by clientKey" })
export class ChildCareFollowUpReplyInput extends FollowUpReplyFields {
  @Field(() => ID, { description: "The unit's request (the requesterReference it sent)" })
  requestId!: string;
}

/** docs/programme-b.md: social `receiveChildNotFound`, from the police, when a search social asked for ends NOT_FOUND. */
@InputType({ description: "B9: the police's search social asked for ended without finding the child; idempotent by clientKey" })
export class ChildNotFoundInput {
  @Field()
  clientKey!: string;

  @Field({ description: "The search: social's request id (the requesterReference it sent)" })
  searchRequestId!: string;

  @Field(() => LocalDateScalar)
  resultOn!: string;
}
