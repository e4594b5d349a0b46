import { Field, ID, InputType } from "type-graphql";
import { LocalDateScalar } from "./scalars";

/**
 * Issue #12 (B2, B9): the district office's follow-up of a child as its outbox sends it back to the
 * requester (subgraphs/district/follow-up/follow-up.hand-offs.ts). Household's and social's intakes
 * each name their own input and add their reference. Never in a schema itself (a superclass only).
 */
@InputType()
export abstract class FollowUpReplyFields {
  @Field({ description: "The district's idempotency key (its outbox row)" })
  clientKey!: string;

  @Field(() => ID, { description: "The district's follow-up request" })
  followUpRequestId!: string;

  @Field({ description: "The requester's key for the request (the clientKey its outbox sent it under): checked against what it sent" })
  followUpRequestKey!: string;

  @Field({ description: "Whether the village officer met the child" })
  met!: boolean;

  @Field(() => LocalDateScalar)
  followedUpOn!: string;

  @Field(() => String, { nullable: true, description: "Where the child is (one line)" })
  whereabouts?: string | null;

  @Field(() => String, { nullable: true, description: "The officer's notes (may describe the family)" })
  note?: string | null;
}
