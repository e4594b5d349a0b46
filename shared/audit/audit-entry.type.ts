import { Directive, Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { badUserInput } from "../errors";
import { requireUuid } from "../graphql/ids";
import { present } from "../graphql/present";

/**
 * One record of use (PDPA enforcement rules art. 12, issue #4): who read which fields of whose data,
 * when and for what declared purpose. Every subgraph serves the same type for its own log, so it is
 * shareable; `agency` says whose log a row comes from.
 */
@ObjectType("AuditEntry", { description: "A record of use: one read of personal fields (PDPA, issue #4)" })
@Directive("@shareable")
export class AuditEntry {
  @Field(() => ID)
  id!: string;

  @Field({ description: "The agency (subgraph) whose data was read and which keeps this record" })
  agency!: string;

  @Field()
  readAt!: Date;

  @Field({ description: "The reader's staff identifier (the token's subject)" })
  subject!: string;

  @Field()
  role!: string;

  @Field()
  org!: string;

  @Field(() => ID, { nullable: true, description: "The person the data is about; null for data about no single person" })
  personId!: string | null;

  @Field()
  entityType!: string;

  @Field()
  entityId!: string;

  @Field(() => [String])
  fields!: string[];

  @Field(() => String, { nullable: true })
  operationName!: string | null;

  @Field(() => String, { nullable: true, description: "The purpose the caller declared (x-purpose header)" })
  purpose!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Issue #11: the operation's id — the sha256 of the document the gateway ran, the trusted document's id for a frontend's operation",
  })
  operationId?: string | null;
}

export const DEFAULT_AUDIT_PAGE = 100;
export const MAX_AUDIT_PAGE = 500;

/** What an auditor asks: everything read about one person, or everything one user read, in a period. */
@InputType("AuditFilter")
export class AuditFilter {
  @Field(() => ID, { nullable: true })
  personId?: string | null;

  @Field(() => String, { nullable: true, description: "A reader's staff identifier (the token's subject)" })
  subject?: string | null;

  @Field(() => Date, { nullable: true, description: "Reads at or after this instant" })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: "Reads before this instant (exclusive)" })
  to?: Date | null;

  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_AUDIT_PAGE, description: `Newest first, 1–${MAX_AUDIT_PAGE}` })
  first?: number | null;
}

/** A filter checked and completed: what the query runs on. */
export interface ValidAuditFilter {
  readonly personId: string | null;
  readonly subject: string | null;
  readonly from: Date | null;
  readonly to: Date | null;
  readonly first: number;
}

/**
 * An audit query is about a person or a reader, never the whole log at once (issue #4): without
 * either it is BAD_USER_INPUT. Ids are checked before they reach SQL (a bad uuid would otherwise be
 * a database error, reported as INTERNAL_SERVER_ERROR).
 */
export function validateAuditFilter(filter: AuditFilter): ValidAuditFilter {
  const personId = present(filter.personId) ? requireUuid(filter.personId, "personId") : null;
  const subject = present(filter.subject) && filter.subject !== "" ? filter.subject : null;
  if (personId === null && subject === null) {
    throw badUserInput("An audit query needs a personId or a subject", "personId");
  }
  const from = present(filter.from) ? filter.from : null;
  const to = present(filter.to) ? filter.to : null;
  if (from !== null && Number.isNaN(from.getTime())) {
    throw badUserInput("from is not a valid instant", "from");
  }
  if (to !== null && Number.isNaN(to.getTime())) {
    throw badUserInput("to is not a valid instant", "to");
  }
  if (from !== null && to !== null && from.getTime() > to.getTime()) {
    throw badUserInput("from must not be after to", "from");
  }
  const first = present(filter.first) ? filter.first : DEFAULT_AUDIT_PAGE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_AUDIT_PAGE) {
    throw badUserInput(`first must be between 1 and ${MAX_AUDIT_PAGE}`, "first");
  }
  return { personId, subject, from, to, first };
}
