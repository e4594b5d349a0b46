import { Directive, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryColumn } from "typeorm";
import { SearchOutcome } from "../../../shared/domain/child-care";
import { LocalDateScalar } from "../../../shared/graphql/scalars";

/** B1 (1), (2): which ex-officio act the record is. */
export enum ExOfficioKind {
  /** B2: 逕為出生登記. */
  BIRTH = "BIRTH",
  /** B3: 逕遷戶籍至戶政事務所. */
  MOVE = "MOVE",
}

/** B2, B3: what the office's investigation found of where the child lives. */
export enum ChildWhereabouts {
  KNOWN = "KNOWN",
  /** 行蹤不明: the police and the district are asked to look (B2). */
  UNKNOWN = "UNKNOWN",
}

/** B3: the lineal relatives up to the 2nd degree the office queries (parents, grandparents). */
export enum LinealRelative {
  FATHER = "FATHER",
  MOTHER = "MOTHER",
  PATERNAL_GRANDFATHER = "PATERNAL_GRANDFATHER",
  PATERNAL_GRANDMOTHER = "PATERNAL_GRANDMOTHER",
  MATERNAL_GRANDFATHER = "MATERNAL_GRANDFATHER",
  MATERNAL_GRANDMOTHER = "MATERNAL_GRANDMOTHER",
}

registerEnumType(ExOfficioKind, { name: "ExOfficioKind", description: "B2 ex-officio birth, B3 ex-officio move" });
registerEnumType(ChildWhereabouts, { name: "ChildWhereabouts", description: "B2, B3: whether the office's investigation found where the child lives" });
registerEnumType(LinealRelative, { name: "LinealRelative", description: "B3: lineal relatives up to the 2nd degree" });

/** A person the office names to contact about the child (sent on to the police and the district, D3). */
@ObjectType({ description: "B2, B3: a person to contact about the child" })
export class ExOfficioContact {
  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  relation!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  address!: string | null;
}

/**
 * 逕為出生登記 (B2) and 逕遷戶籍 (B3), issue #12: the office's record of the act and of its
 * investigation. A child whose whereabouts stay unknown (and who has not left the country, B2/B3)
 * is handed to the police of the household district and to the district office, and noticed to
 * social (category 1 or 2), in the record's transaction (ex-officio.hand-offs.ts); the police's
 * reply comes back onto it (receiveSearchReply).
 */
@Entity({ name: "ex_officio_records" })
@ObjectType({ description: "B2, B3: an ex-officio birth registration or move, with the office's investigation" })
@Directive('@key(fields: "id")')
export class ExOfficioRecord {
  @Field(() => ID)
  @PrimaryColumn("uuid")
  id!: string;

  @Field(() => ExOfficioKind)
  @Column({ type: "varchar", length: 8 })
  kind!: ExOfficioKind;

  @Column({ name: "person_id", type: "uuid" })
  personId!: string;

  @Field({ description: "The recording office (its district code)" })
  @Column({ name: "office_code", type: "varchar", length: 8 })
  officeCode!: string;

  @Field({ description: "The child's household district after the act: its police and district office are asked" })
  @Column({ name: "household_district_code", type: "varchar", length: 8 })
  householdDistrictCode!: string;

  @Field(() => LocalDateScalar, { description: "The day of the registration (B2) or the move (B3)" })
  @Column({ name: "recorded_on", type: "date" })
  recordedOn!: string;

  @Field(() => String, { nullable: true, description: "The office's investigation (may describe the family)" })
  @Column({ type: "text", nullable: true })
  investigation!: string | null;

  @Field(() => ChildWhereabouts)
  @Column({ type: "varchar", length: 8 })
  whereabouts!: ChildWhereabouts;

  @Field({ description: "B2, B3: the entry/exit records show the child abroad (excluded: nobody is asked to search)" })
  @Column({ name: "left_country", type: "boolean" })
  leftCountry!: boolean;

  @Field(() => String, { nullable: true, description: "B3: the contact address the NHIA gave" })
  @Column({ name: "nhia_contact_address", type: "varchar", length: 200, nullable: true })
  nhiaContactAddress!: string | null;

  @Field(() => [LinealRelative], { description: "B3: the lineal relatives (to the 2nd degree) the office queried" })
  @Column({ name: "relatives_queried", type: "text", array: true })
  relativesQueried!: LinealRelative[];

  @Field(() => String, { nullable: true, description: "B2: the mother's name" })
  @Column({ name: "mother_name", type: "varchar", length: 60, nullable: true })
  motherName!: string | null;

  @Field(() => String, { nullable: true, description: "B2: the mother's 統一編號" })
  @Column({ name: "mother_id_number", type: "varchar", length: 10, nullable: true })
  motherIdNumber!: string | null;

  @Field(() => [ExOfficioContact], { description: "Whom to contact, as sent to the police and the district" })
  @Column({ type: "jsonb" })
  contacts!: ExOfficioContact[];

  @Field({ description: "Whether the police (and the district) were asked to search (whereabouts unknown, not abroad)" })
  get searchRequested(): boolean {
    return this.searchRequestKey !== null;
  }

  /** The police hand-off's key (its outbox row): the police's clientKey, and social's notice names it. */
  @Column({ name: "search_request_key", type: "uuid", nullable: true })
  searchRequestKey!: string | null;

  /** The district hand-off's key (its outbox row): the district's reply names it (issue #12, B2). */
  @Column({ name: "follow_up_request_key", type: "uuid", nullable: true })
  followUpRequestKey!: string | null;

  /** The key of the police's reply, once received (D3: a retry is the same key). */
  @Column({ name: "search_reply_key", type: "varchar", length: 100, nullable: true })
  searchReplyKey!: string | null;

  @Field(() => ID, { nullable: true, description: "The police's search request, once they replied" })
  @Column({ name: "search_request_id", type: "uuid", nullable: true })
  searchRequestId!: string | null;

  @Field(() => SearchOutcome, { nullable: true, description: "B2: the police's reply" })
  @Column({ name: "search_outcome", type: "varchar", length: 12, nullable: true })
  searchOutcome!: SearchOutcome | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @Column({ name: "search_result_on", type: "date", nullable: true })
  searchResultOn!: string | null;

  @Field(() => String, { nullable: true, description: "FOUND: where the police found the child" })
  @Column({ name: "found_address", type: "varchar", length: 200, nullable: true })
  foundAddress!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: "found_contact_name", type: "varchar", length: 60, nullable: true })
  foundContactName!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: "found_contact_phone", type: "varchar", length: 20, nullable: true })
  foundContactPhone!: string | null;

  @Field({ description: "When the row was stored" })
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;

  /** Set by the scoped loaders: whether the caller may see this row's fields (issue #4). */
  inScope?: boolean;
}

/** B2 (D3): what household answers the police's reply: the record's key and the reply as stored; the police read no household record. */
@ObjectType({ description: "B2/D3: the police's reply as household stored it on its ex-officio record" })
export class SearchReplyReceipt {
  @Field(() => ID, { description: "The ex-officio record" })
  id!: string;

  @Field(() => SearchOutcome)
  outcome!: SearchOutcome;
}
