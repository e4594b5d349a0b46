import { ClassType, Field, ID, Int, ObjectType } from "type-graphql";
import { PageInfo } from "../graphql/connection";
import { InboxState } from "./inbox-state";

/**
 * One piece of work in a role's inbox (issue #8). It names the work and the entity it is about,
 * never the entity's data: the client follows the reference and reads it under that entity's own
 * policy and row scope, so an inbox cannot leak what the caller could not read anyway.
 */
export interface InboxItemValue {
  readonly id: string;
  readonly kind: string;
  readonly step: string | null;
  readonly subjectType: string;
  readonly subjectId: string;
  readonly dueAt: Date | null;
  readonly since: Date;
  readonly state: InboxState;
}

export interface InboxStateCountValue {
  readonly state: InboxState;
  readonly count: number;
}

export interface InboxPageValue<Item extends InboxItemValue = InboxItemValue> {
  readonly items: Item[];
  readonly pageInfo: PageInfo;
  readonly counts: InboxStateCountValue[];
  readonly totalCount: number;
}

/** The field names of the inbox types, for the agencies' policies (none is personal data). */
export const INBOX_ITEM_FIELDS = ["id", "kind", "step", "subjectType", "subjectId", "dueAt", "since", "state"] as const;
export const INBOX_PAGE_FIELDS = ["items", "pageInfo", "counts", "totalCount"] as const;
export const INBOX_COUNT_FIELDS = ["state", "count"] as const;

export interface InboxTypes {
  readonly Item: ClassType<InboxItemValue>;
  readonly Page: ClassType<InboxPageValue>;
  readonly StateCount: ClassType<InboxStateCountValue>;
}

/**
 * `<Agency>InboxItem`, `<Agency>InboxPage` and `<Agency>InboxStateCount`: named per agency (like
 * `connectionOf`) so each agency can add its own federated reference field on its items (the
 * district's CareCase) without the types having to be identical across subgraphs.
 */
export function inboxTypesOf(agency: string): InboxTypes {
  @ObjectType(`${agency}InboxItem`, { description: "Issue #8: one piece of work; no personal data, follow the reference for details" })
  class Item implements InboxItemValue {
    @Field(() => ID, { description: "Stable within the inbox: the kind and the subject" })
    id!: string;

    @Field({ description: "What is to be done, e.g. VISIT_RECORD_DUE, ACKNOWLEDGE_HANDOVER, ASSIGN_VILLAGE_OFFICER" })
    kind!: string;

    @Field(() => String, { nullable: true, description: "The statutory step whose deadline this is (D9); null for work without a deadline" })
    step!: string | null;

    @Field({ description: "The GraphQL type of the entity the work is about" })
    subjectType!: string;

    @Field(() => ID)
    subjectId!: string;

    @Field(() => Date, { nullable: true, description: "The step's due time; null for work without a deadline (listed after every dated item)" })
    dueAt!: Date | null;

    @Field({ description: "When the work arrived (the step started, or the entity reached its status)" })
    since!: Date;

    @Field(() => InboxState)
    state!: InboxState;
  }

  @ObjectType(`${agency}InboxStateCount`)
  class StateCount implements InboxStateCountValue {
    @Field(() => InboxState)
    state!: InboxState;

    @Field(() => Int)
    count!: number;
  }

  @ObjectType(`${agency}InboxPage`, { description: "A page of the caller's work, sorted by due time then id, with counts per state" })
  class Page implements InboxPageValue {
    @Field(() => [Item])
    items!: Item[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => [StateCount], { description: "Items per state across the whole inbox, whatever the states filter" })
    counts!: StateCount[];

    @Field(() => Int, { description: "Items matching the states filter across all pages" })
    totalCount!: number;
  }

  return { Item, Page, StateCount };
}
