import "reflect-metadata";
import "../../shared/graphql/enums";
import { auditHashChecksMigration } from "../../shared/audit/hash-checks";
import { auditLogMigration } from "../../shared/audit/migration";
import { auditOperationIdMigration } from "../../shared/audit/operation-id";
import { auditLogResolverFor } from "../../shared/audit/resolver";
import { deadlinesEndingMigration, deadlinesMigration } from "../../shared/deadlines/migration";
import { buildFederatedSchema } from "../../shared/federation/build-subgraph-schema";
import { loaderReference, stubReference } from "../../shared/federation/entity-stub";
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
import { SOCIAL_AGENCY } from "./agency";
import { CareCase } from "./care-case/care-case.stub";
import { socialDeadlines } from "./child-care/child-care.deadlines";
import { ChildCareCase, ChildCareMerge, ChildCareNotice, ChildCareRecordMatch, ChildCareRequest, ChildFound, EntryExitRecord } from "./child-care/child-care.entities";
import { ChildCareNoticeLinksResolver } from "./child-care/child-care.links";
import { ChildCareReply } from "./child-care/child-care.replies";
import { ChildCareRepliesResolver } from "./child-care/child-care.replies.resolver";
import { ChildCareCaseResolver, PersonChildCareResolver } from "./child-care/child-care.resolver";
import { CHILD_CARE_OUTBOX_DOCUMENTS } from "./child-care/child-care.work";
import { ChildProtectionReport } from "./child-care/protection-report.entity";
import { ChildCareCaseProtectionReportsResolver, PersonProtectionReportsResolver, ProtectionReportResolver } from "./child-care/protection-report.resolver";
import { lowIncomeDisabilityFeedJob } from "./child-care-feeds/low-income-disability-feed";
import { createSocialLoaders, SocialContext, SocialLoaders } from "./loaders";
import { CreateSocial1764300000000 } from "./migrations/1764300000000-create-social";
import { ReferralContact1764700000000 } from "./migrations/1764700000000-referral-contact";
import { ChildCare1768100000000 } from "./migrations/1768100000000-child-care";
import { ChildCareReplies1769100000002 } from "./migrations/1769100000002-child-care-replies";
import { ProtectionReports1769300000001 } from "./migrations/1769300000001-protection-reports";
import { ChildCareStatistics1769400000000 } from "./migrations/1769400000000-child-care-statistics";
import { Person } from "./person/person.stub";
import { socialPolicy } from "./policy";
import { SOCIAL_REFERRAL_SHAPE, SocialReferral } from "./referral/social-referral.entity";
import { SOCIAL_RESOLVERS } from "./referral/social-referral.resolver";
import { SOCIAL_RETENTION, SOCIAL_RETENTION_PLANS } from "./retention";
import { SOCIAL_SCHEMA } from "./schema-name";
import { SocialServiceRecord } from "./service-record/social-service-record.entity";
import { CHILD_CARE_STATISTICS_FIELDS, childCareStatistics } from "./statistics/child-care-statistics";
import { SocialReferralTransfer } from "./transfer/social-referral-transfer.entity";

/** Issue #10: 社會局's tables on 民政局's CareStatistics (its referrals received). */
const statistics = referralStatisticsSchema("social", "社會局", SOCIAL_SCHEMA);

/** Issue #12 (B12): and its programme B figures, rebuilt by the same pass. */
const aggregates = combinedStatistics(referralStatistics(SOCIAL_SCHEMA), childCareStatistics);

