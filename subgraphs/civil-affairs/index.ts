import "reflect-metadata";
import "../../shared/graphql/enums";
import { auditHashChecksMigration } from "../../shared/audit/hash-checks";
import { auditLogMigration } from "../../shared/audit/migration";
import { auditOperationIdMigration } from "../../shared/audit/operation-id";
import { auditLogResolverFor } from "../../shared/audit/resolver";
import { buildFederatedSchema } from "../../shared/federation/build-subgraph-schema";
import { loaderReference, stubReference } from "../../shared/federation/entity-stub";
import { notificationsMigration } from "../../shared/notifications/table";
import { outboxMigration } from "../../shared/outbox/migration";
import { receivingOutboxJob } from "../../shared/receiving/closing";
import { retentionPurgeJob } from "../../shared/retention/purge";
import { retentionResolverFor } from "../../shared/retention/resolver";
import { retentionMigration } from "../../shared/retention/table";
import { statisticsIndexesMigration } from "../../shared/statistics/indexes";
import { statisticsJob } from "../../shared/statistics/rebuild";
import { referralOutcomesMigration, referralStatisticsMigration, statisticsMigration } from "../../shared/statistics/table";
import { SubgraphDefinition } from "../../shared/subgraph/definition";
import { CIVIL_AFFAIRS_AGENCY } from "./agency";
import { CareCase } from "./care-case/care-case.stub";
import { serviceDirectory } from "./directory";
import { CivilAffairsContext, CivilAffairsLoaders, createCivilAffairsLoaders } from "./loaders";
import { CreateCivilAffairs1765100000000 } from "./migrations/1765100000000-create-civil-affairs";
import { OnwardReferrals1765100000001 } from "./migrations/1765100000001-onward-referrals";
import { PartnerReferrals1765100000002 } from "./migrations/1765100000002-partner-referrals";
import { TeenParentSurveys1768300000001 } from "./migrations/1768300000001-teen-parent-surveys";
import { OnwardReferral } from "./onward/onward-referral.entity";
import { OnwardReferralResolver } from "./onward/onward-referral.resolver";
import { PartnerReferral } from "./partner/partner-referral.entity";
import { PARTNER_RESOLVERS } from "./partner/partner-referral.resolver";
import { PartnerServiceRecord } from "./partner/partner-service-record.entity";
import { Person } from "./person/person.stub";
import { civilAffairsPolicy } from "./policy";
import { CivilAffairsReferral } from "./referral/civil-affairs-referral.entity";
import { CIVIL_AFFAIRS_RESOLVERS } from "./referral/civil-affairs-referral.resolver";
import { CIVIL_AFFAIRS_RETENTION, CIVIL_AFFAIRS_RETENTION_PLANS, CIVIL_AFFAIRS_RETENTION_TABLES, PARTNER_RETENTION } from "./retention";
import { CIVIL_AFFAIRS_SCHEMA } from "./schema-name";
import { CivilAffairsServiceRecord } from "./service-record/civil-affairs-service-record.entity";
import { civilAffairsStatistics } from "./statistics/civil-affairs-statistics";
import { CHILD_CARE_NOTICE_DOCUMENTS } from "./teen-parent/child-care-notice";
import { RelayedTeenParentSurvey } from "./teen-parent/relayed-survey.entity";
import { RelayedTeenParentSurveyResolver } from "./teen-parent/relayed-survey.resolver";

/**
 * 民政局 (issue #9): the city's coordinator of the programme (A11). It takes the single cases
 * referred to it as a receiving agency (referral/) and refers them onward (onward/, A11), and hosts
 * the referrals to partner agencies without a subgraph of their own (partner/: 勞動局, 教育局). Each part lists its entities, migrations,
 * resolvers and references here; the policy merges the parts' tables (policy.ts).
 */
