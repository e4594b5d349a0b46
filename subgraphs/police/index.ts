import "reflect-metadata";
import "../../shared/graphql/enums";
import { auditHashChecksMigration } from "../../shared/audit/hash-checks";
import { auditLogMigration } from "../../shared/audit/migration";
import { auditOperationIdMigration } from "../../shared/audit/operation-id";
import { auditLogResolverFor } from "../../shared/audit/resolver";
import { closureReceiverKit } from "../../shared/calendar/closures/kit";
import { envWholeNumber } from "../../shared/config";
import { deadlinesEndingMigration, deadlinesMigration } from "../../shared/deadlines/migration";
import { schedulerRunsResolverFor } from "../../shared/deadlines/resolver";
import { buildFederatedSchema } from "../../shared/federation/build-subgraph-schema";
import { loaderReference, stubReference } from "../../shared/federation/entity-stub";
import { outboxJob } from "../../shared/outbox/job";
import { outboxMigration } from "../../shared/outbox/migration";
import { OUTBOX_DISPATCH_JOB } from "../../shared/receiving/closing";
import { statisticsIndexesMigration } from "../../shared/statistics/indexes";
import { statisticsJob } from "../../shared/statistics/rebuild";
import { referralOutcomesMigration, referralStatisticsMigration, statisticsMigration } from "../../shared/statistics/table";
import { statisticsTableResolvers } from "../../shared/statistics/tables-resolver";
import { SubgraphDefinition } from "../../shared/subgraph/definition";
import { policeDeadlines } from "./deadlines";
import { createPoliceLoaders, PoliceContext, PoliceLoaders } from "./loaders";
import { CreatePolice1768200000000 } from "./migrations/1768200000000-create-police";
import { Person } from "./person/person.stub";
import { policePolicy } from "./policy";
import { POLICE_SCHEMA } from "./schema-name";
import { SEARCH_DOCUMENTS } from "./search-request/hand-offs";
import { SearchRequest } from "./search-request/search-request.entity";
import { PersonSearchRequestsResolver, SearchRequestResolver } from "./search-request/search-request.resolver";
import { POLICE_STATISTICS_FIELDS, PoliceCareStatistics, policeStatistics } from "./statistics/police-statistics";

/** Issue #8: the city's closures from the calendar owner; they move the police's deadlines (B2: 7 days, 1 month). */
const closures = closureReceiverKit("police", POLICE_SCHEMA, { dueSoonWithinMs: policeDeadlines.config.dueSoonWithinMs });

/**
 * 臺北市政府警察局 (issue #12, D11): the search requests (協尋) sent to its precincts by the household
 * offices (B2, B3) and the social units (B9), the officers' visits and results, and the hand-offs of
 * a result to social and to the requester (D3).
 */
export const policeSubgraph: SubgraphDefinition<PoliceLoaders> = {
  name: "police",
  database: {
    schema: POLICE_SCHEMA,
    entities: [SearchRequest],
    migrations: [
      CreatePolice1768200000000,
      auditLogMigration(POLICE_SCHEMA),
      auditOperationIdMigration(POLICE_SCHEMA),
      // D3: FOUND to social and the reply to household go out through its outbox.
      outboxMigration(POLICE_SCHEMA),
      // D9: the visit's and the reply's deadlines, and the closures that move them (issue #8).
      deadlinesMigration(POLICE_SCHEMA),
      deadlinesEndingMigration(POLICE_SCHEMA),
      closures.migration,
      // Issue #12 (B12): 民政局's aggregates of the police's steps per precinct, in the receiving agencies' layout (UNIT: the precinct), and the indexes their pass reads by.
      statisticsMigration(POLICE_SCHEMA),
      referralStatisticsMigration(POLICE_SCHEMA),
      referralOutcomesMigration(POLICE_SCHEMA, []),
      statisticsIndexesMigration(policeStatistics),
      // Issue #13: the audit log's hex checks without a bounded-repeat regex (a large part of an append's cost).
      auditHashChecksMigration(POLICE_SCHEMA),
    ],
  },
  policy: policePolicy,
  buildSchema: () =>
    buildFederatedSchema({
      policy: policePolicy,
      // Issue #12: reached only through household's careStatistics, so listed for this schema to extend it.
      orphanedTypes: [PoliceCareStatistics],
      resolvers: [
        SearchRequestResolver,
        PersonSearchRequestsResolver,
        auditLogResolverFor("police", POLICE_SCHEMA),
        schedulerRunsResolverFor("police", POLICE_SCHEMA),
        closures.resolver,
        ...statisticsTableResolvers(PoliceCareStatistics, POLICE_SCHEMA, POLICE_STATISTICS_FIELDS),
      ],
      referenceResolvers: {
        SearchRequest: loaderReference((context: PoliceContext) => context.loaders.searchRequestById),
        Person: stubReference(Person),
        CareStatistics: { __resolveReference: (reference: { id: string }) => new PoliceCareStatistics(reference.id) },
      },
    }),
  createLoaders: createPoliceLoaders,
  jobs: (environment) => [
    outboxJob({ name: OUTBOX_DISPATCH_JOB, service: "police", intervalMs: envWholeNumber("OUTBOX_DISPATCH_SECONDS", 5, 1) * 1000, documents: SEARCH_DOCUMENTS }, environment),
    policeDeadlines.job(environment.dataSource),
    // Issue #12 (B12): 民政局's monthly aggregates of the steps' outcomes, rebuilt from a watermark.
    statisticsJob(environment.dataSource, policeStatistics),
    ...closures.jobs(environment),
  ],
};
