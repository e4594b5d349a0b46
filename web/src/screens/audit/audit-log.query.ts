import { graphql } from "../../gql";

/** One record of use as the auditor's table shows it: who, what, which operation, why — never a value. */
export const CONSOLE_AUDIT_ENTRY = graphql(`
  fragment ConsoleAuditEntry on AuditEntry {
    id
    agency
    readAt
    subject
    role
    org
    personId
    entityType
    entityId
    fields
    operationName
    operationId
    purpose
  }
`);

/**
 * Every agency's records of use in one operation (issue #4: each subgraph keeps its own log under
 * its own root field, D1); the auditor reads them side by side (issue #11). The fragment is its
 * own document: Apollo reads a document's first definition as its operation.
 */
export const CONSOLE_AUDIT_LOG = graphql(`
  query ConsoleAuditLog($filter: AuditFilter!) {
    householdAuditLog(filter: $filter) {
      ...ConsoleAuditEntry
    }
    districtAuditLog(filter: $filter) {
      ...ConsoleAuditEntry
    }
    socialAuditLog(filter: $filter) {
      ...ConsoleAuditEntry
    }
    healthAuditLog(filter: $filter) {
      ...ConsoleAuditEntry
    }
    civilAffairsAuditLog(filter: $filter) {
      ...ConsoleAuditEntry
    }
    calendarAuditLog(filter: $filter) {
      ...ConsoleAuditEntry
    }
  }
`);
