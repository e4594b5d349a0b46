import DataLoader from "dataloader";
import { DataSource } from "typeorm";
import { Principal } from "../../shared/auth/principal";
import { markInScope, ScopeCondition, scopeCondition } from "../../shared/authz/row-scope";
import { Companion, flaggedCompanion, flaggedLoaderGroupedBy, groupedByCompanion, joinsOf, oneByCompanion, primeCompanions, rowsInScope, ScopeOf, scopedLoaderById, scopedLoaderGroupedBy, scopedLoaderOneBy } from "../../shared/authz/scoped-loaders";
import { loaderOneBy } from "../../shared/db/loaders";
import { columnOf, selectPlain } from "../../shared/db/plain-rows";
import { Deadline } from "../../shared/deadlines/deadline.type";
import { createDeadlineLoader } from "../../shared/deadlines/loader";
import { LoadedNotification, notificationLoader } from "../../shared/notifications/notifications.service";
import type { SubgraphContext } from "../../shared/subgraph/context";
import { ConsentInquiry } from "./consent-inquiry/consent-inquiry.entity";
import { CONSENT_INQUIRY_SUBJECT, householdDeadlines } from "./deadlines";
import { ExOfficioRecord } from "./ex-officio/ex-officio.entity";
import { ExOfficioFollowUpReply } from "./ex-officio/ex-officio.follow-up";
import { deliveryLoader } from "./handover/handover-delivery";
import { HandoverDelivery, HandoverLedger } from "./handover/handover-ledger.entity";
import { Household } from "./household/household.entity";
import { Person } from "./person/person.entity";
import { householdPolicy } from "./policy";
import { Registration } from "./registration/registration.entity";
import { HOUSEHOLD_SCHEMA } from "./schema-name";
import { HOUSEHOLD_SCOPES } from "./scope";
import { SurveyLoaders, surveyLoaders } from "./survey/survey.loaders";

export interface HouseholdLoaders extends SurveyLoaders {
  /** By key, flagged with the caller's row scope (a reference must still resolve). */
  readonly personById: DataLoader<string, Person | null>;
  readonly householdById: DataLoader<string, Household | null>;
  readonly registrationById: DataLoader<string, Registration | null>;
  /** Registrations a person takes part in, as registrant or as the new immigrant; in scope only. */
  readonly registrationsByPerson: DataLoader<string, Registration[]>;
  readonly consentInquiryById: DataLoader<string, ConsentInquiry | null>;
  /** In scope only: an inquiry the caller may not see is absent, not denied field by field. */
  readonly consentInquiryByRegistration: DataLoader<string, ConsentInquiry | null>;
  /** 附件3 ledgers by key, flagged with the caller's row scope (issue #8). */
  readonly handoverLedgerById: DataLoader<string, HandoverLedger | null>;
  /** A ledger's entries, in scope only (a district sees those of its visit addresses, A5). */
  readonly consentInquiriesByLedger: DataLoader<string, ConsentInquiry[]>;
  /** A ledger's delivery state, by its outbox row (D3). */
  readonly deliveryByOutboxId: DataLoader<string, HandoverDelivery>;
  /** An inquiry's step deadlines (D9): the handover (A4) and a correction (A6). */
  readonly deadlinesByConsentInquiry: DataLoader<string, Deadline[]>;
  /** By key, flagged with whether it is the caller's (to them or their unit): the "seen" mutation's target (issue #8). */
  readonly notificationById: DataLoader<string, LoadedNotification | null>;
  /** Issue #12 (B2, B3): ex-officio records by key, flagged with the caller's row scope. */
  readonly exOfficioRecordById: DataLoader<string, ExOfficioRecord | null>;
  /** The child's ex-officio records (Person.exOfficioRecords), flagged: another office's is denied, not hidden. */
  readonly exOfficioRecordsByPerson: DataLoader<string, ExOfficioRecord[]>;
  /** B2 (issue #12): the district's follow-up on a record; reached only through a record in scope. */
  readonly exOfficioFollowUpReplyByRecord: DataLoader<string, ExOfficioFollowUpReply | null>;
  /** The caller's row scope of a type, for list queries. */
  scopeOf(typeName: string, alias: string): ScopeCondition;
  /**
   * A page of persons (`where` over the alias `scoped`, the caller's row scope in it), by ID, read
   * as personById reads one: with their households, registrations and 附件1s in the same statement,
   * handed to those loaders and to personById (issue #13: one statement for the page, not three).
   */
  personsPage(where: string, params: Readonly<Record<string, unknown>>, limit: number): Promise<Person[]>;
}

export type HouseholdContext = SubgraphContext<HouseholdLoaders>;

