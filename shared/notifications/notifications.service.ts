import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import type { Principal } from "../auth/principal";
import type { ScopedRow } from "../authz/row-scope";
import { instantOf } from "../deadlines/table";
import { badUserInput } from "../errors";
import { isUuid } from "../graphql/ids";
import type { NotificationValue } from "./notification.type";
import { recipientCondition } from "./recipient";
import { notificationsTableOf } from "./table";

export const DEFAULT_NOTIFICATIONS_PAGE = 20;
export const MAX_NOTIFICATIONS_PAGE = 100;
/** One "seen" call marks at most a page of them. */
export const MAX_SEEN_IDS = MAX_NOTIFICATIONS_PAGE;

const COLUMNS = `"n"."id"::text AS "id", "n"."kind", "n"."subject_type", "n"."subject_id", "n"."step", "n"."created_at", "n"."seen_at"`;

interface NotificationRow {
  id: string;
  kind: string;
  subject_type: string;
  subject_id: string;
  step: string | null;
  created_at: Date | string;
  seen_at: Date | string | null;
  in_scope?: boolean;
}

export type LoadedNotification = NotificationValue & ScopedRow;

function notificationOf(row: NotificationRow): LoadedNotification {
  return {
    id: row.id,
    kind: row.kind,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    step: row.step,
    createdAt: instantOf(row.created_at),
    seenAt: row.seen_at === null ? null : instantOf(row.seen_at),
    inScope: row.in_scope,
  };
}

/**
 * The caller's notifications, newest first (issue #8): to their subject or their unit. Served by
 * the partial indexes notifications_user and notifications_unit (a BitmapOr of both).
 */
export async function listNotifications(
  dataSource: DataSource,
  schema: string,
  principal: Principal,
  options: { unseenOnly: boolean; first: number | undefined },
): Promise<NotificationValue[]> {
  const first = options.first ?? DEFAULT_NOTIFICATIONS_PAGE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_NOTIFICATIONS_PAGE) {
    throw badUserInput(`first must be between 1 and ${MAX_NOTIFICATIONS_PAGE}`, "first");
  }
  const mine = recipientCondition("n", principal, 0);
  const rows = (await dataSource.query(
    `SELECT ${COLUMNS} FROM ${notificationsTableOf(schema)} AS "n"
      WHERE ${mine.sql} ${options.unseenOnly ? `AND "n"."seen_at" IS NULL` : ""}
      ORDER BY "n"."created_at" DESC, "n"."id" DESC
      LIMIT ${first}`,
    mine.params,
  )) as NotificationRow[];
  return rows.map(notificationOf);
}

/** Notification ids are UUIDs like every other key; a malformed one is the caller's mistake, decided before any SQL. */
export function requireNotificationIds(ids: readonly unknown[]): string[] {
  if (ids.length === 0 || ids.length > MAX_SEEN_IDS) {
    throw badUserInput(`ids must name 1 to ${MAX_SEEN_IDS} notifications`, "ids");
  }
  const valid = ids.filter((id): id is string => typeof id === "string" && isUuid(id));
  if (valid.length !== ids.length) {
    throw badUserInput("ids must be notification IDs (UUID)", "ids");
  }
  return [...new Set(valid.map((id) => id.toLowerCase()))];
}

/**
 * By id, every notification flagged with whether it is the caller's (like a scoped loader, issue
 * #4): the "seen" mutation's write target, so someone else's notification is FORBIDDEN and an
 * unknown one NOT_FOUND before anything is written.
 */
export function notificationLoader(dataSource: DataSource, schema: string, principal: Principal): DataLoader<string, LoadedNotification | null> {
  return new DataLoader(async (ids: readonly string[]) => {
    const mine = recipientCondition("n", principal, 1);
    const rows = (await dataSource.query(
      `SELECT ${COLUMNS}, ${mine.sql} AS "in_scope" FROM ${notificationsTableOf(schema)} AS "n" WHERE "n"."id" = ANY($1::uuid[])`,
      [[...ids], ...mine.params],
    )) as NotificationRow[];
    const byId = new Map(rows.map((row) => [row.id, notificationOf({ ...row, in_scope: row.in_scope === true })]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/**
 * The write target of `mark…NotificationsSeen(ids)`: all of them, or none. Null (NOT_FOUND) when one
 * does not exist; out of scope (FORBIDDEN) when one is not the caller's.
 */
export async function loadSeenTarget(loader: DataLoader<string, LoadedNotification | null>, ids: readonly unknown[]): Promise<ScopedRow | null> {
  // Promise.all, not loadMany: a failed read fails the write (fail closed), it is not "not found".
  const rows = await Promise.all(requireNotificationIds(ids).map((id) => loader.load(id)));
  if (rows.some((row) => row === null)) {
    return null;
  }
  return { inScope: rows.every((row) => row?.inScope === true) };
}

/** Marks the caller's notifications seen; seeing twice keeps the first instant. */
export async function markNotificationsSeen(dataSource: DataSource, schema: string, principal: Principal, ids: readonly string[], now: Date): Promise<NotificationValue[]> {
  const mine = recipientCondition("n", principal, 2);
  // The recipient condition again: the write target checked it, and the UPDATE never touches another's row anyway.
  const rows = (await dataSource.query(
    `WITH "seen" AS (
       UPDATE ${notificationsTableOf(schema)} AS "n" SET "seen_at" = coalesce("n"."seen_at", $2::timestamptz)
        WHERE "n"."id" = ANY($1::uuid[]) AND ${mine.sql}
        RETURNING "n".*
     )
     SELECT ${COLUMNS} FROM "seen" AS "n" ORDER BY "n"."created_at" DESC, "n"."id" DESC`,
    [requireNotificationIds(ids), now.toISOString(), ...mine.params],
  )) as NotificationRow[];
  return rows.map(notificationOf);
}
