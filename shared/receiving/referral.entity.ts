import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, PrimaryColumn } from "typeorm";
import { ReferralStatus } from "../graphql/enums";
import { LocalDateScalar } from "../graphql/scalars";

/** A referral as every receiving agency stores it (A9/A10, D3): the kit's services read and write these columns. */
export interface ReceivedReferralRow<Need extends string = string, Unit extends string = string> {
  id: string;
  clientKey: string;
  careCaseId: string;
  personId: string;
  needs: Need[];
  description: string | null;
  contactName: string | null;
  contactPhone: string | null;
  contactAddress: string | null;
  referringDistrictCode: string;
  referredOn: string;
  receivedAt: Date;
  serviceUnit: Unit;
  status: ReferralStatus;
  closedOn: string | null;
  /** Set by the scoped loaders: whether the caller may see this row's fields (issue #4). */
  inScope?: boolean;
  createdAt: Date;
}

/** What is the agency's own in a referral: its name, the 附件4 box of needs it takes, the units that serve (A8, A10). */
export interface ReferralShape<Need extends string, Unit extends string> {
  readonly agency: string;
  /**
   * `routing`: which needs go to which unit, for the sender (A10). `values`: the agency's needs as
   * an enum; none (issue #9: the partner agencies, whose needs the city's directory lists) makes
   * them Strings, checked by the agency's intake.
   */
  readonly needs: { readonly values?: Readonly<Record<string, Need>>; readonly description: string; readonly routing: string };
  /**
   * `values`: the agency's units as an enum; none (issue #9: the partner agencies 民政局 hosts, whose
   * list the city keeps in its directory) makes the unit a String, the serving organisation's code.
   */
  readonly serviceUnit: { readonly values?: Readonly<Record<string, Unit>>; readonly length: number; readonly description: string };
}

/**
 * The intake row of a hand-off (D3) with its columns and fields, written once for every receiving
 * agency (issue #7). An agency's entity extends it under its own name, table and `@key`, and adds
 * only its own columns (衛生局: the 健康服務中心). The keys of the district's CareCase and
 * household's Person carry no foreign key: their rows live in other agencies' databases (D1).
 */
export function receivedReferralType<Need extends string, Unit extends string>(shape: ReferralShape<Need, Unit>) {
  // Never in a schema itself: type-graphql emits only the types a schema reaches, and the agency's type reaches it only as its superclass.
  @ObjectType()
  abstract class ReceivedReferral implements ReceivedReferralRow<Need, Unit> {
    @Field(() => ID)
    @PrimaryColumn("uuid")
    id!: string;

    @Field({ description: "The referring district's idempotency key for this hand-off (D3)" })
    @Column({ name: "client_key", type: "varchar", length: 100 })
    clientKey!: string;

    @Field(() => ID, { description: "Key of the referring district's care case (列管案件, the district's CareCase)" })
    @Column({ name: "care_case_id", type: "uuid" })
    careCaseId!: string;

    @Field(() => ID, { description: "Key of the person served (household's Person: the new immigrant, a spouse or a child)" })
    @Column({ name: "person_id", type: "uuid" })
    personId!: string;

    @Field(() => [shape.needs.values ?? String], { description: shape.needs.description })
    @Column({ type: "text", array: true })
    needs!: Need[];

    @Field(() => String, { nullable: true, description: "What the district reported (sensitive: it may describe violence or health)" })
    @Column({ type: "text", nullable: true })
    description!: string | null;

    @Field(() => String, { nullable: true, description: "受轉介者姓名: whom to contact, as the district gave it with the referral (A8 附件4; this agency's own copy, D3)" })
    @Column({ name: "contact_name", type: "varchar", length: 60, nullable: true })
    contactName!: string | null;

    @Field(() => String, { nullable: true, description: "The contact's phone, as the district gave it" })
    @Column({ name: "contact_phone", type: "varchar", length: 20, nullable: true })
    contactPhone!: string | null;

    @Field(() => String, { nullable: true, description: "The contact's address, as the district gave it" })
    @Column({ name: "contact_address", type: "varchar", length: 200, nullable: true })
    contactAddress!: string | null;

    @Field({ description: "District code of the referring 區公所" })
    @Column({ name: "referring_district_code", type: "varchar", length: 8 })
    referringDistrictCode!: string;

    @Field(() => LocalDateScalar, { description: "轉介日期 as the district entered it" })
    @Column({ name: "referred_on", type: "date" })
    referredOn!: string;

    @Field({ description: `When ${shape.agency} received the hand-off (登錄系統日期, A13)` })
    @Column({ name: "received_at", type: "timestamptz" })
    receivedAt!: Date;

    @Field(() => shape.serviceUnit.values ?? String, { description: shape.serviceUnit.description })
    @Column({ name: "service_unit", type: "varchar", length: shape.serviceUnit.length })
    serviceUnit!: Unit;

    @Field(() => ReferralStatus)
    @Column({ type: "varchar", length: 12 })
    status!: ReferralStatus;

    @Field(() => LocalDateScalar, { nullable: true, description: "結案日期: closed after a reassessment found no further need (A10)" })
    @Column({ name: "closed_on", type: "date", nullable: true })
    closedOn!: string | null;

    inScope?: boolean;

    @Field({ description: "When the row was stored (the same instant as receivedAt)" })
    @CreateDateColumn({ name: "created_at", type: "timestamptz" })
    createdAt!: Date;
  }
  return ReceivedReferral;
}
