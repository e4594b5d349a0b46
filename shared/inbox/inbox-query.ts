import type { DataSource, ObjectLiteral } from "typeorm";
import { instantOf } from "../deadlines/table";
import { pageSize } from "../graphql/connection";
import { decodeInboxCursor, encodeInboxCursor, positionOf } from "./inbox-cursor";
import { INBOX_STATES, InboxState } from "./inbox-state";
import type { InboxItemValue, InboxPageValue } from "./inbox.types";

/**
 * An agency's inbox rows as SQL with named parameters (`:name`, like a ScopeCondition): the union
 * of its open deadlines joined to its own row-scoped entity and its status work. Every row has the
 * columns kind, step, subject_type, subject_id (text), due_at (null: no deadline) and since_at.
 */
export interface InboxSource {
  readonly sql: string;
  readonly params: ObjectLiteral;
  /**
   * Where work without a deadline sorts: after every dated item (the default), or by when it
   * arrived (`since_at`), for an inbox whose work has no statutory due time (the receiving
   * agencies' referrals in programme A, issue #8).
   */
  readonly undated?: "last" | "byArrival";
}

export interface InboxRequest {
  readonly first: number | undefined;
  readonly after: string | undefined;
  readonly states: readonly InboxState[] | undefined;
  readonly now: Date;
  /** The deadlines' DUE_SOON threshold, so the inbox and the deadline fields agree (issue #8). */
  readonly dueSoonWithinMs: number;
}

interface InboxRow {
  item_id: string;
  kind: string;
  step: string | null;
  subject_type: string;
  subject_id: string;
  due_at: Date | string | null;
  since_at: Date | string;
  state: InboxState;
}

/**
 * The state is computed at `now` like `stateAt` (due < now: OVERDUE; due ≤ now + threshold:
 * DUE_SOON), so the inbox is right between two scheduler passes. Undated work sorts after every
 * dated item (PostgreSQL's timestamptz 'infinity'), or by its arrival when the source says so;
 * ties by id: a total order, so keyset paging never skips nor repeats an item.
 */
function classified(source: InboxSource): string {
  const undatedAt = source.undated === "byArrival" ? `"since_at"` : `CAST('infinity' AS timestamptz)`;
  return `WITH "inbox_items" AS (${source.sql}),
  "classified" AS (
    SELECT "kind", "step", "subject_type", "subject_id", "due_at", "since_at",
           "kind" || ':' || "subject_id" AS "item_id",
           coalesce("due_at", ${undatedAt}) AS "sort_at",
           CASE WHEN "due_at" IS NULL THEN '${InboxState.OPEN}'
                WHEN "due_at" < CAST(:inboxNow AS timestamptz) THEN '${InboxState.OVERDUE}'
                WHEN "due_at" <= CAST(:inboxSoon AS timestamptz) THEN '${InboxState.DUE_SOON}'
                ELSE '${InboxState.DUE}' END AS "state"
      FROM "inbox_items"
  )`;
}

/** The instant an item sorts by, as `classified` computes it (null: after every dated item). */
function sortInstantOf(source: InboxSource, item: InboxItemValue): Date | null {
  return item.dueAt ?? (source.undated === "byArrival" ? item.since : null);
}

/**
 * One statement for the page and one for the counts (issue #8). The agency's source decides which
 * indexes serve it (its inbox module says which).
 */
export async function queryInbox(dataSource: DataSource, source: InboxSource, request: InboxRequest): Promise<InboxPageValue> {
  const limit = pageSize(request.first);
  const after = request.after === undefined ? undefined : decodeInboxCursor(request.after);
  const states = request.states === undefined || request.states.length === 0 ? INBOX_STATES : request.states;
  const base = {
    ...source.params,
    inboxNow: request.now.toISOString(),
    inboxSoon: new Date(request.now.getTime() + request.dueSoonWithinMs).toISOString(),
  };
  const keyset = after === undefined ? "" : `AND ("sort_at", "item_id") > (CAST(:inboxAfterAt AS timestamptz), CAST(:inboxAfterId AS text))`;
  const [pageSql, pageParams] = dataSource.driver.escapeQueryWithParameters(
    `${classified(source)}
     SELECT "item_id", "kind", "step", "subject_type", "subject_id", "due_at", "since_at", "state" FROM "classified"
      WHERE "state" IN (:...inboxStates) ${keyset}
      ORDER BY "sort_at", "item_id"
      LIMIT ${limit + 1}`,
    { ...base, inboxStates: [...states], inboxAfterAt: after?.sortAt, inboxAfterId: after?.itemId },
    {},
  );
  const [countSql, countParams] = dataSource.driver.escapeQueryWithParameters(
    `${classified(source)} SELECT "state", count(*)::int AS "count" FROM "classified" GROUP BY "state"`,
    base,
    {},
  );
  const rows = (await dataSource.query(pageSql, pageParams)) as InboxRow[];
  const countRows = (await dataSource.query(countSql, countParams)) as { state: InboxState; count: number }[];
  const items: InboxItemValue[] = rows.slice(0, limit).map((row) => ({
    id: row.item_id,
    kind: row.kind,
    step: row.step,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    dueAt: row.due_at === null ? null : instantOf(row.due_at),
    since: instantOf(row.since_at),
    state: row.state,
  }));
  const last = items[items.length - 1];
  const byState = new Map(countRows.map((row) => [row.state, Number(row.count)]));
  const counts = INBOX_STATES.map((state) => ({ state, count: byState.get(state) ?? 0 }));
  return {
    items,
    pageInfo: { hasNextPage: rows.length > limit, endCursor: last === undefined ? null : encodeInboxCursor(positionOf(sortInstantOf(source, last), last.id)) },
    counts,
    totalCount: counts.filter((count) => states.includes(count.state)).reduce((sum, count) => sum + count.count, 0),
  };
}

/** The paging and filter arguments every `<agency>Inbox` query takes. */
export interface InboxArgs {
  readonly first: number | null | undefined;
  readonly after: string | null | undefined;
  readonly states: readonly InboxState[] | null | undefined;
}

/**
 * An agency's inbox query answered: its source for the caller (null: the role has no inbox, an
 * empty page, fail-closed behind the operation's policy) at `now` with the agency's DUE_SOON threshold.
 */
export function answerInbox(dataSource: DataSource, source: InboxSource | null, args: InboxArgs, now: Date, dueSoonWithinMs: number): Promise<InboxPageValue> {
  if (source === null) {
    return Promise.resolve({ items: [], pageInfo: { hasNextPage: false, endCursor: null }, counts: [], totalCount: 0 });
  }
  return queryInbox(dataSource, source, { first: args.first ?? undefined, after: args.after ?? undefined, states: args.states ?? undefined, now, dueSoonWithinMs });
}
