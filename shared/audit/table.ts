import type { ChainedRowContent } from "./chain";
/**
 * Where an agency's records of use (PDPA enforcement rules art. 12, issue #4) live: one
 * `audit_log` table in the schema of the subgraph that owns the data (D1). Every module of the
 * audit builds its SQL from here, so the schema name is checked once before it is spliced into SQL
 * (identifiers cannot be bind parameters).
 */
const SCHEMA_NAME = /^[a-z][a-z0-9_]{0,62}$/;

export const AUDIT_TABLE = "audit_log";

/** The quoted, schema-qualified table name, e.g. `"household"."audit_log"`. */
export function auditTableOf(schema: string): string {
  return `${quotedSchema(schema)}."${AUDIT_TABLE}"`;
}

export function quotedSchema(schema: string): string {
  if (!SCHEMA_NAME.test(schema)) {
    throw new Error(`Invalid schema name: ${schema}`);
  }
  return `"${schema}"`;
}

/** An audit_log row as the driver returns it. */
export interface StoredAuditRow {
  id: string;
  read_at: Date | string;
  subject: string;
  role: string;
  org: string;
  person_id: string | null;
  entity_type: string;
  entity_id: string;
  fields: string[];
  operation_name: string | null;
  purpose: string | null;
  /** Issue #11; null on rows written before it was kept. */
  operation_id: string | null;
  prev_hash: string;
  hash: string;
}

/** A stored row's content in the writer's terms: what the auditor reads and what the hash covers. */
export function contentOf(row: Omit<StoredAuditRow, "prev_hash" | "hash">): ChainedRowContent {
  return {
    id: row.id,
    readAt: row.read_at instanceof Date ? row.read_at : new Date(row.read_at),
    subject: row.subject,
    role: row.role,
    org: row.org,
    personId: row.person_id,
    entityType: row.entity_type,
    entityId: row.entity_id,
    fields: row.fields,
    operationName: row.operation_name,
    purpose: row.purpose,
    operationId: row.operation_id,
  };
}
