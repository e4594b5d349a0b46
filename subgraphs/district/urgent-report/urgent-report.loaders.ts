import DataLoader from "dataloader";
import { DataSource, SelectQueryBuilder } from "typeorm";
import { loadFlagged } from "../../../shared/authz/row-scope";
import { ScopeOf } from "../../../shared/authz/scoped-loaders";
import { CareCase } from "../care-case/care-case.entity";
import { UrgentReport } from "./urgent-report.entity";

/**
 * Urgent reports are scoped by their care case (policy.ts: the named scopes are predicates over a
 * case): each row is loaded joined to its case and flagged in the same statement, so a report
 * reached by key (a write target, a federated reference) is denied field by field when its case is
 * out of the caller's scope.
 */
function joinedToCase(dataSource: DataSource): SelectQueryBuilder<UrgentReport> {
  return dataSource.getRepository(UrgentReport).createQueryBuilder("report").innerJoin(CareCase, "care", "care.id = report.careCaseId");
}

export function urgentReportById(dataSource: DataSource, scope: ScopeOf): DataLoader<string, UrgentReport | null> {
  return new DataLoader(async (ids: readonly string[]) => {
    const rows = await loadFlagged(joinedToCase(dataSource).where("report.id = ANY(:ids)", { ids: [...ids] }), "report", scope("care"));
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** A case's reports, oldest first, flagged like the rows by key (one statement per request and batch). */
export function urgentReportsByCareCase(dataSource: DataSource, scope: ScopeOf): DataLoader<string, UrgentReport[]> {
  return new DataLoader(async (keys: readonly string[]) => {
    const query = joinedToCase(dataSource)
      .where("report.careCaseId = ANY(:keys)", { keys: [...keys] })
      .orderBy("report.reportedAt", "ASC")
      .addOrderBy("report.id", "ASC");
    const rows = await loadFlagged(query, "report", scope("care"));
    const groups = new Map<string, UrgentReport[]>(keys.map((key) => [key, []]));
    for (const row of rows) {
      // Inner-joined to its case: a report without one (B10, filed on a child) is never here.
      groups.get(row.careCaseId ?? "")?.push(row);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}
