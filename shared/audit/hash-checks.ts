import { queryMigration } from "../db/query-migration";
import { AUDIT_TABLE, auditTableOf } from "./table";

/** The columns that hold a sha256 in hex, each with its CHECK as the audit log's migrations named it. */
const HEX_COLUMNS = ["prev_hash", "hash", "operation_id"] as const;

/**
 * The same rule as a regular expression `^[0-9a-f]{64}$`, at a fraction of its cost (issue #13):
 * PostgreSQL's regex engine expands the bounded repeat, and the three checks were ~25 µs of every
 * row appended — more than the rest of the INSERT (a page of 50 unified views appends 150 rows).
 * Sixty-four characters with none outside [0-9a-f] is the same set of values, and a NULL passes
 * as before (operation_id is null on the rows written before issue #11).
 */
function hexCheckOf(column: string): string {
  return `CHECK (length("${column}") = 64 AND "${column}" !~ '[^0-9a-f]')`;
}

/** The three checks replaced by `checkOf`'s, under the same names. */
function replacedChecks(schema: string, checkOf: (column: string) => string): string[] {
  return [`ALTER TABLE ${auditTableOf(schema)} ${HEX_COLUMNS.map((column) => `DROP CONSTRAINT "${AUDIT_TABLE}_${column}_check", ADD CONSTRAINT "${AUDIT_TABLE}_${column}_check" ${checkOf(column)}`).join(", ")}`];
}

export function auditHashChecksQueries(schema: string): string[] {
  return replacedChecks(schema, hexCheckOf);
}

/** Back to the checks the audit log was created with (migration.ts, operation-id.ts). */
export function auditHashChecksDropQueries(schema: string): string[] {
  return replacedChecks(schema, (column) => `CHECK ("${column}" ~ '^[0-9a-f]{64}$')`);
}

/** The checks' migration, for each agency's list after its operation id's (operation-id.ts). */
export function auditHashChecksMigration(schema: string) {
  return queryMigration("AuditHashChecks1770200000000", () => auditHashChecksQueries(schema), () => auditHashChecksDropQueries(schema));
}
