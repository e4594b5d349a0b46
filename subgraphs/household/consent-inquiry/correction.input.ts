import { Field, ID, InputType } from "type-graphql";
import { CaseType, VisitDecision } from "../../../shared/graphql/enums";
import { AddressInput } from "../address";

/** D3/A6: a district's return of a form for correction; only the district's service may send it. */
@InputType({ description: "A6/D3: a return for correction delivered by the district's subgraph" })
export class CorrectionRequestInput {
  @Field({ description: "The sender's idempotency key (its outbox row); a retry reuses it" })
  clientKey!: string;

  @Field(() => ID, { description: "The returned form (附件1)" })
  consentInquiryId!: string;

  @Field(() => ID, { description: "The district's care case it is about" })
  careCaseId!: string;

  @Field({ description: "區公所 returning it (district code): must be the acting officer's district and the form's visit district" })
  district!: string;

  @Field({ description: "Why: what is wrongly recorded" })
  reason!: string;

  @Field({ description: "When the district returned it" })
  returnedAt!: Date;
}

/**
 * A6: what the office may correct on a returned form: the fields the 附件3 ledger line carries and
 * the district acts on (the visit address, the visit the family asked for, the case type). Absent:
 * unchanged. The household address is the household's (corrected there), not the form's.
 */
@InputType({ description: "A6: the corrected fields of a returned 附件1; absent fields stay as recorded" })
export class CorrectConsentInquiryInput {
  @Field(() => ID)
  consentInquiryId!: string;

  @Field(() => AddressInput, { nullable: true, description: "拜訪地址, in the same district (a move to another district is a new handover)" })
  visitAddress?: AddressInput | null;

  @Field(() => VisitDecision, { nullable: true, description: "HOME_VISIT or PHONE_VISIT (a declined form is never handed over, A3)" })
  decision?: VisitDecision | null;

  @Field(() => CaseType, { nullable: true, description: "案件類別" })
  caseType?: CaseType | null;
}
