import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { SocialContext } from "../loaders";
import { ChildCareCase } from "./child-care.entities";
import { ChildCareFollowUpReplyInput, ChildCareReply, ChildNotFoundInput } from "./child-care.replies";
import { receiveChildNotFound, receiveFollowUpReply } from "./child-care.replies.work";

/** B9 (issue #12): the answers to the unit's requests — the district's follow-up, the police's NOT_FOUND — on the case. */
@Resolver(() => ChildCareCase)
export class ChildCareRepliesResolver {
  @FieldResolver(() => [ChildCareReply], { description: "B9: the district's follow-ups and the police's NOT_FOUND on the case's requests, as received" })
  replies(@Root() held: ChildCareCase, @Ctx() context: SocialContext): Promise<ChildCareReply[]> {
    return context.loaders.childCare.repliesByCase.load(held.id);
  }

  @Mutation(() => ChildCareReply, { description: "B9 (D3): the district office's follow-up of a child the unit asked about; only through the district's service; idempotent by clientKey" })
  receiveChildCareFollowUpReply(@Arg("input", () => ChildCareFollowUpReplyInput) input: ChildCareFollowUpReplyInput, @Ctx() context: SocialContext): Promise<ChildCareReply> {
    return receiveFollowUpReply(context.dataSource, input);
  }

  @Mutation(() => ChildCareReply, { description: "B9 (D3): the police's search the unit asked for ended without finding the child; only through the police's service; idempotent by clientKey" })
  receiveChildNotFound(@Arg("input", () => ChildNotFoundInput) input: ChildNotFoundInput, @Ctx() context: SocialContext): Promise<ChildCareReply> {
    return receiveChildNotFound(context.dataSource, input);
  }
}
