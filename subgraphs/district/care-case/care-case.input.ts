import { Field, ID, InputType, Int } from "type-graphql";
import { CareCaseStatus, CaseType, VisitDecision, VisitMode } from "../../../shared/graphql/enums";

/** D3: what a household office sends when it hands a consenting 附件1 over (A4, A5). */
@InputType({ description: "A4/D3: a consent hand-over from a household office" })
export class ConsentHandoverInput {
  @Field({ description: "The sender's idempotency key (8–100 of letters, digits and . _ : -); a retry reuses it" })
  clientKey!: string;

  @Field(() => ID, { description: "Household's ConsentInquiry (附件1) being handed over" })
  consentInquiryId!: string;

  @Field(() => ID, { description: "Household's Person: the new immigrant" })
  personId!: string;

  @Field(() => CaseType)
  caseType!: CaseType;

  @Field({ description: "受理戶所 (district code, slug or name)" })
  receivingOffice!: string;

  @Field({ description: "District of the visit address (code, slug or name); it handles the case (A5)" })
  visitDistrict!: string;

  @Field({ description: "里 of the visit address" })
  village!: string;

  @Field(() => Int, { nullable: true, description: "鄰 of the visit address" })
  neighbourhood?: number;

  @Field({ description: "District of the household address (code, slug or name), for social assistance (A5)" })
  householdDistrict!: string;

  @Field(() => VisitMode, { description: "到府 (HOME) or 電話訪視 (PHONE)" })
  requestedMode!: VisitMode;

  @Field(() => VisitDecision, { nullable: true, description: "附件1's decision (A2): a declined inquiry is recorded, never handed over (A3, A4)" })
  decision?: VisitDecision | null;
}

@InputType({ description: "Filters of the care cases list" })
export class CareCaseFilter {
  @Field({ nullable: true, description: "District (code, slug or name) that handles the case (the visit address's)" })
  district?: string;

  @Field(() => CareCaseStatus, { nullable: true })
  status?: CareCaseStatus;
}
