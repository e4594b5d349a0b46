import { Field, ID, InputType } from "type-graphql";
import { SearchReason } from "../../../shared/domain/child-care";
import { ContactPersonFields, RequestedChildFields } from "../../../shared/graphql/requested-child";
import { LocalDateScalar } from "../../../shared/graphql/scalars";
import { FollowUpRequesterAgency } from "./follow-up-status";

@InputType({ description: "B2, B9: a person to contact about the child" })
export class FollowUpContactInput extends ContactPersonFields {}

/**
 * docs/programme-b.md: district `receiveFollowUpRequest(input: FollowUpRequestInput!)`, delivered by
 * the requester's outbox (D3). Household sends what it sends the police (reason, sex and contacts
 * included); social sends the child of its case, the mother as a contact, and no reason.
 */
@InputType({ description: "B2, B9: a request to the district office of the child's household district to follow the child up; idempotent by clientKey" })
export class FollowUpRequestInput extends RequestedChildFields {
  @Field({ description: "The sender's idempotency key (its outbox row)" })
  clientKey!: string;

  @Field(() => SearchReason, { nullable: true, description: "B2, B3: the household office's reason; none from a social unit" })
  reason?: SearchReason | null;

  @Field(() => [FollowUpContactInput], { nullable: true, description: "Whom to contact (absent or empty: nobody is known)" })
  contacts?: FollowUpContactInput[] | null;

  @Field({ description: "The child's household district (code, slug or name): its district office follows up" })
  householdDistrict!: string;

  @Field(() => LocalDateScalar)
  requestedOn!: string;

  @Field(() => FollowUpRequesterAgency, { description: "Must be the delivering service's agency" })
  requesterAgency!: FollowUpRequesterAgency;

  @Field({ description: "The requester's reference (its record's id), returned with the reply" })
  requesterReference!: string;
}

@InputType({ description: "B2, B9: the village officer's follow-up, replied to the requester (within 1 month)" })
export class FollowUpResultInput {
  @Field(() => ID)
  followUpRequestId!: string;

  @Field({ description: "Whether the child was met (seen)" })
  met!: boolean;

  @Field(() => LocalDateScalar, { description: "The follow-up's date: not before the request arrived, not in the future" })
  followedUpOn!: string;

  @Field(() => String, { nullable: true, description: "Where the child is (one line); required when the child was met" })
  whereabouts?: string | null;

  @Field(() => String, { nullable: true, description: "Notes (may describe the family)" })
  note?: string | null;

  @Field({ description: "The officer who followed up" })
  officerName!: string;
}
