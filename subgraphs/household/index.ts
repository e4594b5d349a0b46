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
import { feedRunsResolverFor, feedsMigration } from "../../shared/feeds";
import { TEEN_PARENT_SURVEY_DOCUMENTS } from "../../shared/graphql/teen-parent-survey";
import { notificationsResolverFor } from "../../shared/notifications/resolver";
import { outboxJob } from "../../shared/outbox/job";
import { outboxMigration } from "../../shared/outbox/migration";
import { retentionPurgeJob } from "../../shared/retention/purge";
import { retentionResolverFor } from "../../shared/retention/resolver";
import { retentionMigration } from "../../shared/retention/table";
import { statisticsIndexesMigration } from "../../shared/statistics/indexes";
import { parseStatisticsId } from "../../shared/statistics/period";
import { statisticsJob } from "../../shared/statistics/rebuild";
import { statisticsMigration } from "../../shared/statistics/table";
import { updatedAtMigration } from "../../shared/statistics/updated-at";
import { SubgraphDefinition } from "../../shared/subgraph/definition";
import { CaseClosedResolver } from "./consent-inquiry/case-closed.resolver";
import { ConsentInquiry } from "./consent-inquiry/consent-inquiry.entity";
import { ConsentInquiryResolver } from "./consent-inquiry/consent-inquiry.resolver";
import { CORRECTED_CASE_DOCUMENTS, WITHDRAWN_CASE_DOCUMENTS } from "./consent-inquiry/correction.config";
import { CorrectionResolver } from "./consent-inquiry/correction.resolver";
import { householdDeadlines } from "./deadlines";
import { ExOfficioRecord } from "./ex-officio/ex-officio.entity";
import { ExOfficioFollowUpReply } from "./ex-officio/ex-officio.follow-up";
import { EX_OFFICIO_DOCUMENTS } from "./ex-officio/ex-officio.hand-offs";
import { ExOfficioResolver, PersonExOfficioResolver } from "./ex-officio/ex-officio.resolver";
import { ExOfficioRecords1768200000001 } from "./ex-officio/migrations/1768200000001-ex-officio-records";
import { ExOfficioFollowUp1769100000001 } from "./ex-officio/migrations/1769100000001-ex-officio-follow-up";
import { ExOfficioFollowUpKeys1769705000000 } from "./ex-officio/migrations/1769705000000-ex-officio-follow-up-keys";
import { HandoverLedger } from "./handover/handover-ledger.entity";
import { HandoverLedgerResolver } from "./handover/handover-ledger.resolver";
import { HANDOVER_DOCUMENTS } from "./handover/handover.config";
import { Household } from "./household/household.entity";
import { HouseholdInboxResolver } from "./inbox/household-inbox.resolver";
import { HouseholdNotification, notifyNewBreaches } from "./inbox/household-notifications";
import { createHouseholdLoaders, HouseholdContext, HouseholdLoaders } from "./loaders";
import { CreateHousehold1764000000000 } from "./migrations/1764000000000-create-household";
import { PersonRegisteringOffice1764400000000 } from "./migrations/1764400000000-person-registering-office";
import { ScopeIndexes1764600000000 } from "./migrations/1764600000000-scope-indexes";
import { HandoverLedgers1765000000000 } from "./migrations/1765000000000-handover-ledgers";
import { Corrections1766200000001 } from "./migrations/1766200000001-corrections";
import { ConsentFormAsPrinted1766400000000 } from "./migrations/1766400000000-consent-form-as-printed";
import { Withdrawal1766800000000 } from "./migrations/1766800000000-withdrawal";
import { CaseClosed1767300000000 } from "./migrations/1767300000000-case-closed";
import { TeenParentSurveys1768300000000 } from "./migrations/1768300000000-teen-parent-surveys";
import { PersonHouseholdDistrict1770100000000 } from "./migrations/1770100000000-person-household-district";
import { HouseholdOfficeResolver } from "./office/household-office.resolver";
import { Person } from "./person/person.entity";
import { resolvePersonReference } from "./person/person.reference";
import { PersonResolver } from "./person/person.resolver";
import { householdPolicy } from "./policy";
import { Registration } from "./registration/registration.entity";
import { RegistrationResolver } from "./registration/registration.resolver";
import { HOUSEHOLD_RETENTION, HOUSEHOLD_RETENTION_PLAN } from "./retention";
import { HOUSEHOLD_SCHEMA } from "./schema-name";
import { CareStatistics } from "./statistics/care-statistics.entity";
import { CareStatisticsResolver } from "./statistics/care-statistics.resolver";
import { householdStatistics } from "./statistics/household-statistics";
import { teenParentRelayJob } from "./survey/relay.job";
import { TeenParentSurvey } from "./survey/teen-parent-survey.entity";
import { RegistrationSurveyResolver, TeenParentSurveyResolver } from "./survey/teen-parent-survey.resolver";
import { MoiWhereaboutsUnknownChildren1769720000001 } from "./whereabouts-feed/migrations/1769720000001-moi-whereabouts-unknown-children";
import { moiWhereaboutsUnknownFeedJob } from "./whereabouts-feed/moi-whereabouts-unknown-feed";

