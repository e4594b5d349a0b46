import "reflect-metadata";
import "../../shared/graphql/enums";
import { auditHashChecksMigration } from "../../shared/audit/hash-checks";
import { auditLogMigration } from "../../shared/audit/migration";
import { auditOperationIdMigration } from "../../shared/audit/operation-id";
import { auditLogResolverFor } from "../../shared/audit/resolver";
import { closureReceiverKit } from "../../shared/calendar/closures/kit";
import { deadlinesEndingMigration, deadlinesMigration } from "../../shared/deadlines/migration";
import { schedulerRunsResolverFor } from "../../shared/deadlines/resolver";
import { buildFederatedSchema } from "../../shared/federation/build-subgraph-schema";
import { loaderReference, stubReference } from "../../shared/federation/entity-stub";
import { notificationsResolverFor } from "../../shared/notifications/resolver";
import { outboxMigration } from "../../shared/outbox/migration";
import { retentionPurgeJob } from "../../shared/retention/purge";
import { retentionResolverFor } from "../../shared/retention/resolver";
import { retentionMigration } from "../../shared/retention/table";
import { statisticsIndexesMigration } from "../../shared/statistics/indexes";
import { statisticsJob } from "../../shared/statistics/rebuild";
import { statisticsMigration } from "../../shared/statistics/table";
import { updatedAtMigration } from "../../shared/statistics/updated-at";
import { SubgraphDefinition } from "../../shared/subgraph/definition";
import { CareCase } from "./care-case/care-case.entity";
import { resolveCareCaseReference } from "./care-case/care-case.reference";
import { CareCaseResolver } from "./care-case/care-case.resolver";
import { CaseCorrectionResolver } from "./care-case/case-correction.resolver";
import { ConsentInquiry } from "./consent-inquiry/consent-inquiry.entity";
import { ConsentInquiryResolver } from "./consent-inquiry/consent-inquiry.resolver";
import { districtDeadlines } from "./deadlines";
import { ServiceDirectoryVersion } from "./directory/service-directory-version.entity";
import { ServiceDirectoryResolver } from "./directory/service-directory.resolver";
import { notifyFollowUpBreaches } from "./follow-up/follow-up.breaches";
import { FollowUpRequest } from "./follow-up/follow-up.entity";
import { FollowUpRequestResolver } from "./follow-up/follow-up.resolver";
import { HandoverLedger } from "./handover-ledger/handover-ledger.entity";
import { HandoverLedgerResolver } from "./handover-ledger/handover-ledger.resolver";
import { HelpTask } from "./help-task/help-task.entity";
import { CareCaseHelpTasksResolver, HelpTaskResolver } from "./help-task/help-task.resolver";
import { DistrictInboxResolver } from "./inbox/district-inbox.resolver";
import { DistrictNotification, notifyNewBreaches } from "./inbox/district-notifications";
import { districtOutboxJob } from "./jobs";
import { createDistrictLoaders, DistrictContext, DistrictLoaders } from "./loaders";
import { CreateDistrict1764100000000 } from "./migrations/1764100000000-create-district";
import { HandoverLedgers1765000000000 } from "./migrations/1765000000000-handover-ledgers";
import { DistrictInbox1765000000001 } from "./migrations/1765000000001-inbox";
import { UrgentReports1765412000000 } from "./migrations/1765412000000-urgent-reports";
import { CaseReferrals1766100000000 } from "./migrations/1766100000000-case-referrals";
import { CaseCorrection1766200000000 } from "./migrations/1766200000000-case-correction";
import { CaseClosing1766500000000 } from "./migrations/1766500000000-case-closing";
import { VisitRecordSignOff1766600000000 } from "./migrations/1766600000000-visit-record-sign-off";
import { HelpTasks1766600000001 } from "./migrations/1766600000001-help-tasks";
import { CaseWithdrawal1766800000000 } from "./migrations/1766800000000-case-withdrawal";
import { ServiceDirectory1766900000001 } from "./migrations/1766900000001-service-directory";
import { ReferralAgencies1767000000001 } from "./migrations/1767000000001-referral-agencies";
import { FollowUpRequests1769100000000 } from "./migrations/1769100000000-follow-up-requests";
import { ProtectionReports1769300000000 } from "./migrations/1769300000000-protection-reports";
import { personReference } from "./person/person.reference";
import { PersonResolver } from "./person/person.resolver";
import { districtPolicy } from "./policy";
import { CaseReferral } from "./referral/case-referral.entity";
import { CareCaseReferralsResolver, CaseReferralResolver } from "./referral/case-referral.resolver";
import { ReferralClosedResolver } from "./referral/referral-closed.resolver";
import { DISTRICT_RETENTION, DISTRICT_RETENTION_PLAN } from "./retention/district-retention";
import { DISTRICT_SCHEMA } from "./schema-name";
import { SignOffLevels } from "./sign-off/sign-off-levels.entity";
import { SignOffLevelsResolver } from "./sign-off/sign-off-levels.resolver";
import { VisitRecordSignature } from "./sign-off/visit-record-signature.entity";
import { CareStatistics } from "./statistics/care-statistics.entity";
import { CareStatisticsResolver } from "./statistics/care-statistics.resolver";
import { districtStatistics } from "./statistics/district-statistics";
import { UrgentReport } from "./urgent-report/urgent-report.entity";
import { CareCaseUrgentReportsResolver, UrgentReportResolver } from "./urgent-report/urgent-report.resolver";
import { VisitAttempt } from "./visit-attempt/visit-attempt.entity";
import { VisitAttemptResolver } from "./visit-attempt/visit-attempt.resolver";
import { VisitRecord } from "./visit-record/visit-record.entity";
import { VisitRecordResolver } from "./visit-record/visit-record.resolver";

