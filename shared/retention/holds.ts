import { randomUUID } from "crypto";
import type { DataSource } from "typeorm";
import type { Principal } from "../auth/principal";
import { now } from "../clock";
import { isUniqueViolation } from "../db/unique-violation";
import { conflict, notFound } from "../errors";
import { requireUuid } from "../graphql/ids";
import { requiredText } from "../validation/form-text";
import { LegalHold } from "./retention.types";
import { legalHoldsTableOf } from "./table";

const MAX_REASON = 500;

const COLUMNS = `"id", "subject_type", "subject_id", "org", "reason", "placed_by", "placed_by_role", "placed_at", "lifted_by", "lifted_by_role", "lifted_at", "lift_reason"`;

interface HoldRow {
  id: string;
  subject_type: string;
  subject_id: string;
  org: string;
  reason: string;
  placed_by: string;
  placed_by_role: string;
  placed_at: Date | string;
  lifted_by: string | null;
  lifted_by_role: string | null;
  lifted_at: Date | string | null;
  lift_reason: string | null;
}

function presentHold(row: HoldRow): LegalHold {
  return Object.assign(new LegalHold(), {
    id: row.id,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    org: row.org,
    reason: row.reason,
    placedBy: row.placed_by,
    placedByRole: row.placed_by_role,
    placedAt: new Date(row.placed_at),
    liftedBy: row.lifted_by,
    liftedByRole: row.lifted_by_role,
    liftedAt: row.lifted_at === null ? null : new Date(row.lifted_at),
    liftReason: row.lift_reason,
  });
}

/** One hold by id, lifted or not; null when there is none (the policy's target loader answers NOT_FOUND). */
export async function legalHoldById(dataSource: DataSource, schema: string, id: string): Promise<LegalHold | null> {
  const rows = (await dataSource.query(`SELECT ${COLUMNS} FROM ${legalHoldsTableOf(schema)} WHERE "id" = $1`, [requireUuid(id, "holdId")])) as HoldRow[];
  return rows.length === 0 ? null : presentHold(rows[0]);
}

/** The holds an organisation placed, newest first (in force and lifted: the hold's own history). */
export async function legalHoldsOf(dataSource: DataSource, schema: string, org: string): Promise<LegalHold[]> {
  const rows = (await dataSource.query(`SELECT ${COLUMNS} FROM ${legalHoldsTableOf(schema)} WHERE "org" = $1 ORDER BY "placed_at" DESC, "id"`, [org])) as HoldRow[];
  return rows.map(presentHold);
}

/**
 * Issue #9: a named role places a hold with its reason (the policy has loaded the subject in the
 * caller's scope). A second hold in force on the same subject is a CONFLICT (the partial unique
 * index decides, so two concurrent placements cannot both win).
 */
export async function placeLegalHold(dataSource: DataSource, schema: string, principal: Principal, subject: { type: string; id: string }, reason: string): Promise<LegalHold> {
  const text = requiredText(reason, "reason", MAX_REASON);
  try {
    const rows = (await dataSource.query(
      `INSERT INTO ${legalHoldsTableOf(schema)} ("id", "subject_type", "subject_id", "org", "reason", "placed_by", "placed_by_role", "placed_at")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::timestamptz) RETURNING ${COLUMNS}`,
      [randomUUID(), subject.type, subject.id, principal.org, text, principal.subject, principal.role, now().toISOString()],
    )) as HoldRow[];
    return presentHold(rows[0]);
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw conflict("A legal hold is already in force on this subject");
    }
    throw error;
  }
}

/** Lifting needs its own reason; a hold already lifted is a CONFLICT (its history is kept, never rewritten). */
export async function liftLegalHold(dataSource: DataSource, schema: string, principal: Principal, holdId: string, reason: string): Promise<LegalHold> {
  const text = requiredText(reason, "reason", MAX_REASON);
  // A CTE, so the driver answers rows (a bare UPDATE … RETURNING comes back as [rows, count]).
  const updated = (await dataSource.query(
    `WITH "lifted" AS (
       UPDATE ${legalHoldsTableOf(schema)} SET "lifted_by" = $2, "lifted_by_role" = $3, "lifted_at" = $4::timestamptz, "lift_reason" = $5
       WHERE "id" = $1 AND "lifted_at" IS NULL RETURNING ${COLUMNS}
     ) SELECT ${COLUMNS} FROM "lifted"`,
    [requireUuid(holdId, "holdId"), principal.subject, principal.role, now().toISOString(), text],
  )) as HoldRow[];
  if (updated.length > 0) {
    return presentHold(updated[0]);
  }
  if ((await legalHoldById(dataSource, schema, holdId)) === null) {
    throw notFound("LegalHold");
  }
  throw conflict("The legal hold is already lifted");
}