/** 社會局: referrals received from districts (A9, D3) and the social workers' contacts on them (A10). */
export const socialSubgraph: SubgraphDefinition<SocialLoaders> = {
  name: "social",
  database: {
    schema: SOCIAL_SCHEMA,
    entities: [SocialReferral, SocialServiceRecord, SocialReferralTransfer, ChildCareCase, ChildCareNotice, ChildCareMerge, ChildCareRecordMatch, ChildCareRequest, ChildFound, ChildCareReply, EntryExitRecord, ChildProtectionReport],
    migrations: [CreateSocial1764300000000, auditLogMigration(SOCIAL_SCHEMA), ReferralContact1764700000000, notificationsMigration(SOCIAL_SCHEMA),
      // Issue #9 (D3): closings reported to the referring district go out through its outbox.
      outboxMigration(SOCIAL_SCHEMA),
      // Issue #10: the aggregates of 民政局's statistics, kept by need and unit too.
      statisticsMigration(SOCIAL_SCHEMA),
      referralStatisticsMigration(SOCIAL_SCHEMA),
      // Issue #9 (A10): the history of a referral's moves between units.
      referralTransfersMigration(SOCIAL_SCHEMA, SOCIAL_REFERRAL_SHAPE.serviceUnit.length),
      // Issue #9 (A9): retention settings and legal holds.
      retentionMigration(SOCIAL_RETENTION.plan),
      // Issue #10 (A12): the referrals' outcomes in the aggregates, and their change timestamp.
      referralOutcomesMigration(SOCIAL_SCHEMA, ["referrals"]),
      // Issue #10, Scale: the indexes the statistics pass reads by (a pass costs what changed, not the tables).
      statisticsIndexesMigration(referralStatistics(SOCIAL_SCHEMA)),
      // Issue #11: the operation's id in the records of use.
      auditOperationIdMigration(SOCIAL_SCHEMA),
      // Issue #12 (B9): the child-care cases' deadlines (D9), their tables as district and household have them.
      deadlinesMigration(SOCIAL_SCHEMA),
      deadlinesEndingMigration(SOCIAL_SCHEMA),
      // Issue #12 (programme B): notices, screening, one case per child, merges and the B3/B9 case work.
      ChildCare1768100000000,
      // Issue #12 (B9): the district's follow-up and the police's NOT_FOUND on a case's requests.
      ChildCareReplies1769100000002,
      // Issue #12 (B6, B8): social's own feeds' tables (the six national systems' file).
      feedsMigration(SOCIAL_SCHEMA, "Feeds1769200000001"),
      // Issue #12 (B10): social's copy of each child-protection report the district sends.
      ProtectionReports1769300000001,
      // Issue #12 (B12): programme B's figures in the aggregates (category, exclusion reason, case state), their change timestamps and indexes.
      ChildCareStatistics1769400000000,
      // Issue #13: the audit log's hex checks without a bounded-repeat regex (a large part of an append's cost).
      auditHashChecksMigration(SOCIAL_SCHEMA),
    ],
  },
  policy: socialPolicy,
  buildSchema: () =>
    buildFederatedSchema({
      policy: socialPolicy,
      // Issue #10: reached only through household's careStatistics, so listed for this schema to extend it.
      orphanedTypes: [statistics.CareStatistics],
      resolvers: [
        ...SOCIAL_RESOLVERS, ChildCareCaseResolver, ChildCareRepliesResolver, PersonChildCareResolver, ChildCareNoticeLinksResolver, ProtectionReportResolver, ChildCareCaseProtectionReportsResolver,
        PersonProtectionReportsResolver, auditLogResolverFor("social", SOCIAL_SCHEMA), statistics.resolver,
        ...statisticsTableResolvers(statistics.CareStatistics, SOCIAL_SCHEMA, CHILD_CARE_STATISTICS_FIELDS), retentionResolverFor(SOCIAL_RETENTION.spec), feedRunsResolverFor("social", SOCIAL_SCHEMA),
      ],
      referenceResolvers: {
        SocialReferral: loaderReference((context: SocialContext) => context.loaders.referralById),
        ChildCareCase: loaderReference((context: SocialContext) => context.loaders.childCare.caseById),
        Person: stubReference(Person),
        CareCase: stubReference(CareCase),
        CareStatistics: { __resolveReference: (reference: { id: string }) => new statistics.CareStatistics(reference.id) },
      },
    }),
  createLoaders: createSocialLoaders,
  jobs: (environment) => [
    // Issue #9: the outbox delivers the closings to the district (shared/receiving/closing.ts).
    // Issue #12 (B9): and the child-care cases' requests to the district and the police.
    receivingOutboxJob(SOCIAL_AGENCY, environment, CHILD_CARE_OUTBOX_DOCUMENTS),
    // Issue #12 (B9, D9): the child-care cases' visit and report deadlines.
    socialDeadlines.job(environment.dataSource),
    // Issue #10: 民政局's monthly aggregates of the referrals received (issue #12: and of the child-care cases), rebuilt from a watermark.
    statisticsJob(environment.dataSource, aggregates),
    // Issue #9 (A9): closed referrals past the unit's retention, not held, are purged (issue #12: and protection reports held without a case).
    retentionPurgeJob(environment.dataSource, SOCIAL_RETENTION_PLANS, environment.log),
    // Issue #12 (B6, B8): the six national systems' file of low-income households with a disability certificate, monthly (R1: FEED_LOW_INCOME_DISABILITY_SCHEDULE).
    lowIncomeDisabilityFeedJob(environment),
  ],
};
