import DataLoader from "dataloader";
import { DataSource } from "typeorm";
import { Principal } from "../../shared/auth/principal";
import { ScopeCondition, scopeCondition } from "../../shared/authz/row-scope";
import { groupedByCompanion, oneByCompanion, scopedLoaderById, scopedLoaderGroupedBy } from "../../shared/authz/scoped-loaders";
import { loaderById, loaderGroupedBy, loaderOneBy } from "../../shared/db/loaders";
import { columnOf } from "../../shared/db/plain-rows";
import { Deadline } from "../../shared/deadlines/deadline.type";
import { createDeadlineLoader } from "../../shared/deadlines/loader";
import { LoadedNotification, notificationLoader } from "../../shared/notifications/notifications.service";
import type { SubgraphContext } from "../../shared/subgraph/context";
import { CareCase } from "./care-case/care-case.entity";
import { caseLoaders } from "./care-case/care-case.loaders";
import { CARE_CASE_SUBJECT, districtDeadlines, FOLLOW_UP_SUBJECT } from "./deadlines";
import { FollowUpRequest } from "./follow-up/follow-up.entity";
import { HandoverLedger } from "./handover-ledger/handover-ledger.entity";
import { HelpTask } from "./help-task/help-task.entity";
import { districtPolicy } from "./policy";
import { CaseReferralLoaders, caseReferralLoaders } from "./referral/case-referral.loaders";
import { DISTRICT_SCHEMA } from "./schema-name";
import { DISTRICT_SCOPES } from "./scope";
import { signaturesByVisitRecord } from "./sign-off/signatures.loader";
import type { VisitRecordSignature } from "./sign-off/visit-record-signature.entity";
import { UrgentReport } from "./urgent-report/urgent-report.entity";
import { urgentReportById, urgentReportsByCareCase } from "./urgent-report/urgent-report.loaders";
import { VisitAttempt } from "./visit-attempt/visit-attempt.entity";
import { VisitRecord } from "./visit-record/visit-record.entity";

export interface DistrictLoaders {
  /** By key, flagged with the caller's row scope (a reference must still resolve). */
  readonly careCaseById: DataLoader<string, CareCase | null>;
  /** A person's care cases, oldest hand-over first; in scope only. */
  readonly careCasesByPerson: DataLoader<string, CareCase[]>;
  /**
   * The latest case a consent inquiry's hand-over opened (a returned case may be handed over
   * again, A6), among the cases in scope: one the caller may not see is absent, not denied field by field.
   */
  readonly careCaseByConsentInquiry: DataLoader<string, CareCase | null>;
  /** A case's visit attempts by attempt number; reached only through an in-scope case's field. */
  readonly visitAttemptsByCareCase: DataLoader<string, VisitAttempt[]>;
  /** A case's visit record (附件4); reached only through an in-scope case's field. */
  readonly visitRecordByCareCase: DataLoader<string, VisitRecord | null>;
  /** A case's step deadlines (D9); reached only through an in-scope case's field. */
  readonly deadlinesByCareCase: DataLoader<string, Deadline[]>;
  /** Urgent reports by key, flagged with the scope of their care case (A9, A13). */
  readonly urgentReportById: DataLoader<string, UrgentReport | null>;
  /** A case's urgent reports, oldest first, flagged likewise. */
  readonly urgentReportsByCareCase: DataLoader<string, UrgentReport[]>;
  /** 附件3 ledgers received, by key, flagged with the caller's row scope (issue #8). */
  readonly handoverLedgerById: DataLoader<string, HandoverLedger | null>;
  /** The cases a ledger opened, in scope only. */
  readonly careCasesByLedger: DataLoader<string, CareCase[]>;
  /** By key, flagged with whether it is the caller's (to them or their unit): the "seen" mutation's target (issue #8). */
  readonly notificationById: DataLoader<string, LoadedNotification | null>;
  /** 附件4 by key (issue #9: signing and filing name the record); its case's policy guards it. */
  readonly visitRecordById: DataLoader<string, VisitRecord | null>;
  /** A8 (issue #9): a record's signatures in the order signed. */
  readonly signaturesByVisitRecord: DataLoader<string, VisitRecordSignature[]>;
  /** A9 (issue #9): help tasks by key, flagged with the caller's row scope (the district they are assigned to). */
  readonly helpTaskById: DataLoader<string, HelpTask | null>;
  /** A case's help tasks, oldest first; reached only through an in-scope case's field. */
  readonly helpTasksByCareCase: DataLoader<string, HelpTask[]>;
  /** A9/D3 (issue #8): the district's outgoing referrals and their delivery. */
  readonly caseReferrals: CaseReferralLoaders;
  /** B2, B9 (issue #12): follow-up requests by key, flagged with the caller's row scope. */
  readonly followUpRequestById: DataLoader<string, FollowUpRequest | null>;
  /** A follow-up request's deadline (D9): the reply within 1 month. */
  readonly deadlinesByFollowUpRequest: DataLoader<string, Deadline[]>;
  /** The caller's row scope of a type, for list queries. */
  scopeOf(typeName: string, alias: string): ScopeCondition;
}