export function createHouseholdLoaders(dataSource: DataSource, principal: Principal): HouseholdLoaders {
  const scopeOf = (typeName: string, alias: string): ScopeCondition => scopeCondition(householdPolicy, HOUSEHOLD_SCOPES, typeName, alias, principal);
  const consentInquiryById = scopedLoaderById(dataSource, ConsentInquiry, (alias) => scopeOf("ConsentInquiry", alias));
  const inquiryScope = (alias: string): ScopeCondition => scopeOf("ConsentInquiry", alias);
  const consentInquiryByRegistration = scopedLoaderOneBy(dataSource, ConsentInquiry, "registrationId", inquiryScope, consentInquiryById);
  const householdById = scopedLoaderById(dataSource, Household, (alias) => scopeOf("Household", alias));
  // Issue #13: the unified view reads a person with their household and each registration with its
  // 附件1; each pair is one statement (the second row primes its own loader), not two.
  const withHousehold = flaggedCompanion<Person, Household>(
    Household,
    (alias, joined) => `${columnOf(dataSource, Household, joined, "id")} = ${columnOf(dataSource, Person, alias, "householdId")}`,
    (alias) => scopeOf("Household", alias),
    householdById,
  );
  const withConsentInquiry = oneByCompanion<Registration, ConsentInquiry>(
    ConsentInquiry,
    (alias, joined) => `${columnOf(dataSource, ConsentInquiry, joined, "registrationId")} = ${columnOf(dataSource, Registration, alias, "id")}`,
    (registration) => registration.id,
    { oneBy: consentInquiryByRegistration, byId: consentInquiryById },
    inquiryScope,
  );
  const registrationScope = (alias: string): ScopeCondition => scopeOf("Registration", alias);
  const registrationsByPerson = registrationsByPersonLoader(dataSource, registrationScope, withConsentInquiry);
  // …and a person with their registrations (in scope only) and each one's 附件1: one statement for the three.
  const withRegistrations = groupedByCompanion<Person, Registration>(
    dataSource,
    Registration,
    (alias, joined) => `(${takesPart(dataSource, joined, columnOf(dataSource, Person, alias, "id"))})`,
    "registeredOn",
    (person) => person.id,
    registrationsByPerson,
    { scope: registrationScope, companions: [withConsentInquiry] },
  );
  // One person and a page of persons are read alike: with these, in the same statement.
  const personCompanions = [withHousehold, withRegistrations];
  const personById = scopedLoaderById(dataSource, Person, (alias) => scopeOf("Person", alias), personCompanions);
  return {
    handoverLedgerById: scopedLoaderById(dataSource, HandoverLedger, (alias) => scopeOf("HandoverLedger", alias)),
    consentInquiriesByLedger: scopedLoaderGroupedBy(dataSource, ConsentInquiry, "handoverLedgerId", "id", (alias) => scopeOf("ConsentInquiry", alias), consentInquiryById),
    deliveryByOutboxId: deliveryLoader(dataSource),
    deadlinesByConsentInquiry: createDeadlineLoader(dataSource, householdDeadlines.config, CONSENT_INQUIRY_SUBJECT),
    personById,
    householdById,
    registrationById: scopedLoaderById(dataSource, Registration, (alias) => scopeOf("Registration", alias)),
    consentInquiryById,
    registrationsByPerson,
    consentInquiryByRegistration,
    notificationById: notificationLoader(dataSource, HOUSEHOLD_SCHEMA, principal),
    ...surveyLoaders(dataSource, scopeOf),
    exOfficioRecordById: scopedLoaderById(dataSource, ExOfficioRecord, (alias) => scopeOf("ExOfficioRecord", alias)),
    exOfficioRecordsByPerson: flaggedLoaderGroupedBy(dataSource, ExOfficioRecord, "personId", "recordedOn", (alias) => scopeOf("ExOfficioRecord", alias)),
    exOfficioFollowUpReplyByRecord: loaderOneBy(dataSource, ExOfficioFollowUpReply, "recordId"),
    scopeOf,
    personsPage: (where, params, limit) => rowsInScope(dataSource, Person, { where, params, orderBy: [columnOf(dataSource, Person, "scoped", "id")], limit }, personCompanions, personById),
  };
}

/** A registration over `alias` that the person(s) `person` (an SQL operand) take part in, as registrant or as the new immigrant. */
function takesPart(dataSource: DataSource, alias: string, person: string): string {
  return `${columnOf(dataSource, Registration, alias, "registrantId")} = ${person} OR ${columnOf(dataSource, Registration, alias, "newImmigrantId")} = ${person}`;
}

/**
 * The registrations a person takes part in, as registrant or as the new immigrant, in scope only,
 * by registration date (issue #13: plain rows, one statement for the batch).
 */
function registrationsByPersonLoader(dataSource: DataSource, scope: ScopeOf, companion: Companion<Registration>): DataLoader<string, Registration[]> {
  const column = (property: string): string => columnOf(dataSource, Registration, "registration", property);
  return new DataLoader(async (personIds: readonly string[]) => {
    const condition = scope("registration");
    const rows = await selectPlain(dataSource, Registration, "registration", {
      where: `(${takesPart(dataSource, "registration", "ANY(:ids)")}) AND (${condition.sql})`,
      params: { ...condition.params, ids: [...personIds] },
      orderBy: [column("registeredOn"), column("id")],
      joins: joinsOf([companion], "registration"),
    });
    primeCompanions([companion], rows);
    const registrations = markInScope(rows.map((row) => row.entity));
    return personIds.map((id) => registrations.filter((row) => row.registrantId === id || row.newImmigrantId === id));
  });
}
