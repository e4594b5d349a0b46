import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryColumn } from "typeorm";
import { ChildCareCategory, ChildCareExclusionReason, SearchReason } from "../../../shared/domain/child-care";
import { SocialServiceUnit } from "../../../shared/graphql/enums";
import { LocalDateScalar } from "../../../shared/graphql/scalars";
import { BorderCrossing, ChildCareCaseStatus, ChildCareMatch, ChildCareRecordSource, ChildCareRequestKind } from "./child-care.enums";

/**
 * Issue #12 (B1, B9): a child's one child-care case at 社會局, held by the care point of the
 * household district (child-care.units.ts), with every notice that reached it (its categories).
 * The child as the first notice knew it; the case work of B3/B9.
 */
@Entity({ name: "child_care_cases" })
@ObjectType({ description: "B1/B9: a child's one child-care case at 社會局 (六歲以下弱勢兒童主動關懷)" })
@Directive('@key(fields: "id")')
export class ChildCareCase {
  @Field(() => ID)
  @PrimaryColumn("uuid")
  id!: string;

  @Field(() => SocialServiceUnit, { description: "The unit holding the case (the household district's care point)" })
  @Column({ name: "holding_unit", type: "varchar", length: 24 })
  holdingUnit!: SocialServiceUnit;

  @Field({ description: "戶籍地 district code" })
  @Column({ name: "household_district_code", type: "varchar", length: 8 })
  householdDistrictCode!: string;

  @Field(() => ID, { nullable: true, description: "household's Person, when the sender knew the child as one" })
  @Column({ name: "person_id", type: "uuid", nullable: true })
  personId!: string | null;

  @Field(() => String, { nullable: true, description: "身分證統一編號 or 居留證號" })
  @Column({ name: "id_number", type: "varchar", length: 10, nullable: true })
  idNumber!: string | null;

  @Field({ description: "The child's name" })
  @Column({ name: "child_name", type: "varchar", length: 60 })
  childName!: string;

  @Field(() => LocalDateScalar)
  @Column({ name: "birth_date", type: "date" })
  birthDate!: string;

  @Field(() => String, { nullable: true })
  @Column({ name: "mother_name", type: "varchar", length: 60, nullable: true })
  motherName!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: "mother_id_number", type: "varchar", length: 10, nullable: true })
  motherIdNumber!: string | null;

  @Field(() => ChildCareCaseStatus)
  @Column({ type: "varchar", length: 12 })
  status!: ChildCareCaseStatus;

  @Field({ description: "B9: when the unit received the case (its 10- and 30-day deadlines count from here)" })
  @Column({ name: "received_at", type: "timestamptz" })
  receivedAt!: Date;

  @Field(() => LocalDateScalar, { nullable: true, description: "B9: the social worker's visit" })
  @Column({ name: "visited_on", type: "date", nullable: true })
  visitedOn!: string | null;

  @Field(() => String, { nullable: true, description: "B9: the assessment (may describe the family)" })
  @Column({ type: "text", nullable: true })
  assessment!: string | null;

  @Field(() => String, { nullable: true, description: "B9: the treatment chosen (處遇)" })
  @Column({ type: "text", nullable: true })
  treatment!: string | null;

  @Field(() => Date, { nullable: true, description: "B9: when the finished report was sent for the closing review" })
  @Column({ name: "sent_for_review_at", type: "timestamptz", nullable: true })
  sentForReviewAt!: Date | null;

  @Field(() => String, { nullable: true, description: "B9: the reviewer's note" })
  @Column({ name: "review_note", type: "text", nullable: true })
  reviewNote!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "B9: closed with the child well cared for" })
  @Column({ name: "closed_on", type: "date", nullable: true })
  closedOn!: string | null;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;

  inScope?: boolean;
}

