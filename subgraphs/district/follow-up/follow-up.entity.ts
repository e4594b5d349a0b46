import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryColumn } from "typeorm";
import { SearchReason } from "../../../shared/domain/child-care";
import { ContactPersonCopy, RequestedChildCopy } from "../../../shared/graphql/requested-child";
import { LocalDateScalar } from "../../../shared/graphql/scalars";
import { FollowUpRequesterAgency, FollowUpStatus } from "./follow-up-status";

/** A person the requester says to contact about the child (D3: the district's own copy, as the police keep theirs). */
@ObjectType({ description: "B2, B9: a person to contact about the child, as the requester sent it" })
export class FollowUpContact extends ContactPersonCopy {}

/**
 * 村里長或村里幹事追蹤 (issue #12; B2, B9): a request to the district office of the child's household
 * district to have the village chief or officer follow a child up — from the household office at
 * an ex-officio birth or move whose child cannot be found (B2), or from a social unit's case (B9).
 * The district keeps its own copy of the child and of whom to contact (D3); 人文課 assigns a 里幹事,
 * who records whether the child was met, when, where the child is, and notes; the reply goes back
 * to the requester within 1 month (FOLLOW_UP_REPLY, R2) through the district's outbox.
 */
@Entity({ name: "follow_up_requests" })
@ObjectType({ description: "B2, B9: a request to the district office to follow a child up (village chief or officer)" })
@Directive('@key(fields: "id")')
export class FollowUpRequest extends RequestedChildCopy {
  @Field(() => ID)
  @PrimaryColumn("uuid")
  id!: string;

  /** The sender's key (its outbox row): the reply names it, so the requester checks it is its request. */
  @Column({ name: "client_key", type: "varchar", length: 100 })
  clientKey!: string;

  @Field(() => SearchReason, { nullable: true, description: "B2, B3: why the household office asked (a social unit's request has none)" })
  @Column({ type: "varchar", length: 32, nullable: true })
  reason!: SearchReason | null;

  @Field(() => FollowUpRequesterAgency)
  @Column({ name: "requester_agency", type: "varchar", length: 12 })
  requesterAgency!: FollowUpRequesterAgency;

  @Field({ description: "The requester's own reference (its record's id), returned with the reply" })
  @Column({ name: "requester_reference", type: "varchar", length: 100 })
  requesterReference!: string;

  /** The requesting office or unit (the acting user's org): it reads where its requests stand. */
  @Column({ name: "requester_org", type: "varchar", length: 40 })
  requesterOrg!: string;

  @Field(() => [FollowUpContact], { description: "Whom to contact (D3 copy), in the requester's order" })
  @Column({ type: "jsonb" })
  contacts!: FollowUpContact[];

  @Field({ description: "The child's household district (戶籍地): its district office follows up" })
  @Column({ name: "household_district_code", type: "varchar", length: 8 })
  householdDistrictCode!: string;

  @Field(() => LocalDateScalar, { description: "The requester's date of the request (its letter)" })
  @Column({ name: "requested_on", type: "date" })
  requestedOn!: string;

  @Field({ description: "When the district received it: the 1-month reply counts from here" })
  @Column({ name: "received_at", type: "timestamptz" })
  receivedAt!: Date;

  @Field(() => FollowUpStatus)
  @Column({ type: "varchar", length: 12 })
  status!: FollowUpStatus;

  @Field(() => String, { nullable: true, description: "The assigned 里幹事 (staff identifier, token subject)" })
  @Column({ name: "assigned_officer_id", type: "varchar", length: 64, nullable: true })
  assignedOfficerId!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: "assigned_officer_name", type: "varchar", length: 60, nullable: true })
  assignedOfficerName!: string | null;

  @Field(() => Boolean, { nullable: true, description: "Whether the child was met (seen) on the follow-up" })
  @Column({ type: "boolean", nullable: true })
  met!: boolean | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "The follow-up's date" })
  @Column({ name: "followed_up_on", type: "date", nullable: true })
  followedUpOn!: string | null;

  @Field(() => String, { nullable: true, description: "Where the child is (one line; sent on to the requester)" })
  @Column({ type: "varchar", length: 200, nullable: true })
  whereabouts!: string | null;

  @Field(() => String, { nullable: true, description: "The officer's notes (may describe the family)" })
  @Column({ type: "text", nullable: true })
  note!: string | null;

  @Field(() => String, { nullable: true, description: "Who recorded the follow-up (a staff name)" })
  @Column({ name: "recorded_by", type: "varchar", length: 60, nullable: true })
  recordedBy!: string | null;

  @Field(() => Date, { nullable: true, description: "When the reply was recorded and sent" })
  @Column({ name: "replied_at", type: "timestamptz", nullable: true })
  repliedAt!: Date | null;

  @Field({ description: "When the row was stored" })
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;

  /** Set by the scoped loaders: whether the caller may see this row's fields (issue #4). */
  inScope?: boolean;
}