export const civilAffairsSubgraph: SubgraphDefinition<CivilAffairsLoaders> = {
  name: "civil-affairs",
  database: {
    schema: CIVIL_AFFAIRS_SCHEMA,
    entities: [CivilAffairsReferral, CivilAffairsServiceRecord, OnwardReferral, PartnerReferral, PartnerServiceRecord, ...serviceDirectory.entities, RelayedTeenParentSurvey],
    migrations: [
      CreateCivilAffairs1765100000000,
      auditLogMigration(CIVIL_AFFAIRS_SCHEMA),
      notificationsMigration(CIVIL_AFFAIRS_SCHEMA),
      // D3: closings reported to the referring district go out through its outbox.
      outboxMigration(CIVIL_AFFAIRS_SCHEMA),
      OnwardReferrals1765100000001,
      PartnerReferrals1765100000002,
      // C1: the service directory, with the shipped versions.
      ...serviceDirectory.migrations,
      // Issue #10: the aggregates of 民政局's statistics, kept by need and unit too.
      statisticsMigration(CIVIL_AFFAIRS_SCHEMA),
      referralStatisticsMigration(CIVIL_AFFAIRS_SCHEMA),
      // Issue #10 (A12): the referrals' outcomes in the aggregates, and their change timestamp.
      referralOutcomesMigration(CIVIL_AFFAIRS_SCHEMA, ["referrals", "partner_referrals"]),
      // Issue #10, Scale: the indexes the statistics pass reads by (a pass costs what changed, not the tables).
      statisticsIndexesMigration(civilAffairsStatistics.rebuild),
      // Issue #9 (A9): retention settings and legal holds of the bureau's and the partner agencies' referrals.
      retentionMigration(CIVIL_AFFAIRS_RETENTION_TABLES),
      // Issue #11: the operation's id in the records of use.
      auditOperationIdMigration(CIVIL_AFFAIRS_SCHEMA),
      // Issue #12 (B7): the surveys 附表4 household relays monthly, forwarded to social.
      TeenParentSurveys1768300000001,
      // Issue #13: the audit log's hex checks without a bounded-repeat regex (a large part of an append's cost).
      auditHashChecksMigration(CIVIL_AFFAIRS_SCHEMA),
    ],
  },
  policy: civilAffairsPolicy,
  buildSchema: () =>
    buildFederatedSchema({
      policy: civilAffairsPolicy,
      // Issue #10: reached only through household's careStatistics, so listed for this schema to extend it.
      orphanedTypes: [civilAffairsStatistics.CareStatistics],
      resolvers: [
        ...CIVIL_AFFAIRS_RESOLVERS,
        OnwardReferralResolver,
        ...PARTNER_RESOLVERS,
        ...serviceDirectory.resolvers,
        // "civilAffairs": a GraphQL name cannot carry the subgraph name's "-".
        auditLogResolverFor("civilAffairs", CIVIL_AFFAIRS_SCHEMA),
        ...civilAffairsStatistics.resolvers,
        retentionResolverFor(CIVIL_AFFAIRS_RETENTION.spec),
        retentionResolverFor(PARTNER_RETENTION.spec),
        RelayedTeenParentSurveyResolver,
      ],
      referenceResolvers: {
        CivilAffairsReferral: loaderReference((context: CivilAffairsContext) => context.loaders.cases.referralById),
        PartnerReferral: loaderReference((context: CivilAffairsContext) => context.loaders.partner.referralById),
        Person: stubReference(Person),
        CareCase: stubReference(CareCase),
        CareStatistics: { __resolveReference: (reference: { id: string }) => new civilAffairsStatistics.CareStatistics(reference.id) },
      },
    }),
  createLoaders: createCivilAffairsLoaders,
  jobs: (environment) => [
    // Issue #9: the outbox delivers the closings (民政局's and the partner agencies') and the directory's versions to the district;
    // issue #12: and the child-care notices of the relayed surveys 附表4 to social (B7).
    receivingOutboxJob(CIVIL_AFFAIRS_AGENCY, environment, { ...serviceDirectory.outboxDocuments, ...CHILD_CARE_NOTICE_DOCUMENTS }),
    // C1: queues the hand-off of the shipped Taipei directory (a publication queues its own).
    serviceDirectory.jobs(environment),
    // Issue #10: 民政局's monthly aggregates of the referrals its subgraph received, rebuilt from a watermark.
    statisticsJob(environment.dataSource, civilAffairsStatistics.rebuild),
    // Issue #9 (A9): closed referrals past their owner's retention, not held, are purged (retention.ts).
    retentionPurgeJob(environment.dataSource, CIVIL_AFFAIRS_RETENTION_PLANS, environment.log),
  ],
};
