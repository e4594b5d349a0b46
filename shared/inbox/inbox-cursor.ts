import { badUserInput } from "../errors";
import { decodeCursor, encodeCursor } from "../graphql/connection";

/** The keyset position of an item: its sort instant (due time; undated work sorts last) and its id. */
export interface InboxPosition {
  /** An ISO instant, or "infinity" for work without a deadline (PostgreSQL's timestamptz infinity). */
  readonly sortAt: string;
  readonly itemId: string;
}

const UNDATED = "infinity";

export function positionOf(dueAt: Date | null, itemId: string): InboxPosition {
  return { sortAt: dueAt === null ? UNDATED : dueAt.toISOString(), itemId };
}

export function encodeInboxCursor(position: InboxPosition): string {
  return encodeCursor(JSON.stringify([position.sortAt, position.itemId]));
}

/** A cursor this API did not issue is the caller's mistake (BAD_USER_INPUT), checked before any SQL. */
export function decodeInboxCursor(cursor: string): InboxPosition {
  const refuse = () => badUserInput("The cursor is not one this API issued", "after");
  let parsed: unknown;
  try {
    parsed = JSON.parse(decodeCursor(cursor));
  } catch {
    throw refuse();
  }
  if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[0] !== "string" || typeof parsed[1] !== "string") {
    throw refuse();
  }
  const [sortAt, itemId] = parsed as [string, string];
  if (sortAt !== UNDATED && Number.isNaN(Date.parse(sortAt))) {
    throw refuse();
  }
  if (itemId.length === 0 || itemId.length > 200) {
    throw refuse();
  }
  return { sortAt, itemId };
}
