import "reflect-metadata";
import "../../shared/graphql/enums";
import { auditHashChecksMigration } from "../../shared/audit/hash-checks";
import { auditLogMigration } from "../../shared/audit/migration";
import { auditOperationIdMigration } from "../../shared/audit/operation-id";
import { auditLogResolverFor } from "../../shared/audit/resolver";
import { buildFederatedSchema } from "../../shared/federation/build-subgraph-schema";
import { loaderReference, purgeableReference, stubReference } from "../../shared/federation/entity-stub";
import { feedRunsResolverFor, feedsMigration } from "../../shared/feeds";
import { notificationsMigration } from "../../shared/notifications/table";
import { outboxMigration } from "../../shared/outbox/migration";
import { receivingOutboxJob } from "../../shared/receiving/closing";
import { referralTransfersMigration } from "../../shared/receiving/transfer-migration";
import { retentionPurgeJob } from "../../shared/retention/purge";
import { retentionResolverFor } from "../../shared/retention/resolver";
import { retentionMigration } from "../../shared/retention/table";
import { statisticsIndexesMigration } from "../../shared/statistics/indexes";
import { statisticsJob } from "../../shared/statistics/rebuild";
import { referralStatisticsSchema } from "../../shared/statistics/referral-statistics.resolver";
import { combinedStatistics, referralStatistics } from "../../shared/statistics/referrals";
import { referralOutcomesMigration, referralStatisticsMigration, statisticsMigration } from "../../shared/statistics/table";
import { statisticsTableResolvers } from "../../shared/statistics/tables-resolver";
import { SubgraphDefinition } from "../../shared/subgraph/definition";
import { HEALTH_AGENCY } from "./agency";
import { CareCase } from "./care-case/care-case.stub";
import { healthDeadlines } from "./deadlines";
import { InsuranceStatus } from "./insurance/insurance-status.entity";
import { InsuranceStatusResolver } from "./insurance/insurance.resolver";
import { nhiaFeedJob } from "./insurance/nhia-feed";
import { createHealthLoaders, HealthContext, HealthLoaders } from "./loaders";
import { CreateHealth1764200000000 } from "./migrations/1764200000000-create-health";
import { ReferralContact1764700000000 } from "./migrations/1764700000000-referral-contact";
import { ServiceRecords1765000000000 } from "./migrations/1765000000000-service-records";
import { VaccinationFollowUps1768000000000 } from "./migrations/1768000000000-vaccination-follow-ups";
import { HealthDeadlines1768000000001 } from "./migrations/1768000000001-health-deadlines";
import { UninsuredChildren1769200000000 } from "./migrations/1769200000000-uninsured-children";
import { VaccinationStatistics1769400000000 } from "./migrations/1769400000000-vaccination-statistics";
import { Person } from "./person/person.stub";
import { healthPolicy } from "./policy";
import { HEALTH_REFERRAL_SHAPE, HealthReferral } from "./referral/health-referral.entity";
import { HEALTH_RESOLVERS } from "./referral/health-referral.resolver";
import { HEALTH_RETENTION, HEALTH_RETENTION_PLANS } from "./retention";
import { HEALTH_SCHEMA } from "./schema-name";
import { HealthServiceRecord } from "./service-record/health-service-record.entity";
import { VACCINATION_STATISTICS_FIELDS, vaccinationStatistics } from "./statistics/vaccination-statistics";
import { HealthReferralTransfer } from "./transfer/health-referral-transfer.entity";
import { cdcFeedJob } from "./vaccination/cdc-feed";
import { VaccinationFollowUp } from "./vaccination/vaccination-follow-up.entity";
import { VaccinationReminder } from "./vaccination/vaccination-reminder.entity";
import type { VaccinationContext } from "./vaccination/vaccination.context";
import { VaccinationFollowUpResolver } from "./vaccination/vaccination.resolver";
import { CHILD_CARE_NOTICE_DOCUMENTS } from "./vaccination/vaccination.service";

/** Issue #10: 衛生局's tables on 民政局's CareStatistics (its referrals received). */
const statistics = referralStatisticsSchema("health", "衛生局", HEALTH_SCHEMA);

/** Issue #12 (B4, B12): and its vaccination follow-ups' figures, rebuilt by the same pass. */
const aggregates = combinedStatistics(referralStatistics(HEALTH_SCHEMA), vaccinationStatistics);