/** 戶政: persons, households, registrations and consent inquiries (附件1). */
/** Issue #8: the city's closures from the calendar owner; they move this agency's deadlines. */
const closures = closureReceiverKit("household", HOUSEHOLD_SCHEMA, { dueSoonWithinMs: householdDeadlines.config.dueSoonWithinMs });

export const householdSubgraph: SubgraphDefinition<HouseholdLoaders> = {
  name: "household",
  database: {
    schema: HOUSEHOLD_SCHEMA,
    entities: [Person, Household, Registration, ConsentInquiry, HandoverLedger, ExOfficioRecord, ExOfficioFollowUpReply, TeenParentSurvey],
    migrations: [
      CreateHousehold1764000000000,
      PersonRegisteringOffice1764400000000,
      auditLogMigration(HOUSEHOLD_SCHEMA),
      ScopeIndexes1764600000000,
      outboxMigration(HOUSEHOLD_SCHEMA),
      deadlinesMigration(HOUSEHOLD_SCHEMA),
      HandoverLedgers1765000000000,
      closures.migration,
      Corrections1766200000001,
      statisticsMigration(HOUSEHOLD_SCHEMA),
      ConsentFormAsPrinted1766400000000,
      // Issue #9 (A6): the office's other ending of a return, the withdrawal.
      Withdrawal1766800000000,
      // Issue #10: a corrected form's month is recounted (statistics/household-statistics.ts).
      updatedAtMigration("ConsentInquiriesUpdatedAt1766800000001", HOUSEHOLD_SCHEMA, "consent_inquiries"),
      // Issue #9 (A9): retention settings and legal holds.
      retentionMigration(HOUSEHOLD_RETENTION_PLAN),
      // Issue #10, Scale: the indexes the statistics pass reads by (a pass costs what changed, not the tables).
      statisticsIndexesMigration(householdStatistics),
      // Issue #9: the deadline state NO_LONGER_DUE, shared by every owner of deadlines.
      deadlinesEndingMigration(HOUSEHOLD_SCHEMA),
      // Issue #11: the operation's id in the records of use.
      auditOperationIdMigration(HOUSEHOLD_SCHEMA),
      // Issue #9 (A9): the district's closing notice on the form, for the retention of handed-over forms.
      CaseClosed1767300000000,
      // Issue #12 (B2, B3): ex-officio births and moves, and the police's reply on them.
      ExOfficioRecords1768200000001,
      // Issue #12 (B7): the teen parent's needs survey 附表4.
      TeenParentSurveys1768300000000,
      // Issue #12 (B2): the district's follow-up of the child, back on the ex-officio record.
      ExOfficioFollowUp1769100000001,
      // Issue #12 (B2): the records saved before it take the key of the follow-up request they sent.
      ExOfficioFollowUpKeys1769705000000,
      // Issue #12 (B8): the feeds' tables, and the children 戶政司's list of whereabouts unknown brought to social.
      feedsMigration(HOUSEHOLD_SCHEMA, "Feeds1769720000000"),
      MoiWhereaboutsUnknownChildren1769720000001,
      // Issue #13: the household district on the person's row (a district's list and its count).
      PersonHouseholdDistrict1770100000000,
      // Issue #13: the audit log's hex checks without a bounded-repeat regex (a large part of an append's cost).
      auditHashChecksMigration(HOUSEHOLD_SCHEMA),
    ],
  },
  policy: householdPolicy,
  buildSchema: () =>
    buildFederatedSchema({
      policy: householdPolicy,
      resolvers: [
        PersonResolver,
        RegistrationResolver,
        ConsentInquiryResolver,
        CorrectionResolver,
        CaseClosedResolver,
        HandoverLedgerResolver,
        HouseholdOfficeResolver,
        auditLogResolverFor("household", HOUSEHOLD_SCHEMA),
        schedulerRunsResolverFor("household", HOUSEHOLD_SCHEMA),
        closures.resolver,
        HouseholdInboxResolver,
        notificationsResolverFor("Household", HOUSEHOLD_SCHEMA, HouseholdNotification),
        CareStatisticsResolver,
        retentionResolverFor(HOUSEHOLD_RETENTION),
        TeenParentSurveyResolver,
        RegistrationSurveyResolver,
        ExOfficioResolver,
        PersonExOfficioResolver,
        feedRunsResolverFor("household", HOUSEHOLD_SCHEMA),
      ],
      referenceResolvers: {
        Person: { __resolveReference: (reference: { id: string }, context: HouseholdContext) => resolvePersonReference(reference, context) },
        Registration: {
          __resolveReference: (reference: { id: string }, context: HouseholdContext) => context.loaders.registrationById.load(reference.id),
        },
        ConsentInquiry: {
          __resolveReference: (reference: { id: string }, context: HouseholdContext) => context.loaders.consentInquiryById.load(reference.id),
        },
        HandoverLedger: {
          __resolveReference: (reference: { id: string }, context: HouseholdContext) => context.loaders.handoverLedgerById.load(reference.id),
        },
        TeenParentSurvey: {
          __resolveReference: (reference: { id: string }, context: HouseholdContext) => context.loaders.teenParentSurveyById.load(reference.id),
        },
        CareStatistics: { __resolveReference: (reference: { id: string }) => new CareStatistics(parseStatisticsId(reference.id)) },
        ExOfficioRecord: {
          __resolveReference: (reference: { id: string }, context: HouseholdContext) => context.loaders.exOfficioRecordById.load(reference.id),
        },
      },
    }),
  createLoaders: createHouseholdLoaders,
  // Issue #8: the ledgers' and corrections' delivery to the districts (D3) and the office's deadlines' pass (D9),
  // which notifies the office of what it found overdue.
  jobs: (environment) => [
    outboxJob(
      {
        name: OUTBOX_DISPATCH_JOB,
        service: "household",
        intervalMs: envWholeNumber("OUTBOX_DISPATCH_SECONDS", 5, 1) * 1000,
        documents: { ...HANDOVER_DOCUMENTS, ...CORRECTED_CASE_DOCUMENTS, ...WITHDRAWN_CASE_DOCUMENTS, ...TEEN_PARENT_SURVEY_DOCUMENTS, ...EX_OFFICIO_DOCUMENTS },
      },
      environment,
    ),
    householdDeadlines.job(environment.dataSource, { afterAdvance: notifyNewBreaches }),
    ...closures.jobs(environment),
    // Issue #10: 民政局's monthly aggregates, rebuilt from a watermark.
    statisticsJob(environment.dataSource, householdStatistics),
    // Issue #9 (A9): declined forms past the office's retention, not held, are purged (retention.ts).
    retentionPurgeJob(environment.dataSource, HOUSEHOLD_RETENTION_PLAN, environment.log),
    // Issue #12 (B7): the month's surveys 附表4 to 民政局, on the configured day (R1).
    teenParentRelayJob(environment),
    // Issue #12 (B8): 戶政司's list of children whose whereabouts are unknown, on the 10th and 25th (R1).
    moiWhereaboutsUnknownFeedJob(environment),
  ],
};

/** The job that delivers household's hand-offs (tests: `platform.runJob("household", OUTBOX_DISPATCH_JOB)`). */
export const OUTBOX_DISPATCH_JOB = "outbox-dispatch";
