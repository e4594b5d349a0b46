import { graphql } from "../../gql";

/**
 * Every agency's records of use in one operation (issue #4: each subgraph keeps its own log under
 * its own root field, D1); the auditor reads them side by side (issue #11).
 */
export const CONSOLE_AUDIT_LOG = graphql(`
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
