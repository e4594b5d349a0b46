import { DataSource, EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import type { QueryDeepPartialEntity } from "typeorm/query-builder/QueryPartialEntity";
import { AGENCIES, AgencyName } from "../../shared/agencies";
import { ConfigError } from "../../shared/config";
import { CareCase } from "../../subgraphs/district/care-case/care-case.entity";
import { FollowUpRequest } from "../../subgraphs/district/follow-up/follow-up.entity";
import { HelpTask } from "../../subgraphs/district/help-task/help-task.entity";
import { VisitRecordSignature } from "../../subgraphs/district/sign-off/visit-record-signature.entity";
import { UrgentReport } from "../../subgraphs/district/urgent-report/urgent-report.entity";
import { VisitAttempt } from "../../subgraphs/district/visit-attempt/visit-attempt.entity";
import { VisitRecord } from "../../subgraphs/district/visit-record/visit-record.entity";
import { HealthReferral } from "../../subgraphs/health/referral/health-referral.entity";
import { HealthServiceRecord } from "../../subgraphs/health/service-record/health-service-record.entity";
import { HealthReferralTransfer } from "../../subgraphs/health/transfer/health-referral-transfer.entity";
import { ConsentInquiry } from "../../subgraphs/household/consent-inquiry/consent-inquiry.entity";
import { ExOfficioRecord } from "../../subgraphs/household/ex-officio/ex-officio.entity";
import { ExOfficioFollowUpReply } from "../../subgraphs/household/ex-officio/ex-officio.follow-up";
import { Household } from "../../subgraphs/household/household/household.entity";
import { Person } from "../../subgraphs/household/person/person.entity";
import { Registration } from "../../subgraphs/household/registration/registration.entity";
import { TeenParentSurvey } from "../../subgraphs/household/survey/teen-parent-survey.entity";
import { SocialReferral } from "../../subgraphs/social/referral/social-referral.entity";
import { SocialServiceRecord } from "../../subgraphs/social/service-record/social-service-record.entity";
import { SocialReferralTransfer } from "../../subgraphs/social/transfer/social-referral-transfer.entity";
import { DemoData } from "./rows";

/** One table of demo data: the agency's entity and the generated rows that fill it. */
export interface DemoTable {
  readonly entity: EntityTarget<ObjectLiteral>;
  insert(manager: EntityManager, data: DemoData): Promise<void>;
}

/** Rows per INSERT: keeps the widest table (附件1, ~45 columns) under PostgreSQL's 65,535 parameters. */
const ROWS_PER_STATEMENT = 500;

function table<Entity extends ObjectLiteral>(entity: EntityTarget<Entity>, rowsOf: (data: DemoData) => readonly QueryDeepPartialEntity<Entity>[]): DemoTable {
  return {
    entity: entity as EntityTarget<ObjectLiteral>,
    insert: async (manager, data) => {
      const rows = rowsOf(data);
      for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
        const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
        await manager.createQueryBuilder().insert().into(entity).values(chunk).updateEntity(false).execute();
      }
    },
  };
}

/**
 * Each agency's demo tables, in insertion order (parents first), keyed by registry name (issue #7):
 * the loader and the reset walk the registry; an agency without demo data has no entry.
 */
export const AGENCY_DEMO: Readonly<Partial<Record<AgencyName, readonly DemoTable[]>>> = {
  household: [
    table(Household, (data) => data.households),
    table(Person, (data) => data.persons),
    table(Registration, (data) => data.registrations),
    table(ConsentInquiry, (data) => data.consentInquiries),
    // No demo ex-officio records (issue #12, B2, B3); listed so a reset empties the table that references the persons.
    table(ExOfficioRecord, () => []),
    // No demo follow-up replies (issue #12, B2); listed so a reset empties them with the records they hang on.
    table(ExOfficioFollowUpReply, () => []),
    // No demo surveys 附表4 (issue #12, B7); listed so a reset empties the table that references the registrations.
    table(TeenParentSurvey, () => []),
  ],
  district: [
    table(CareCase, (data) => data.careCases),
    table(VisitAttempt, (data) => data.visitAttempts),
    table(VisitRecord, (data) => data.visitRecords),
    table(VisitRecordSignature, (data) => data.visitRecordSignatures),
    // No demo help tasks (A9); listed so a reset empties them with the cases.
    table(HelpTask, () => []),
    // No demo urgent reports yet (A9, A13); listed so a reset empties the table that references the cases.
    table(UrgentReport, () => []),
    // No demo follow-up requests (issue #12, B2, B9); listed so a reset empties the table that names the persons.
    table(FollowUpRequest, () => []),
  ],
  social: [
    table(SocialReferral, (data) => data.socialReferrals),
    table(SocialServiceRecord, (data) => data.socialServices.map(({ staffName, ...service }) => ({ ...service, socialWorkerName: staffName }))),
    // No demo transfers (A10, issue #9); listed so a reset empties the table that references the referrals.
    table(SocialReferralTransfer, () => []),
  ],
  health: [
    table(HealthReferral, (data) => data.healthReferrals),
    table(HealthServiceRecord, (data) => data.healthServices.map(({ staffName, ...service }) => ({ ...service, nurseName: staffName }))),
    table(HealthReferralTransfer, () => []),
  ],
};

export interface AgencyDemo {
  readonly name: string;
  readonly dataSource: DataSource;
  readonly tables: readonly DemoTable[];
}

/** Every registry agency with its own DataSource (D1: its rows go through it only) and its demo tables. */
export function agencyDemos(dataSources: ReadonlyMap<string, DataSource>): AgencyDemo[] {
  const demos: Readonly<Record<string, readonly DemoTable[]>> = AGENCY_DEMO;
  return AGENCIES.map(({ name }) => {
    // An agency without demo data needs no line here (issue #7: one folder and one registry line).
    const tables = demos[name] ?? [];
    const dataSource = dataSources.get(name);
    if (dataSource === undefined) {
      throw new ConfigError(`No database for subgraph ${name}`);
    }
    return { name, dataSource, tables };
  });
}