/** 區公所: 人文課 care cases (列管), 里幹事 visit attempts and visit records (附件4). */
/** Issue #8: the city's closures from the calendar owner; they move this agency's deadlines. */
const closures = closureReceiverKit("district", DISTRICT_SCHEMA, { dueSoonWithinMs: districtDeadlines.config.dueSoonWithinMs });

export const districtSubgraph: SubgraphDefinition<DistrictLoaders> = {
  name: "district",
  database: {
    schema: DISTRICT_SCHEMA,
    entities: [FollowUpRequest, CareCase, VisitAttempt, VisitRecord, UrgentReport, HandoverLedger, CaseReferral, VisitRecordSignature, SignOffLevels, HelpTask, ServiceDirectoryVersion],
    migrations: [
      CreateDistrict1764100000000,
      auditLogMigration(DISTRICT_SCHEMA),
      deadlinesMigration(DISTRICT_SCHEMA),
      HandoverLedgers1765000000000,
      DistrictInbox1765000000001,
      UrgentReports1765412000000,
      closures.migration,
      // Issue #8 (D3): the district's own hand-offs (A9: referrals; A6: returns for correction) go out through its outbox.
      outboxMigration(DISTRICT_SCHEMA),
      CaseReferrals1766100000000,
      CaseCorrection1766200000000,
      statisticsMigration(DISTRICT_SCHEMA),
      CaseClosing1766500000000,
      // Issue #9 (A8, A9, A5): 附件4's sign-off chain, 服務概況 as the outcome column, and the district's own help tasks.
      VisitRecordSignOff1766600000000,
      HelpTasks1766600000001,
      // Issue #9 (A6): the case the office withdrew after a return.
      CaseWithdrawal1766800000000,
      // Issue #10: a corrected or closed case's month is recounted (statistics/district-statistics.ts).
      updatedAtMigration("CareCasesUpdatedAt1766800000001", DISTRICT_SCHEMA, "care_cases"),
      // Issue #9 (A9): retention settings and legal holds.
      retentionMigration(DISTRICT_RETENTION_PLAN),
      // Issue #9, C1: the visit form's boxes from 民政局's directory.
      ServiceDirectory1766900000001,
      // Issue #10, Scale: the indexes the statistics pass reads by (a pass costs what changed, not the tables).
      statisticsIndexesMigration(districtStatistics),
      // Issue #9, C1: referrals routed by the directory (each keeps its agency; any box code is a target).
      ReferralAgencies1767000000001,
      // Issue #9: a step of a case that ended first is NO_LONGER_DUE (care-case.closing.ts).
      deadlinesEndingMigration(DISTRICT_SCHEMA),
      // Issue #11: the operation's id in the records of use.
      auditOperationIdMigration(DISTRICT_SCHEMA),
      // Issue #12 (B2, B9): the follow-ups of children household and social ask for.
      FollowUpRequests1769100000000,
      // Issue #12 (B10): a child-protection report filed on a child by any role, without a case.
      ProtectionReports1769300000000,
      // Issue #13: the audit log's hex checks without a bounded-repeat regex (a large part of an append's cost).
      auditHashChecksMigration(DISTRICT_SCHEMA),
    ],
  },
  policy: districtPolicy,
  buildSchema: () =>
    buildFederatedSchema({
      policy: districtPolicy,
      // Issue #10: reached only through household's query, so listed for the district's schema to extend it.
      orphanedTypes: [CareStatistics],
      resolvers: [
        CareCaseResolver,
        CaseCorrectionResolver,
        SignOffLevelsResolver,
        HelpTaskResolver,
        CareCaseHelpTasksResolver,
        HandoverLedgerResolver,
        VisitAttemptResolver,
        VisitRecordResolver,
        PersonResolver,
        ConsentInquiryResolver,
        UrgentReportResolver,
        CareCaseUrgentReportsResolver,
        auditLogResolverFor("district", DISTRICT_SCHEMA),
        schedulerRunsResolverFor("district", DISTRICT_SCHEMA),
        closures.resolver,
        DistrictInboxResolver,
        notificationsResolverFor("District", DISTRICT_SCHEMA, DistrictNotification),
        CaseReferralResolver,
        CareCaseReferralsResolver,
        ReferralClosedResolver,
        CareStatisticsResolver,
        retentionResolverFor(DISTRICT_RETENTION),
        ServiceDirectoryResolver,
        FollowUpRequestResolver,
      ],
      referenceResolvers: {
        CareCase: { __resolveReference: (reference: { id: string }, context: DistrictContext) => resolveCareCaseReference(reference, context) },
        HandoverLedger: {
          __resolveReference: (reference: { id: string }, context: DistrictContext) => context.loaders.handoverLedgerById.load(reference.id),
        },
        Person: personReference,
        ConsentInquiry: stubReference(ConsentInquiry),
        UrgentReport: loaderReference((context: DistrictContext) => context.loaders.urgentReportById),
        FollowUpRequest: loaderReference((context: DistrictContext) => context.loaders.followUpRequestById),
        CareStatistics: { __resolveReference: (reference: { id: string }) => new CareStatistics(reference.id) },
      },
    }),
  createLoaders: createDistrictLoaders,
  // Issue #8: what went overdue is notified in the pass that detected it; the outbox delivers the district's hand-offs (jobs.ts).
  jobs: (environment) => [
    districtDeadlines.job(environment.dataSource, {
      afterAdvance: async (manager, passInstant) => {
        await notifyNewBreaches(manager, passInstant);
        // Issue #12 (B2, B9): an unanswered follow-up past its month, likewise.
        await notifyFollowUpBreaches(manager, passInstant);
      },
    }),
    ...closures.jobs(environment),
    districtOutboxJob(environment),
    // Issue #10: 民政局's monthly aggregates, rebuilt from a watermark.
    statisticsJob(environment.dataSource, districtStatistics),
    // Issue #9 (A9): closed cases past the district's retention, not held, are purged.
    retentionPurgeJob(environment.dataSource, DISTRICT_RETENTION_PLAN, environment.log),
  ],
};
