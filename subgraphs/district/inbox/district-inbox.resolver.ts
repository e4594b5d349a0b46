import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { now } from "../../../shared/clock";
import { PAGE_SIZE_DESCRIPTION } from "../../../shared/graphql/connection";
import { answerInbox } from "../../../shared/inbox/inbox-query";
import { InboxState } from "../../../shared/inbox/inbox-state";
import { InboxItemValue, InboxPageValue, inboxTypesOf } from "../../../shared/inbox/inbox.types";
import { CareCase } from "../care-case/care-case.entity";
import { districtDeadlines } from "../deadlines";
import { DistrictContext } from "../loaders";
import { districtInboxSource } from "./district-inbox.source";

export const DistrictInbox = inboxTypesOf("District");

/** The inbox's type name, for the policy's row-scope entry (scope.ts implements the scopes). */
export const DISTRICT_INBOX_ITEM = "DistrictInboxItem";

@Resolver(() => DistrictInbox.Item)
export class DistrictInboxResolver {
  @Query(() => DistrictInbox.Page, { description: "Issue #8: the caller's district work, sorted by due time then id, with counts per state" })
  async districtInbox(
    @Arg("first", () => Int, { nullable: true, description: PAGE_SIZE_DESCRIPTION }) first: number | null | undefined,
    @Arg("after", () => String, { nullable: true, description: "endCursor of the previous page" }) after: string | null | undefined,
    @Arg("states", () => [InboxState], { nullable: true, description: "Only items in these states (the counts cover all)" }) states: InboxState[] | null | undefined,
    @Ctx() context: DistrictContext,
  ): Promise<InboxPageValue> {
    const source = districtInboxSource(context.principal, context.loaders.scopeOf(DISTRICT_INBOX_ITEM, "careCase"));
    return answerInbox(context.dataSource, source, { first, after, states }, now(), districtDeadlines.config.dueSoonWithinMs);
  }

  @FieldResolver(() => CareCase, { nullable: true, description: "The case the work is about, read under CareCase's own policy and row scope" })
  careCase(@Root() item: InboxItemValue, @Ctx() context: DistrictContext): Promise<CareCase | null> {
    return context.loaders.careCaseById.load(item.subjectId);
  }
}
