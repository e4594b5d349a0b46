import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { now } from "../../../shared/clock";
import { badUserInput } from "../../../shared/errors";
import { PAGE_SIZE_DESCRIPTION } from "../../../shared/graphql/connection";
import { answerInbox } from "../../../shared/inbox/inbox-query";
import { InboxState } from "../../../shared/inbox/inbox-state";
import { InboxItemValue, InboxPageValue, inboxTypesOf } from "../../../shared/inbox/inbox.types";
import { ConsentInquiry } from "../consent-inquiry/consent-inquiry.entity";
import { householdDeadlines } from "../deadlines";
import { HouseholdContext } from "../loaders";
import { householdInboxSource, OFFICE_STEPS } from "./household-inbox.source";

export const HouseholdInbox = inboxTypesOf("Household");

/** The inbox's type name, for the policy's row-scope entry (scope.ts implements the scopes). */
export const HOUSEHOLD_INBOX_ITEM = "HouseholdInboxItem";

@Resolver(() => HouseholdInbox.Item)
export class HouseholdInboxResolver {
  @Query(() => HouseholdInbox.Page, { description: "Issue #8: the caller's office work (forms to hand over, returns to correct), sorted by due time then id, with counts per state" })
  async householdInbox(
    @Arg("first", () => Int, { nullable: true, description: PAGE_SIZE_DESCRIPTION }) first: number | null | undefined,
    @Arg("after", () => String, { nullable: true, description: "endCursor of the previous page" }) after: string | null | undefined,
    @Arg("states", () => [InboxState], { nullable: true, description: "Only items in these states (the counts cover all)" }) states: InboxState[] | null | undefined,
    @Arg("steps", () => [String], { nullable: true, description: "Issue #11: only these steps (HANDOVER, CORRECTION); the counts cover these steps only" }) steps: string[] | null | undefined,
    @Ctx() context: HouseholdContext,
  ): Promise<InboxPageValue> {
    const unknown = (steps ?? []).filter((step) => !(OFFICE_STEPS as readonly string[]).includes(step));
    if (unknown.length > 0) {
      throw badUserInput(`steps must be among ${OFFICE_STEPS.join(", ")}`, "steps");
    }
    const source = householdInboxSource(context.principal, context.loaders.scopeOf(HOUSEHOLD_INBOX_ITEM, "inquiry"), steps);
    return answerInbox(context.dataSource, source, { first, after, states }, now(), householdDeadlines.config.dueSoonWithinMs);
  }

  @FieldResolver(() => ConsentInquiry, { nullable: true, description: "The form the work is about, read under ConsentInquiry's own policy and row scope" })
  consentInquiry(@Root() item: InboxItemValue, @Ctx() context: HouseholdContext): Promise<ConsentInquiry | null> {
    return context.loaders.consentInquiryById.load(item.subjectId);
  }
}
