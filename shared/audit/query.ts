import type { DataSource } from "typeorm";
import { AuditEntry, AuditFilter, validateAuditFilter } from "./audit-entry.type";
import { auditTableOf, contentOf, StoredAuditRow } from "./table";

/** The chain columns are the verifier's business, not the auditor's. */
type AuditRow = Omit<StoredAuditRow, "prev_hash" | "hash">;

/**
 * An agency's records of use for one person or one reader, newest first (issue #4). Values are
 * bound, never spliced; the schema name is checked by `auditTableOf`. Who may call this is the
 * policy layer's decision (D4: AUDITOR), not this function's.
 */
export async function queryAuditLog(dataSource: DataSource, schema: string, filter: AuditFilter): Promise<AuditEntry[]> {
  const valid = validateAuditFilter(filter);
  const conditions: string[] = [];
  const parameters: unknown[] = [];
  const bind = (value: unknown, cast: string): string => {
    parameters.push(value);
    return `$${parameters.length}::${cast}`;
  };
  if (valid.personId !== null) {
    conditions.push(`"person_id" = ${bind(valid.personId, "uuid")}`);
  }
  if (valid.subject !== null) {
    conditions.push(`"subject" = ${bind(valid.subject, "text")}`);
  }
  if (valid.from !== null) {
    conditions.push(`"read_at" >= ${bind(valid.from.toISOString(), "timestamptz")}`);
  }
  if (valid.to !== null) {
    conditions.push(`"read_at" < ${bind(valid.to.toISOString(), "timestamptz")}`);
  }
  const limit = bind(valid.first, "int");
  // Ordered by the qualified column: a bare "id" would be the text alias and sort "9" after "10".
  const rows = (await dataSource.query(
    `SELECT "id"::text AS "id", "read_at", "subject", "role", "org", "person_id", "entity_type", "entity_id", "fields", "operation_name", "purpose", "operation_id"
       FROM ${auditTableOf(schema)} AS "log"
      WHERE ${conditions.join(" AND ")}
      ORDER BY "log"."read_at" DESC, "log"."id" DESC
      LIMIT ${limit}`,
    parameters,
  )) as AuditRow[];
  return rows.map((row) => ({ ...contentOf(row), fields: [...row.fields], agency: schema }));
}