export type DistrictContext = SubgraphContext<DistrictLoaders>;

export function createDistrictLoaders(dataSource: DataSource, principal: Principal): DistrictLoaders {
  const scopeOf = (typeName: string, alias: string): ScopeCondition => scopeCondition(districtPolicy, DISTRICT_SCOPES, typeName, alias, principal);
  const caseScope = (alias: string): ScopeCondition => scopeOf("CareCase", alias);
  const careCaseById = scopedLoaderById(dataSource, CareCase, caseScope);
  const visitRecordById = loaderById(dataSource, VisitRecord);
  const visitRecordByCareCase = loaderOneBy(dataSource, VisitRecord, "careCaseId");
  // Issue #13: a person's cases come with their visit records (one per case)…
  const withVisitRecord = oneByCompanion<CareCase, VisitRecord>(
    VisitRecord,
    (alias, joined) => `${columnOf(dataSource, VisitRecord, joined, "careCaseId")} = ${columnOf(dataSource, CareCase, alias, "id")}`,
    (careCase) => careCase.id,
    { oneBy: visitRecordByCareCase, byId: visitRecordById },
  );
  const visitAttemptsByCareCase = loaderGroupedBy(dataSource, VisitAttempt, "careCaseId", "attemptNumber");
  // …and with their visit attempts, the case repeated per attempt (plain-rows.ts, one-to-many).
  const withVisitAttempts = groupedByCompanion<CareCase, VisitAttempt>(
    dataSource,
    VisitAttempt,
    (alias, joined) => `${columnOf(dataSource, VisitAttempt, joined, "careCaseId")} = ${columnOf(dataSource, CareCase, alias, "id")}`,
    "attemptNumber",
    (careCase) => careCase.id,
    visitAttemptsByCareCase,
  );
  return {
    careCaseById,
    // A person's cases and their 附件1s' cases: one statement (care-case.loaders.ts).
    ...caseLoaders(dataSource, caseScope, careCaseById, [withVisitRecord, withVisitAttempts]),
    visitAttemptsByCareCase,
    visitRecordByCareCase,
    deadlinesByCareCase: createDeadlineLoader(dataSource, districtDeadlines.config, CARE_CASE_SUBJECT),
    urgentReportById: urgentReportById(dataSource, (alias) => scopeOf("UrgentReport", alias)),
    urgentReportsByCareCase: urgentReportsByCareCase(dataSource, (alias) => scopeOf("UrgentReport", alias)),
    handoverLedgerById: scopedLoaderById(dataSource, HandoverLedger, (alias) => scopeOf("HandoverLedger", alias)),
    careCasesByLedger: scopedLoaderGroupedBy(dataSource, CareCase, "handoverLedgerId", "id", caseScope, careCaseById),
    notificationById: notificationLoader(dataSource, DISTRICT_SCHEMA, principal),
    caseReferrals: caseReferralLoaders(dataSource),
    visitRecordById,
    signaturesByVisitRecord: signaturesByVisitRecord(dataSource),
    helpTaskById: scopedLoaderById(dataSource, HelpTask, (alias) => scopeOf("HelpTask", alias)),
    helpTasksByCareCase: loaderGroupedBy(dataSource, HelpTask, "careCaseId", "createdAt"),
    followUpRequestById: scopedLoaderById(dataSource, FollowUpRequest, (alias) => scopeOf("FollowUpRequest", alias)),
    deadlinesByFollowUpRequest: createDeadlineLoader(dataSource, districtDeadlines.config, FOLLOW_UP_SUBJECT),
    scopeOf,
  };
}
