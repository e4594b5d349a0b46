import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { now } from "../../../shared/clock";
import { PAGE_SIZE_DESCRIPTION } from "../../../shared/graphql/connection";
import { answerInbox } from "../../../shared/inbox/inbox-query";
import { InboxState } from "../../../shared/inbox/inbox-state";
import { InboxItemValue, InboxPageValue, inboxTypesOf } from "../../../shared/inbox/inbox.types";
import { CareCase } from "../care-case/care-case.entity";
import { CARE_CASE_SUBJECT, districtDeadlines, FOLLOW_UP_SUBJECT } from "../deadlines";
import { FollowUpRequest } from "../follow-up/follow-up.entity";
import { DistrictContext } from "../loaders";
import { districtInboxSource } from "./district-inbox.source";

export const DistrictInbox = inboxTypesOf("District");

/** The inbox's type name, for the policy's row-scope entry (scope.ts implements the scopes). */
export const DISTRICT_INBOX_ITEM = "DistrictInboxItem";

@Resolver(() => DistrictInbox.Item)
export class DistrictInboxResolver {
  @Query(() => DistrictInbox.Page, { description: "Issue #8: the caller's district work (issue #12: with the follow-up requests' replies), sorted by due time then id, with counts per state" })
  async districtInbox(
    @Arg("first", () => Int, { nullable: true, description: PAGE_SIZE_DESCRIPTION }) first: number | null | undefined,
    @Arg("after", () => String, { nullable: true, description: "endCursor of the previous page" }) after: string | null | undefined,
    @Arg("states", () => [InboxState], { nullable: true, description: "Only items in these states (the counts cover all)" }) states: InboxState[] | null | undefined,
    @Ctx() context: DistrictContext,
  ): Promise<InboxPageValue> {
    const source = districtInboxSource(context.principal, context.loaders.scopeOf(DISTRICT_INBOX_ITEM, "careCase"), context.loaders.scopeOf(FOLLOW_UP_SUBJECT, "followUp"));
    return answerInbox(context.dataSource, source, { first, after, states }, now(), districtDeadlines.config.dueSoonWithinMs);
  }

  @FieldResolver(() => CareCase, { nullable: true, description: "The case the work is about, read under CareCase's own policy and row scope" })
  careCase(@Root() item: InboxItemValue, @Ctx() context: DistrictContext): Promise<CareCase | null> {
    return item.subjectType === CARE_CASE_SUBJECT ? context.loaders.careCaseById.load(item.subjectId) : Promise.resolve(null);
  }

  @FieldResolver(() => FollowUpRequest, { nullable: true, description: "Issue #12 (B2, B9): the follow-up request the work is about, read under FollowUpRequest's own policy and row scope" })
  followUpRequest(@Root() item: InboxItemValue, @Ctx() context: DistrictContext): Promise<FollowUpRequest | null> {
    return item.subjectType === FOLLOW_UP_SUBJECT ? context.loaders.followUpRequestById.load(item.subjectId) : Promise.resolve(null);
  }
}