/** 衛生局: referrals from districts (A9, D3), served by 健康服務中心 or 社區心理衛生中心 (A10). */
export const healthSubgraph: SubgraphDefinition<HealthLoaders> = {
  name: "health",
  database: {
    schema: HEALTH_SCHEMA,
    entities: [HealthReferral, HealthServiceRecord, HealthReferralTransfer, VaccinationFollowUp, VaccinationReminder, InsuranceStatus],
    migrations: [CreateHealth1764200000000, auditLogMigration(HEALTH_SCHEMA), ReferralContact1764700000000,
      // Issue #8: listed before the rename of its own timestamp, which stays the last (tests/database/migrations.test.ts undoes it).
      notificationsMigration(HEALTH_SCHEMA),
      // Issue #9 (D3): closings reported to the referring district go out through its outbox.
      outboxMigration(HEALTH_SCHEMA),
      ServiceRecords1765000000000,
      // Issue #10: the aggregates of 民政局's statistics, kept by need and unit too.
      statisticsMigration(HEALTH_SCHEMA),
      referralStatisticsMigration(HEALTH_SCHEMA),
      // Issue #9 (A10): the history of a referral's moves between units.
      referralTransfersMigration(HEALTH_SCHEMA, HEALTH_REFERRAL_SHAPE.serviceUnit.length),
      // Issue #9 (A9): retention settings and legal holds.
      retentionMigration(HEALTH_RETENTION.plan),
      // Issue #10 (A12): the referrals' outcomes in the aggregates, and their change timestamp.
      referralOutcomesMigration(HEALTH_SCHEMA, ["referrals"]),
      // Issue #10, Scale: the indexes the statistics pass reads by (a pass costs what changed, not the tables).
      statisticsIndexesMigration(referralStatistics(HEALTH_SCHEMA)),
      // Issue #11: the operation's id in the records of use.
      auditOperationIdMigration(HEALTH_SCHEMA),
      // Issue #12 (B4): the CDC's overdue children as follow-ups, their 6-month deadline (D9), and the feeds' runs (B8).
      VaccinationFollowUps1768000000000,
      HealthDeadlines1768000000001,
      feedsMigration(HEALTH_SCHEMA, "Feeds1768000000002"),
      // Issue #12 (B5): the NHIA's uninsured children, their start date as given.
      UninsuredChildren1769200000000,
      // Issue #12 (B12): the follow-ups' figures in the aggregates (by referral condition), their change timestamp and indexes.
      VaccinationStatistics1769400000000,
      // Issue #13: the audit log's hex checks without a bounded-repeat regex (a large part of an append's cost).
      auditHashChecksMigration(HEALTH_SCHEMA),
    ],
  },
  policy: healthPolicy,
  buildSchema: () =>
    buildFederatedSchema({
      policy: healthPolicy,
      // Issue #10: reached only through household's careStatistics, so listed for this schema to extend it.
      orphanedTypes: [statistics.CareStatistics],
      resolvers: [
        ...HEALTH_RESOLVERS,
        auditLogResolverFor("health", HEALTH_SCHEMA),
        statistics.resolver,
        ...statisticsTableResolvers(statistics.CareStatistics, HEALTH_SCHEMA, VACCINATION_STATISTICS_FIELDS),
        retentionResolverFor(HEALTH_RETENTION.spec),
        VaccinationFollowUpResolver,
        // Issue #12 (B5): the nurse's list of her centre's insurance statuses (also reached through social's notice).
        InsuranceStatusResolver,
        feedRunsResolverFor("health", HEALTH_SCHEMA),
      ],
      referenceResolvers: {
        HealthReferral: loaderReference((context: HealthContext) => context.loaders.referralById),
        // Issue #12: social's notice names the follow-up it came from; the row flagged with the caller's scope.
        VaccinationFollowUp: purgeableReference("VaccinationFollowUp", (context: VaccinationContext) => context.loaders.vaccination.followUpById),
        // Issue #12 (B5): social's UNINSURED notice names the status by its notice key.
        InsuranceStatus: purgeableReference("InsuranceStatus", (context: { loaders: HealthLoaders }) => context.loaders.insurance.statusByNoticeKey),
        Person: stubReference(Person),
        CareCase: stubReference(CareCase),
        CareStatistics: { __resolveReference: (reference: { id: string }) => new statistics.CareStatistics(reference.id) },
      },
    }),
  createLoaders: createHealthLoaders,
  jobs: (environment) => [
    // Issue #9: the outbox delivers the closings to the district (shared/receiving/closing.ts).
    receivingOutboxJob(HEALTH_AGENCY, environment, CHILD_CARE_NOTICE_DOCUMENTS),
    // Issue #10: 民政局's monthly aggregates of the referrals received (issue #12: and of the vaccination follow-ups), rebuilt from a watermark.
    statisticsJob(environment.dataSource, aggregates),
    // Issue #9 (A9): closed referrals past the unit's retention, not held, are purged (issue #12: and ended follow-ups, statuses no longer listed).
    retentionPurgeJob(environment.dataSource, HEALTH_RETENTION_PLANS, environment.log),
    // Issue #12 (B4, D9): the 6-month catch-up deadlines move to due soon / overdue.
    healthDeadlines.job(environment.dataSource),
    // Issue #12 (B4, B8): the CDC's file of overdue children, daily (R1: FEED_CDC_OVERDUE_VACCINATION_SCHEDULE).
    cdcFeedJob(environment),
    // Issue #12 (B5, B8): the NHIA's list of children uninsured over a year, 10th and 25th (R1: FEED_NHIA_UNINSURED_SCHEDULE); notices social by the outbox.
    nhiaFeedJob(environment),
  ],
};
