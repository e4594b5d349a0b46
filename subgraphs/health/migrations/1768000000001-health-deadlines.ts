import { queryMigration } from "../../../shared/db/query-migration";
import { deadlinesDropQueries, deadlinesEndingDropQueries, deadlinesEndingMigrationQueries, deadlinesMigrationQueries } from "../../../shared/deadlines/migration";
import { HEALTH_SCHEMA as S } from "../schema-name";

/**
 * Issue #12 (B4, D9): health becomes a deadline owner (the 6-month catch-up, VACCINATION_CATCH_UP):
 * the shared tables with issue #9's ending, under health's own timestamp so an existing database
 * runs them after everything it already has.
 */
export const HealthDeadlines1768000000001 = queryMigration(
  "HealthDeadlines1768000000001",
  () => [...deadlinesMigrationQueries(S), ...deadlinesEndingMigrationQueries(S)],
  () => [...deadlinesEndingDropQueries(S), ...deadlinesDropQueries(S)],
);
