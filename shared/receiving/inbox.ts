import { Arg, ClassType, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { DataSource } from "typeorm";
import { ScopeCondition } from "../authz/row-scope";
import { now } from "../clock";
import { ReferralStatus } from "../domain/enums";
import { PAGE_SIZE_DESCRIPTION } from "../graphql/connection";
import { InboxSource, queryInbox } from "../inbox/inbox-query";
import { InboxState } from "../inbox/inbox-state";
import { InboxItemValue, InboxPageValue, inboxTypesOf } from "../inbox/inbox.types";
import { ReceivingContext, receivingLoadersOf } from "./loaders";
import { receivingNames, ReceivingAgency } from "./names";
import { ReceivedReferralRow } from "./referral.entity";
import { ServiceRecordBase } from "./service-record.entity";

/** The serving unit's work on a referral (issue #8, A10), from the referral's status. */
export enum ReceivingWork {
  /** RECEIVED: assess it (the first contact, by phone or visit) and so accept it. */
  ACCEPT_REFERRAL = "ACCEPT_REFERRAL",
  /** IN_SERVICE: report on the handling (通報處理情形, A10) until it is closed. */
  REPORT_ON_REFERRAL = "REPORT_ON_REFERRAL",
}

/** The alias the serving scope is applied to (the agency's scope.ts predicates read its columns). */
const ALIAS = "referral";

/**
 * The serving unit's inbox rows: its open referrals (RECEIVED, IN_SERVICE) within the row scope the
 * policy names for the inbox item and the caller's role. Programme A gives the receiver no
 * statutory due time, so every item is OPEN and the list is in arrival order (received time).
 */
export function receivingInboxSource(dataSource: DataSource, agency: ReceivingAgency, referrals: ClassType, scope: ScopeCondition): InboxSource {
  const table = `"${agency.schema}"."${dataSource.getMetadata(referrals).tableName}"`;
  return {
    sql: `SELECT CASE WHEN "${ALIAS}"."status" = '${ReferralStatus.RECEIVED}' THEN '${ReceivingWork.ACCEPT_REFERRAL}' ELSE '${ReceivingWork.REPORT_ON_REFERRAL}' END AS "kind",
                 CAST(NULL AS text) AS "step", '${receivingNames(agency).referralType}' AS "subject_type", "${ALIAS}"."id"::text AS "subject_id",
                 CAST(NULL AS timestamptz) AS "due_at", "${ALIAS}"."received_at" AS "since_at"
            FROM ${table} "${ALIAS}"
           WHERE "${ALIAS}"."status" IN ('${ReferralStatus.RECEIVED}', '${ReferralStatus.IN_SERVICE}') AND (${scope.sql})`,
    params: scope.params,
    undated: "byArrival",
  };
}

/** `<agency>Inbox(first, after, states)` and its items' `referral` (read under the referral's own policy and scope). */
export function receivingInboxResolver<Referral extends ReceivedReferralRow, Contact extends ServiceRecordBase>(
  agency: ReceivingAgency,
  referrals: ClassType<Referral>,
): ClassType {
  const names = receivingNames(agency);
  const Inbox = inboxTypesOf(agency.prefix);
  type Context = ReceivingContext<Referral, Contact>;
  const loadersOf = receivingLoadersOf<Referral, Contact>(agency);

  @Resolver(() => Inbox.Item)
  class ReceivingInboxResolver {
    @Query(() => Inbox.Page, { name: names.inbox, description: `Issue #8: the ${agency.staffNoun}'s referrals to accept and to report on, in arrival order, with counts per state` })
    inbox(
      @Arg("first", () => Int, { nullable: true, description: PAGE_SIZE_DESCRIPTION }) first: number | null | undefined,
      @Arg("after", () => String, { nullable: true, description: "endCursor of the previous page" }) after: string | null | undefined,
      @Arg("states", () => [InboxState], { nullable: true, description: "Only items in these states (the counts cover all)" }) states: InboxState[] | null | undefined,
      @Ctx() context: Context,
    ): Promise<InboxPageValue> {
      const source = receivingInboxSource(context.dataSource, agency, referrals, loadersOf(context).scopeOf(names.inboxItemType, ALIAS));
      // No deadline in programme A: the DUE_SOON threshold has nothing to classify.
      return queryInbox(context.dataSource, source, { first: first ?? undefined, after: after ?? undefined, states: states ?? undefined, now: now(), dueSoonWithinMs: 0 });
    }

    @FieldResolver(() => referrals, { nullable: true, description: "The referral the work is about, read under its own policy and row scope" })
    referral(@Root() item: InboxItemValue, @Ctx() context: Context): Promise<Referral | null> {
      return loadersOf(context).referralById.load(item.subjectId);
    }
  }
  return ReceivingInboxResolver;
}
