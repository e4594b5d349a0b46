import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryColumn } from "typeorm";
import { SearchOutcome, SearchReason } from "../../../shared/domain/child-care";
import { ContactPersonCopy, RequestedChildCopy } from "../../../shared/graphql/requested-child";
import { LocalDateScalar } from "../../../shared/graphql/scalars";
import { SearchRequesterAgency, SearchStatus } from "./search-status";

/** A person the requester says to contact about the child (D3: the police's own copy, as a referral carries whom to contact). */
@ObjectType({ description: "B2, B9: a person to contact about the child, as the requester sent it" })
export class SearchContact extends ContactPersonCopy {}

/**
 * 協尋 (issue #12; B2, B3, B9): a request to the police of the child's household district to find a
 * child whose whereabouts are unknown — from the household office at an ex-officio birth or move,
 * or from a social unit (a missing child, a visit that is clearly difficult). The police keep their
 * own copy of the child and of whom to contact (D3); officers visit within 7 days and reply within
 * 1 month (shared/calendar DEADLINE_RULES: POLICE_VISIT, INVESTIGATION_REPLY).
 */
@Entity({ name: "search_requests" })
@ObjectType({ description: "協尋: a request to the police to find a child (B2, B9)" })
@Directive('@key(fields: "id")')
export class SearchRequest extends RequestedChildCopy {
  @Field(() => ID)
  @PrimaryColumn("uuid")
  id!: string;

  @Column({ name: "client_key", type: "varchar", length: 100 })
  clientKey!: string;

  @Field(() => SearchReason)
  @Column({ type: "varchar", length: 32 })
  reason!: SearchReason;

  @Field(() => SearchRequesterAgency)
  @Column({ name: "requester_agency", type: "varchar", length: 12 })
  requesterAgency!: SearchRequesterAgency;

  @Field({ description: "The requester's own reference (its record's id), for the reply" })
  @Column({ name: "requester_reference", type: "varchar", length: 100 })
  requesterReference!: string;

  /** The requesting office or unit (the acting user's org): its clerks or social workers read what it sent. */
  @Column({ name: "requester_org", type: "varchar", length: 40 })
  requesterOrg!: string;

  @Field(() => [SearchContact], { description: "Whom to contact (D3 copy), in the requester's order" })
  @Column({ type: "jsonb" })
  contacts!: SearchContact[];

  @Field({ description: "The child's household district (戶籍地): its precincts search" })
  @Column({ name: "household_district_code", type: "varchar", length: 8 })
  householdDistrictCode!: string;

  @Field(() => [String], { description: "The precincts (分局) of the household district the request went to" })
  @Column({ name: "precinct_codes", type: "text", array: true })
  precinctCodes!: string[];

  @Field(() => LocalDateScalar, { description: "The requester's date of the request (its letter)" })
  @Column({ name: "requested_on", type: "date" })
  requestedOn!: string;

  @Field({ description: "When the police received it: the 7-day visit and the 1-month reply count from here" })
  @Column({ name: "received_at", type: "timestamptz" })
  receivedAt!: Date;

  @Field(() => SearchStatus)
  @Column({ type: "varchar", length: 12 })
  status!: SearchStatus;

  @Field(() => LocalDateScalar, { nullable: true, description: "The officers' last visit (B2: within 7 days)" })
  @Column({ name: "visited_on", type: "date", nullable: true })
  visitedOn!: string | null;

  @Field(() => String, { nullable: true, description: "What the visit found (may describe the family)" })
  @Column({ name: "visit_note", type: "text", nullable: true })
  visitNote!: string | null;

  @Field(() => SearchOutcome, { nullable: true })
  @Column({ type: "varchar", length: 12, nullable: true })
  outcome!: SearchOutcome | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "The result's date (B2: the reply within 1 month)" })
  @Column({ name: "result_on", type: "date", nullable: true })
  resultOn!: string | null;

  @Field(() => String, { nullable: true, description: "FOUND: where the child is (one line; the D3 copy sent on)" })
  @Column({ name: "found_address", type: "varchar", length: 200, nullable: true })
  foundAddress!: string | null;

  @Field(() => String, { nullable: true, description: "FOUND: who cares for the child there" })
  @Column({ name: "found_contact_name", type: "varchar", length: 60, nullable: true })
  foundContactName!: string | null;

  @Field(() => String, { nullable: true, description: "FOUND: their phone" })
  @Column({ name: "found_contact_phone", type: "varchar", length: 20, nullable: true })
  foundContactPhone!: string | null;

  @Field(() => String, { nullable: true, description: "The officer who recorded the last step" })
  @Column({ name: "officer_name", type: "varchar", length: 60, nullable: true })
  officerName!: string | null;

  @Field({ description: "When the row was stored" })
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;

  /** Set by the scoped loaders: whether the caller may see this row's fields (issue #4). */
  inScope?: boolean;
}
