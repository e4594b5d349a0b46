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
 * The page and the counts in one statement (issue #8): the classified items are a CTE read twice,
 * so PostgreSQL computes them once (bench:deadlines: a district inbox over 10,000 open cases spent
 * most of its time classifying every item, and did it twice in two statements). The page comes back
 * as one json array, ordered inside `json_agg`, so its order is the database's own (text collation
 * included) and keyset paging agrees with it. The agency's source decides which indexes serve it
 * (its inbox module says which).
 */
export async function queryInbox(dataSource: DataSource, source: InboxSource, request: InboxRequest): Promise<InboxPageValue> {
  const limit = pageSize(request.first);
  const after = request.after === undefined ? undefined : decodeInboxCursor(request.after);
  const states = request.states === undefined || request.states.length === 0 ? INBOX_STATES : request.states;
  const keyset = after === undefined ? "" : `AND ("sort_at", "item_id") > (CAST(:inboxAfterAt AS timestamptz), CAST(:inboxAfterId AS text))`;
  const [sql, parameters] = dataSource.driver.escapeQueryWithParameters(
    `${classified(source)},
  "page" AS (
    SELECT "item_id", "kind", "step", "subject_type", "subject_id", "due_at", "since_at", "state", "sort_at" FROM "classified"
     WHERE "state" IN (:...inboxStates) ${keyset}
     ORDER BY "sort_at", "item_id"
     LIMIT ${limit + 1}
  )
  SELECT (SELECT coalesce(json_agg(json_build_object('item_id', "item_id", 'kind', "kind", 'step', "step", 'subject_type', "subject_type",
                 'subject_id', "subject_id", 'due_at', "due_at", 'since_at', "since_at", 'state', "state") ORDER BY "sort_at", "item_id"), '[]'::json) FROM "page") AS "page",
         (SELECT coalesce(json_object_agg("state", "count"), '{}'::json)
            FROM (SELECT "state", count(*)::int AS "count" FROM "classified" GROUP BY "state") "by_state") AS "counts"`,
    {
      ...source.params,
      inboxNow: request.now.toISOString(),
      inboxSoon: new Date(request.now.getTime() + request.dueSoonWithinMs).toISOString(),
      inboxStates: [...states],
      inboxAfterAt: after?.sortAt,
      inboxAfterId: after?.itemId,
    },
    {},
  );
  const [answer] = (await dataSource.query(sql, parameters)) as { page: InboxRow[] | string; counts: Record<string, number> | string }[];
  // pg parses json columns; PGlite may hand them over as text.
  const rows = (typeof answer.page === "string" ? JSON.parse(answer.page) : answer.page) as InboxRow[];
  const countsByState = (typeof answer.counts === "string" ? JSON.parse(answer.counts) : answer.counts) as Record<string, number>;
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
  const counts = INBOX_STATES.map((state) => ({ state, count: Number(countsByState[state] ?? 0) }));
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
