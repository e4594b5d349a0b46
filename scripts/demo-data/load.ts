import { DataSource, EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import type { QueryDeepPartialEntity } from "typeorm/query-builder/QueryPartialEntity";
import { CareCase } from "../../subgraphs/district/care-case/care-case.entity";
import { VisitAttempt } from "../../subgraphs/district/visit-attempt/visit-attempt.entity";
import { VisitRecord } from "../../subgraphs/district/visit-record/visit-record.entity";
import { HealthReferral } from "../../subgraphs/health/referral/health-referral.entity";
import { HealthServiceRecord } from "../../subgraphs/health/service-record/health-service-record.entity";
import { ConsentInquiry } from "../../subgraphs/household/consent-inquiry/consent-inquiry.entity";
import { Household } from "../../subgraphs/household/household/household.entity";
import { Person } from "../../subgraphs/household/person/person.entity";
import { Registration } from "../../subgraphs/household/registration/registration.entity";
import { SocialReferral } from "../../subgraphs/social/referral/social-referral.entity";
import { SocialServiceRecord } from "../../subgraphs/social/service-record/social-service-record.entity";
import { DemoData } from "./rows";

/** Rows per INSERT: keeps the widest table (附件1, ~45 columns) under PostgreSQL's 65,535 parameters. */
const ROWS_PER_STATEMENT = 500;

async function insertAll<Entity extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<Entity>, rows: readonly QueryDeepPartialEntity<Entity>[]): Promise<void> {
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
    await manager.createQueryBuilder().insert().into(target).values(chunk).updateEntity(false).execute();
  }
}

function required(dataSources: ReadonlyMap<string, DataSource>, name: string): DataSource {
  const dataSource = dataSources.get(name);
  if (dataSource === undefined) {
    throw new Error(`No database for subgraph ${name}`);
  }
  return dataSource;
}

/**
 * Writes a demo data set, each agency's rows through that agency's own DataSource (D1), one
 * transaction per agency so a failed load leaves no half-loaded agency.
 */
export async function loadDemoData(dataSources: ReadonlyMap<string, DataSource>, data: DemoData): Promise<void> {
  await required(dataSources, "household").transaction(async (manager) => {
    await insertAll(manager, Household, data.households);
    await insertAll(manager, Person, data.persons);
    await insertAll(manager, Registration, data.registrations);
    await insertAll(manager, ConsentInquiry, data.consentInquiries);
  });
  await required(dataSources, "district").transaction(async (manager) => {
    await insertAll(manager, CareCase, data.careCases);
    await insertAll(manager, VisitAttempt, data.visitAttempts);
    await insertAll(manager, VisitRecord, data.visitRecords);
  });
  await required(dataSources, "social").transaction(async (manager) => {
    await insertAll(manager, SocialReferral, data.socialReferrals);
    const services = data.socialServices.map(({ staffName, ...service }) => ({ ...service, socialWorkerName: staffName }));
    await insertAll(manager, SocialServiceRecord, services);
  });
  await required(dataSources, "health").transaction(async (manager) => {
    await insertAll(manager, HealthReferral, data.healthReferrals);
    const services = data.healthServices.map(({ staffName, ...service }) => ({ ...service, nurseName: staffName }));
    await insertAll(manager, HealthServiceRecord, services);
  });
}
