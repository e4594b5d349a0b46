import "reflect-metadata";
import "../../shared/graphql/enums";
import { auditHashChecksMigration } from "../../shared/audit/hash-checks";
import { auditLogMigration } from "../../shared/audit/migration";
import { auditOperationIdMigration } from "../../shared/audit/operation-id";
import { auditLogResolverFor } from "../../shared/audit/resolver";
import { buildFederatedSchema } from "../../shared/federation/build-subgraph-schema";
import { SubgraphDefinition } from "../../shared/subgraph/definition";
import { OfficeClosureRow } from "./closure/office-closure.entity";
import { OfficeClosureResolver } from "./closure/office-closure.resolver";
import { calendarJobs } from "./jobs";
import { CalendarLoaders, createCalendarLoaders } from "./loaders";
import { CreateCalendar1765000000001 } from "./migrations/1765000000001-create-calendar";
import { OfficeCalendarResolver } from "./office-calendar/office-calendar.resolver";
import { calendarPolicy } from "./policy";
import { CALENDAR_SCHEMA } from "./schema-name";

/**
 * 臺北市政府人事處, the owner of the city's office calendar (D9, issue #8): it declares closures
 * (停止上班) and pushes each to every deadline-owning agency of the registry over its outbox (D3).
 */
export const calendarSubgraph: SubgraphDefinition<CalendarLoaders> = {
  name: "calendar",
  database: {
    schema: CALENDAR_SCHEMA,
    entities: [OfficeClosureRow],
    migrations: [CreateCalendar1765000000001, auditLogMigration(CALENDAR_SCHEMA), auditOperationIdMigration(CALENDAR_SCHEMA), auditHashChecksMigration(CALENDAR_SCHEMA)],
  },
  policy: calendarPolicy,
  buildSchema: () =>
    buildFederatedSchema({
      policy: calendarPolicy,
      resolvers: [OfficeCalendarResolver, OfficeClosureResolver, auditLogResolverFor("calendar", CALENDAR_SCHEMA)],
    }),
  createLoaders: createCalendarLoaders,
  jobs: calendarJobs,
};