/** What a sender sent beside the child (docs/programme-b.md): the category's own details, as given. */
export interface ChildCareNoticeDetails {
  readonly uninsuredSince?: string | null;
  readonly vaccinationWindowStart?: string | null;
  readonly vaccinationWindowEnd?: string | null;
  readonly certificateHolder?: string | null;
  readonly relation?: string | null;
  readonly surveyId?: string | null;
  readonly searchRequestId?: string | null;
  readonly alreadyServed?: boolean | null;
  /** B4: the condition (a)–(d) and the health unit's follow-up it came from. */
  readonly vaccinationReferralCondition?: string | null;
  readonly vaccinationFollowUpId?: string | null;
  /** B2, B3: the office's search by the police: its outcome, and where the child was found. */
  readonly searchOutcome?: string | null;
  readonly foundOn?: string | null;
  readonly foundLocation?: string | null;
  /** Categories 5/6: the import's file and row (child-care.imports.ts). */
  readonly importRow?: string | null;
}

/** Issue #12: one notice as a sender delivered it, its screening, and the case it joined (none when excluded). */
@Entity({ name: "child_care_notices" })
@ObjectType({ description: "B1: a child-care notice as a sender delivered it, and its screening" })
export class ChildCareNotice {
  @Field(() => ID)
  @PrimaryColumn("uuid")
  id!: string;

  @Field()
  @Column({ name: "client_key", type: "varchar", length: 100 })
  clientKey!: string;

  @Field(() => ChildCareCategory)
  @Column({ type: "varchar", length: 24 })
  category!: ChildCareCategory;

  @Field({ description: "Who delivered it: household, health, police, civil-affairs, or social's own import" })
  @Column({ name: "sender_service", type: "varchar", length: 40 })
  senderService!: string;

  @Field(() => ID, { nullable: true })
  @Column({ name: "person_id", type: "uuid", nullable: true })
  personId!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: "id_number", type: "varchar", length: 10, nullable: true })
  idNumber!: string | null;

  @Field()
  @Column({ name: "child_name", type: "varchar", length: 60 })
  childName!: string;

  @Field(() => LocalDateScalar)
  @Column({ name: "birth_date", type: "date" })
  birthDate!: string;

  @Column({ type: "varchar", length: 6, nullable: true })
  sex!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: "mother_name", type: "varchar", length: 60, nullable: true })
  motherName!: string | null;

  @Column({ name: "mother_id_number", type: "varchar", length: 10, nullable: true })
  motherIdNumber!: string | null;

  @Field()
  @Column({ name: "household_district_code", type: "varchar", length: 8 })
  householdDistrictCode!: string;

  @Field(() => LocalDateScalar, { description: "The sender's date" })
  @Column({ name: "noticed_on", type: "date" })
  noticedOn!: string;

  @Column({ type: "jsonb" })
  details!: ChildCareNoticeDetails;

  @Field(() => LocalDateScalar, { description: "R7: the screening date (the child's age is counted on it)" })
  @Column({ name: "screened_on", type: "date" })
  screenedOn!: string;

  @Field(() => ChildCareExclusionReason, { nullable: true, description: "Why no unit sees it; null when it joined a case" })
  @Column({ name: "exclusion_reason", type: "varchar", length: 16, nullable: true })
  exclusionReason!: ChildCareExclusionReason | null;

  @Field(() => ID, { nullable: true })
  @Column({ name: "case_id", type: "uuid", nullable: true })
  caseId!: string | null;

  @Field()
  @Column({ name: "received_at", type: "timestamptz" })
  receivedAt!: Date;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;
}

/** Issue #12: a notice that joined an existing case (which, on what, when), and its undoing by a social worker. */
@Entity({ name: "child_care_merges" })
@ObjectType({ description: "Issue #12: a notice merged into a child's existing case; reversible by the holding unit" })
export class ChildCareMerge {
  @Field(() => ID)
  @PrimaryColumn("uuid")
  id!: string;

  @Field(() => ID)
  @Column({ name: "notice_id", type: "uuid" })
  noticeId!: string;

  @Field(() => ID)
  @Column({ name: "case_id", type: "uuid" })
  caseId!: string;

  @Field(() => ChildCareMatch)
  @Column({ name: "matched_on", type: "varchar", length: 24 })
  matchedOn!: ChildCareMatch;

  @Field()
  @Column({ name: "merged_at", type: "timestamptz" })
  mergedAt!: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: "undone_at", type: "timestamptz", nullable: true })
  undoneAt!: Date | null;

  @Field(() => String, { nullable: true, description: "The social worker (token subject) who undid it" })
  @Column({ name: "undone_by", type: "varchar", length: 100, nullable: true })
  undoneBy!: string | null;

  @Field(() => ID, { nullable: true, description: "The notice's own case after the undo" })
  @Column({ name: "split_case_id", type: "uuid", nullable: true })
  splitCaseId!: string | null;

  /** The database's instant of storing: the order of merges made at one instant of the platform's clock. */
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;
}

