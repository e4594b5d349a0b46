import DataLoader from "dataloader";
import { DataSource } from "typeorm";
import { Principal } from "../../../shared/auth/principal";
import { SubgraphPolicy } from "../../../shared/authz/policy";
import { ScopeCondition, scopeCondition, ScopePredicate } from "../../../shared/authz/row-scope";
import { flaggedLoaderGroupedBy, scopedLoaderById } from "../../../shared/authz/scoped-loaders";
import { loaderById, loaderGroupedBy } from "../../../shared/db/loaders";
import { createDeadlineLoader, Deadline } from "../../../shared/deadlines";
import { socialDeadlines } from "./child-care.deadlines";
import { ChildCareCase, ChildCareMerge, ChildCareNotice, ChildCareRecordMatch, ChildCareRequest, ChildFound } from "./child-care.entities";
import { ChildCareReply } from "./child-care.replies";
import { CHILD_CARE_SUBJECT } from "./child-care.units";
import { ChildProtectionReport } from "./protection-report.entity";
import { PROTECTION_REPORT_SUBJECT } from "./protection-report.service";

/** Issue #12: the child-care cases' request-scoped loaders (STYLE 3), the cases through the caller's row scope. */
export interface ChildCareLoaders {
  /** By key, flagged with the caller's row scope (a reference must still resolve). */
  readonly caseById: DataLoader<string, ChildCareCase | null>;
  /**
   * A Person's cases, oldest first, each flagged with the caller's scope: another unit's case is
   * denied field by field on the unified view (issue #12), never a blank that reads as "no case".
   */
  readonly casesByPerson: DataLoader<string, ChildCareCase[]>;
  /** Reached only through an in-scope case. */
  readonly noticesByCase: DataLoader<string, ChildCareNotice[]>;
  readonly mergesByCase: DataLoader<string, ChildCareMerge[]>;
  readonly matchesByCase: DataLoader<string, ChildCareRecordMatch[]>;
  readonly requestsByCase: DataLoader<string, ChildCareRequest[]>;
  readonly foundByCase: DataLoader<string, ChildFound[]>;
  /** B9 (issue #12): the district's follow-ups and the police's NOT_FOUND, as received. */
  readonly repliesByCase: DataLoader<string, ChildCareReply[]>;
  readonly deadlinesByCase: DataLoader<string, Deadline[]>;
  /** B10: a case's protection reports, oldest first, flagged with the receiving unit's scope. */
  readonly protectionReportsByCase: DataLoader<string, ChildProtectionReport[]>;
  /** B10: a child's protection reports, flagged with the receiving unit's scope (another unit's: denied, not hidden). */
  readonly protectionReportsByPerson: DataLoader<string, ChildProtectionReport[]>;
  /** By key, unscoped: a write's target is checked through its case (child-care.policy.ts). */
  readonly mergeById: DataLoader<string, ChildCareMerge | null>;
  /** The caller's row scope of the cases, for the list query. */
  caseScope(alias: string): ScopeCondition;
}

export function childCareLoaders(dataSource: DataSource, principal: Principal, policy: SubgraphPolicy, scopes: Readonly<Record<string, ScopePredicate>>): ChildCareLoaders {
  const caseScope = (alias: string): ScopeCondition => scopeCondition(policy, scopes, CHILD_CARE_SUBJECT, alias, principal);
  const caseById = scopedLoaderById(dataSource, ChildCareCase, caseScope);
  const reportScope = (alias: string): ScopeCondition => scopeCondition(policy, scopes, PROTECTION_REPORT_SUBJECT, alias, principal);
  return {
    caseById,
    casesByPerson: flaggedLoaderGroupedBy(dataSource, ChildCareCase, "personId", "receivedAt", caseScope),
    // Received at the same instant (one fake clock, or one import), they keep their order of storing.
    noticesByCase: loaderGroupedBy(dataSource, ChildCareNotice, "caseId", "createdAt"),
    mergesByCase: loaderGroupedBy(dataSource, ChildCareMerge, "caseId", "createdAt"),
    matchesByCase: loaderGroupedBy(dataSource, ChildCareRecordMatch, "caseId", "createdAt"),
    requestsByCase: loaderGroupedBy(dataSource, ChildCareRequest, "caseId", "createdAt"),
    foundByCase: loaderGroupedBy(dataSource, ChildFound, "caseId", "receivedAt"),
    repliesByCase: loaderGroupedBy(dataSource, ChildCareReply, "caseId", "receivedAt"),
    deadlinesByCase: createDeadlineLoader(dataSource, socialDeadlines.config, CHILD_CARE_SUBJECT),
    protectionReportsByCase: flaggedLoaderGroupedBy(dataSource, ChildProtectionReport, "caseId", "reportedAt", reportScope),
    protectionReportsByPerson: flaggedLoaderGroupedBy(dataSource, ChildProtectionReport, "personId", "reportedAt", reportScope),
    mergeById: loaderById(dataSource, ChildCareMerge),
    caseScope,
  };
}
