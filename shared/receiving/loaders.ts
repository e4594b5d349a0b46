import DataLoader from "dataloader";
import { DataSource } from "typeorm";
import { Principal } from "../auth/principal";
import type { SubgraphPolicy } from "../authz/policy";
import { ScopeCondition, scopeCondition, ScopePredicate } from "../authz/row-scope";
import { groupedByCompanion, scopedLoaderById, scopedLoaderGroupedBy } from "../authz/scoped-loaders";
import { loaderGroupedBy } from "../db/loaders";
import { columnOf } from "../db/plain-rows";
import { LoadedNotification, notificationLoader } from "../notifications/notifications.service";
import type { SubgraphContext } from "../subgraph/context";
import { ReferralTables } from "./lifecycle";
import type { ReceivingAgency } from "./names";
import { ReceivedReferralRow } from "./referral.entity";
import { ServiceRecordBase } from "./service-record.entity";
import type { ReferralTransferRow } from "./transfer.entity";

export interface ReceivingLoaders<Referral extends ReceivedReferralRow, Contact extends ServiceRecordBase> {
  /** By key, flagged with the caller's row scope (a reference must still resolve). */
  readonly referralById: DataLoader<string, Referral | null>;
  /** A person's and a care case's referrals, oldest referral first; in scope only. */
  readonly referralsByPerson: DataLoader<string, Referral[]>;
  readonly referralsByCareCase: DataLoader<string, Referral[]>;
  /** Service contacts of a referral, oldest first; reached only through an in-scope referral. */
  readonly servicesByReferral: DataLoader<string, Contact[]>;
  /** A10 (issue #9): a referral's transfers between units, oldest first; reached only through an in-scope referral. */
  readonly transfersByReferral: DataLoader<string, ReferralTransferRow[]>;
  /** By key, flagged with whether it is the caller's (to them or their unit): the "seen" mutation's target (issue #8). */
  readonly notificationById: DataLoader<string, LoadedNotification | null>;
  /** The caller's row scope of a type, for list queries. */
  scopeOf(typeName: string, alias: string): ScopeCondition;
}

export type ReceivingContext<Referral extends ReceivedReferralRow, Contact extends ServiceRecordBase> = SubgraphContext<ReceivingLoaders<Referral, Contact>>;

/**
 * The kit's loaders in a request's context: the context's own, or those under the agency's
 * `loadersKey` when its subgraph hosts several kits (names.ts).
 */
export function receivingLoadersOf<Referral extends ReceivedReferralRow, Contact extends ServiceRecordBase>(
  agency: Pick<ReceivingAgency, "loadersKey">,
): (context: SubgraphContext<unknown>) => ReceivingLoaders<Referral, Contact> {
  const key = agency.loadersKey;
  return (context) => (key === undefined ? context.loaders : (context.loaders as Readonly<Record<string, unknown>>)[key]) as ReceivingLoaders<Referral, Contact>;
}

export interface ReceivingLoaderSpec<Referral extends ReceivedReferralRow, Contact extends ServiceRecordBase> {
  readonly policy: SubgraphPolicy;
  /** The agency's schema, where its notifications are (names.ts). */
  readonly schema: string;
  /** The agency's named row scopes (its scope.ts). */
  readonly scopes: Readonly<Record<string, ScopePredicate>>;
  readonly tables: ReferralTables<Referral, Contact>;
}

/** A receiving agency's request-scoped loaders (STYLE 3), every referral lookup through the caller's row scope (issue #4). */
export function receivingLoaders<Referral extends ReceivedReferralRow, Contact extends ServiceRecordBase>(
  dataSource: DataSource,
  principal: Principal,
  { policy, schema, scopes, tables }: ReceivingLoaderSpec<Referral, Contact>,
): ReceivingLoaders<Referral, Contact> {
  const scopeOf = (typeName: string, alias: string): ScopeCondition => scopeCondition(policy, scopes, typeName, alias, principal);
  const referralScope = (alias: string): ScopeCondition => scopeOf(tables.typeName, alias);
  const referralById = scopedLoaderById(dataSource, tables.referrals, referralScope);
  const servicesByReferral = loaderGroupedBy(dataSource, tables.contacts, "referralId", "servedOn");
  // Issue #13: a person's referrals (the unified view's) come with their service contacts, one statement for both.
  const withServices = groupedByCompanion<Referral, Contact>(
    dataSource,
    tables.contacts,
    (alias, joined) => `${columnOf(dataSource, tables.contacts, joined, "referralId")} = ${columnOf(dataSource, tables.referrals, alias, "id")}`,
    "servedOn",
    (referral) => referral.id,
    servicesByReferral,
  );
  return {
    referralById,
    referralsByPerson: scopedLoaderGroupedBy(dataSource, tables.referrals, "personId", "referredOn", referralScope, referralById, [withServices]),
    referralsByCareCase: scopedLoaderGroupedBy(dataSource, tables.referrals, "careCaseId", "referredOn", referralScope, referralById),
    servicesByReferral,
    // An agency of one unit has no transfers (names.ts): every referral's history is empty.
    transfersByReferral:
      tables.transfers === undefined ? new DataLoader<string, ReferralTransferRow[]>(async (ids) => ids.map(() => [])) : loaderGroupedBy(dataSource, tables.transfers, "referralId", "createdAt"),
    notificationById: notificationLoader(dataSource, schema, principal),
    scopeOf,
  };
}
