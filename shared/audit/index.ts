/** Records of use (PDPA enforcement rules art. 12, D4, issue #4): what subgraphs wire in. */
export { AuditEntry, AuditFilter, DEFAULT_AUDIT_PAGE, MAX_AUDIT_PAGE, validateAuditFilter } from "./audit-entry.type";
export type { ValidAuditFilter } from "./audit-entry.type";
export { canonicalRow, GENESIS_HASH, hashRow } from "./chain";
export type { ChainedRowContent } from "./chain";
export { AuditCollector } from "./collector";
export type { AuditEntryInput, FieldRead } from "./collector";
export { AUDIT_APPEND_ONLY_SQLSTATE, auditLogDropQueries, auditLogMigrationQueries } from "./migration";
export { auditPlugin } from "./plugin";
export type { AuditPluginOptions, AuditPrincipal } from "./plugin";
export { queryAuditLog } from "./query";
export { auditLogResolverFor } from "./resolver";
export type { AuditQueryContext } from "./resolver";
export { AUDIT_TABLE, auditTableOf } from "./table";
export { auditLogExists, verifyAuditChain, VERIFY_PAGE_SIZE } from "./verify";
export type { AuditProblem, AuditProblemKind, AuditVerification } from "./verify";
export { appendAuditEntries } from "./writer";
export type { AppendResult, AuditHeader } from "./writer";
