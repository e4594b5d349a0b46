import { randomUUID } from "crypto";
import { DataSource, EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import type { QueryDeepPartialEntity } from "typeorm/query-builder/QueryPartialEntity";
import { ReferralStatus } from "../domain/enums";
import { badUserInput, conflict, notFound } from "../errors";
import { requireUuid } from "../graphql/ids";
import { notInFuture } from "../validation/dates";
import { requiredText } from "../validation/form-text";
import { ServiceRecordBase } from "./service-record.entity";
import { ServiceInputBase } from "./service-record.input";
import type { ReferralTransferRow } from "./transfer.entity";

/**
 * A10's lifecycle of a referral at the agency that received it — the same rule for every
 * receiving agency (社會局, 衛生局, …), each over its own tables: the first contact is the assessment (RECEIVED → IN_SERVICE),
 * contacts are never dated before the referral, closing follows the referral and every contact,
 * and a closed referral takes no more writes.
 */
export interface ReferralRow extends ObjectLiteral {
  id: string;
  status: ReferralStatus;
  referredOn: string;
  closedOn: string | null;
}

export interface ServiceContactRow extends ObjectLiteral {
  id: string;
  referralId: string;
  servedOn: string;
}

export interface ReferralTables<Referral extends ReferralRow, Contact extends ServiceContactRow> {
  readonly referrals: EntityTarget<Referral>;
  readonly contacts: new () => Contact;
  /** A10 (issue #9): the history of the referral's serving units (transfer.entity.ts). */
  readonly transfers?: new () => ReferralTransferRow & ObjectLiteral;
  /** The GraphQL type name, for NOT_FOUND. */
  readonly typeName: string;
}

/** TypeORM cannot see that ReferralRow's own columns are columns of every Referral: said once here. */
export function changes<Referral extends ReferralRow>(values: Partial<ReferralRow>): QueryDeepPartialEntity<Referral> {
  return values as unknown as QueryDeepPartialEntity<Referral>;
}

/** Row-locks a referral still open, so two writers of it run one after the other. */
export async function lockOpen<Referral extends ReferralRow>(manager: EntityManager, target: EntityTarget<Referral>, typeName: string, id: string): Promise<Referral> {
  const referral = await manager.getRepository(target).createQueryBuilder("referral").setLock("pessimistic_write").where("referral.id = :id", { id }).getOne();
  if (referral === null) {
    throw notFound(typeName);
  }
  if (referral.status === ReferralStatus.CLOSED) {
    throw conflict("The referral is already closed");
  }
  return referral;
}

/** Records a contact; the first one puts the referral in service. Contact and status in one transaction. */
export function recordContact<Referral extends ReferralRow, Contact extends ServiceContactRow>(
  dataSource: DataSource,
  tables: ReferralTables<Referral, Contact>,
  contact: Contact,
): Promise<Referral> {
  return dataSource.transaction(async (manager) => {
    const referral = await lockOpen(manager, tables.referrals, tables.typeName, contact.referralId);
    notInFuture(contact.servedOn, "servedOn");
    if (contact.servedOn < referral.referredOn) {
      throw badUserInput("servedOn must not be before the referral date", "servedOn");
    }
    await manager.insert(tables.contacts, contact as QueryDeepPartialEntity<Contact>);
    if (referral.status === ReferralStatus.RECEIVED) {
      referral.status = ReferralStatus.IN_SERVICE;
      await manager.update(tables.referrals, { id: referral.id }, changes<Referral>({ status: referral.status }));
    }
    return referral;
  });
}

/**
 * Closes after a reassessment found no further need (結案); never before the referral or its last
 * contact. `afterClose` runs in the same transaction (issue #9: the report to the referring district).
 */
export function closeReferral<Referral extends ReferralRow, Contact extends ServiceContactRow>(
  dataSource: DataSource,
  tables: ReferralTables<Referral, Contact>,
  referralId: string,
  closedOn: string,
  afterClose: (manager: EntityManager, referral: Referral) => Promise<unknown> = async () => undefined,
): Promise<Referral> {
  const id = requireUuid(referralId, "referralId");
  return dataSource.transaction(async (manager) => {
    const referral = await lockOpen(manager, tables.referrals, tables.typeName, id);
    const later = await manager
      .getRepository(tables.contacts)
      .createQueryBuilder("contact")
      .where("contact.referralId = :id AND contact.servedOn > :closedOn", { id, closedOn })
      .getExists();
    notInFuture(closedOn, "closedOn");
    if (closedOn < referral.referredOn || later) {
      throw badUserInput("closedOn must not be before the referral date or its last contact", "closedOn");
    }
    referral.status = ReferralStatus.CLOSED;
    referral.closedOn = closedOn;
    await manager.update(tables.referrals, { id }, changes<Referral>({ status: referral.status, closedOn }));
    await afterClose(manager, referral);
    return referral;
  });
}

/**
 * A10: a contact from what every agency's input carries, plus the agency's own fields (who made
 * it, under the agency's word), recorded under the rules above.
 */
export function recordService<Referral extends ReferralRow, Contact extends ServiceRecordBase>(
  dataSource: DataSource,
  tables: ReferralTables<Referral, Contact>,
  input: ServiceInputBase,
  own: Omit<Contact, keyof ServiceRecordBase>,
): Promise<Referral> {
  const contact = Object.assign(new tables.contacts(), own, {
    id: randomUUID(),
    referralId: requireUuid(input.referralId, "referralId"),
    servedOn: input.servedOn,
    mode: input.mode,
    summary: requiredText(input.summary, "summary", 4000),
  });
  return recordContact(dataSource, tables, contact);
}
