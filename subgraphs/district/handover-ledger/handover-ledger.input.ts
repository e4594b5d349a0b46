import { Field, ID, InputType, Int } from "type-graphql";
import { CaseType, VisitMode } from "../../../shared/graphql/enums";
import { LocalDateScalar } from "../../../shared/graphql/scalars";

/** One consenting 附件1 of the ledger, as household sends it from its own records (issue #8). */
@InputType({ description: "A4: one form of a 附件3 ledger, from household's records" })
export class HandoverEntryInput {
  @Field(() => ID, { description: "Household's ConsentInquiry (附件1)" })
  consentInquiryId!: string;

  @Field(() => ID, { description: "Household's Person: the new immigrant" })
  personId!: string;

  @Field(() => CaseType)
  caseType!: CaseType;

  @Field({ description: "District of the visit address (code); must be the ledger's receiving district (A5)" })
  visitDistrict!: string;

  @Field({ description: "里 of the visit address" })
  village!: string;

  @Field(() => Int, { nullable: true, description: "鄰 of the visit address" })
  neighbourhood?: number | null;

  @Field({ description: "District of the household address (code), for social assistance (A5)" })
  householdDistrict!: string;

  @Field(() => VisitMode, { description: "到府 (HOME) or 電話訪視 (PHONE), as the family chose (A2)" })
  requestedMode!: VisitMode;

  @Field(() => LocalDateScalar, { description: "申請日期: the A2 visit window counts from it" })
  appliedOn!: string;
}

/** D3/A4: household's delivery of one 附件3 ledger; only household's service may send it. */
@InputType({ description: "A4/D3: a 附件3 ledger delivered by household's subgraph" })
export class HandoverLedgerInput {
  @Field({ description: "The sender's idempotency key (its outbox row); a retry reuses it" })
  clientKey!: string;

  @Field(() => ID, { description: "Household's HandoverLedger" })
  ledgerId!: string;

  @Field({ description: "受理戶所 (district code): must be the acting clerk's office" })
  office!: string;

  @Field({ description: "區公所 receiving the ledger (district code of the visit addresses, A5)" })
  receivingDistrict!: string;

  @Field(() => LocalDateScalar, { description: "附件3 日期" })
  ledgerDate!: string;

  @Field({ description: "戶所核章: when the office handed over" })
  handedOverAt!: Date;

  @Field(() => String, { nullable: true, description: "備註 (R5: the district of a cross-district ledger)" })
  remark?: string | null;

  @Field(() => [HandoverEntryInput], { description: "The forms (份數 = their number)" })
  entries!: HandoverEntryInput[];
}
