import { Field, ID, InputType } from "type-graphql";
import { SearchOutcome, SearchReason } from "../../../shared/domain/child-care";
import { ContactPersonFields, RequestedChildFields } from "../../../shared/graphql/requested-child";
import { LocalDateScalar } from "../../../shared/graphql/scalars";
import { SearchRequesterAgency } from "./search-status";

@InputType({ description: "B2, B9: a person to contact about the child" })
export class SearchContactInput extends ContactPersonFields {}

/** docs/programme-b.md: police `receiveSearchRequest(input: SearchRequestInput!)`, delivered by the requester's outbox (D3). */
@InputType({ description: "B2, B9: a request to the police of the child's household district to find the child; idempotent by clientKey" })
export class SearchRequestInput extends RequestedChildFields {
  @Field({ description: "The sender's idempotency key (its outbox row)" })
  clientKey!: string;

  @Field(() => SearchReason)
  reason!: SearchReason;

  @Field(() => [SearchContactInput], { description: "Whom to contact (may be empty: nobody is known)" })
  contacts!: SearchContactInput[];

  @Field({ description: "The child's household district (code, slug or name): its precincts search" })
  householdDistrict!: string;

  @Field(() => LocalDateScalar)
  requestedOn!: string;

  @Field(() => SearchRequesterAgency, { description: "Must be the delivering service's agency" })
  requesterAgency!: SearchRequesterAgency;

  @Field({ description: "The requester's reference (its record's id), returned with the reply" })
  requesterReference!: string;
}

@InputType({ description: "B2: the officers' visit (within 7 days of the request)" })
export class SearchVisitInput {
  @Field(() => ID)
  searchRequestId!: string;

  @Field(() => LocalDateScalar)
  visitedOn!: string;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field({ description: "The officer who visited" })
  officerName!: string;
}

@InputType({ description: "B2, B9: the search's result (within 1 month); FOUND is sent to social at once" })
export class SearchResultInput {
  @Field(() => ID)
  searchRequestId!: string;

  @Field(() => SearchOutcome)
  outcome!: SearchOutcome;

  @Field(() => LocalDateScalar)
  resultOn!: string;

  @Field(() => String, { nullable: true, description: "FOUND: where the child is (required then)" })
  foundAddress?: string | null;

  @Field(() => String, { nullable: true, description: "FOUND: who cares for the child there" })
  foundContactName?: string | null;

  @Field(() => String, { nullable: true })
  foundContactPhone?: string | null;

  @Field({ description: "The officer who recorded the result" })
  officerName!: string;
}