/** B3 (註3): one platform record matched on a case; recorded once per case and source (not repeated). */
@Entity({ name: "child_care_record_matches" })
@ObjectType({ description: "B3: a platform record matched before a police search" })
export class ChildCareRecordMatch {
  @Field(() => ID)
  @PrimaryColumn("uuid")
  id!: string;

  @Field(() => ID)
  @Column({ name: "case_id", type: "uuid" })
  caseId!: string;

  @Field(() => ChildCareRecordSource)
  @Column({ type: "varchar", length: 32 })
  source!: ChildCareRecordSource;

  @Field({ description: "Whether the record gave a lead on the child" })
  @Column({ type: "boolean" })
  found!: boolean;

  @Field(() => String, { nullable: true, description: "What was found (may be an address or a clinic)" })
  @Column({ type: "text", nullable: true })
  note!: string | null;

  @Field(() => LocalDateScalar)
  @Column({ name: "matched_on", type: "date" })
  matchedOn!: string;

  @Field(() => SocialServiceUnit, { description: "The unit that did the matching" })
  @Column({ name: "matched_by_unit", type: "varchar", length: 24 })
  matchedByUnit!: SocialServiceUnit;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;
}

/** B9: a request to another agency on a case (delivered by social's outbox, D3). */
@Entity({ name: "child_care_requests" })
@ObjectType({ description: "B9: a district follow-up or a police search asked on a case" })
export class ChildCareRequest {
  @Field(() => ID, { description: "Also the reference the receiver replies with" })
  @PrimaryColumn("uuid")
  id!: string;

  @Field(() => ID)
  @Column({ name: "case_id", type: "uuid" })
  caseId!: string;

  @Field(() => ChildCareRequestKind)
  @Column({ type: "varchar", length: 20 })
  kind!: ChildCareRequestKind;

  @Field(() => SearchReason, { nullable: true })
  @Column({ name: "search_reason", type: "varchar", length: 32, nullable: true })
  searchReason!: SearchReason | null;

  @Field(() => LocalDateScalar)
  @Column({ name: "requested_on", type: "date" })
  requestedOn!: string;

  @Field(() => ID, { description: "The outbox row delivering it (the receiver's client key)" })
  @Column({ name: "outbox_id", type: "uuid" })
  outboxId!: string;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;
}

/** B9: the police found the child (their 婦幼案件管理系統's result, a D3 copy). */
@Entity({ name: "child_care_found" })
@ObjectType({ description: "B9: the police found the child" })
export class ChildFound {
  @Field(() => ID)
  @PrimaryColumn("uuid")
  id!: string;

  @Field()
  @Column({ name: "client_key", type: "varchar", length: 100 })
  clientKey!: string;

  @Field(() => ID)
  @Column({ name: "case_id", type: "uuid" })
  caseId!: string;

  @Field()
  @Column({ name: "search_request_id", type: "varchar", length: 100 })
  searchRequestId!: string;

  @Field(() => LocalDateScalar)
  @Column({ name: "found_on", type: "date" })
  foundOn!: string;

  @Field(() => String, { nullable: true, description: "Where the child is" })
  @Column({ type: "varchar", length: 200, nullable: true })
  location!: string | null;

  @Field()
  @Column({ name: "received_at", type: "timestamptz" })
  receivedAt!: Date;
}

/** The immigration agency's entry/exit records (docs/feeds/entry-exit-records.md), read by the screening (B2–B5). */
@Entity({ name: "entry_exit_records" })
export class EntryExitRecord {
  @PrimaryColumn({ name: "row_key", type: "varchar", length: 100 })
  rowKey!: string;

  @Column({ name: "id_number", type: "varchar", length: 10 })
  idNumber!: string;

  @Column({ type: "varchar", length: 5 })
  direction!: BorderCrossing;

  @Column({ name: "crossed_on", type: "date" })
  crossedOn!: string;

  @Column({ name: "imported_at", type: "timestamptz" })
  importedAt!: Date;
}
