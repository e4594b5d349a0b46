import { queryMigration } from "../db/query-migration";
import { auditTableOf } from "./table";

/**
 * Issue #11: "the audit log records the operation's id". The gateway names the operation it ran
 * by its document's sha256 (for a frontend's operation, the trusted document's id in the manifest)
 * and forwards it to every subgraph fetch as this header; the subgraph keeps it with each record
 * of use. The operation name alone is what the gateway's query planner writes for a subgraph
 * fetch (`ConsoleDistrictInbox__district__0`), and any client may choose it.
 */
export const OPERATION_ID_HEADER = "x-operation-id";

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** The forwarded id when it is one (a sha256 in hex); anything else is not recorded, never refused: the read is audited either way. */
export function forwardedOperationId(header: string | undefined): string | undefined {
  return header !== undefined && SHA256_HEX.test(header) ? header : undefined;
}

/** The column on an agency's audit log; null on the rows written before it (their hashes stay as they were, chain.ts). */
export function auditOperationIdQueries(schema: string): string[] {
  return [`ALTER TABLE ${auditTableOf(schema)} ADD COLUMN "operation_id" text NULL CHECK ("operation_id" ~ '^[0-9a-f]{64}$')`];
}

export function auditOperationIdDropQueries(schema: string): string[] {
  return [`ALTER TABLE ${auditTableOf(schema)} DROP COLUMN "operation_id"`];
}

/** The column's migration, for each agency's list after its audit log's (shared/audit/migration.ts). */
export function auditOperationIdMigration(schema: string) {
  return queryMigration("AuditOperationId1767200000000", () => auditOperationIdQueries(schema), () => auditOperationIdDropQueries(schema));
}
