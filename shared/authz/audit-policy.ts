/**
 * The fields of AuditEntry (shared/audit), open to the AUDITOR in every subgraph's policy: the
 * record of use names who read what, never the values themselves.
 */
export const AUDIT_ENTRY_FIELDS = [
  "id",
  "agency",
  "readAt",
  "subject",
  "role",
  "org",
  "personId",
  "entityType",
  "entityId",
  "fields",
  "operationName",
  "purpose",
  "operationId",
] as const;
