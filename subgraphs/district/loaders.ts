import DataLoader from "dataloader";
import { DataSource } from "typeorm";
import { loaderById, loaderGroupedBy, loaderOneBy } from "../../shared/db/loaders";
import { CareCase } from "./care-case/care-case.entity";
import { VisitAttempt } from "./visit-attempt/visit-attempt.entity";
import { VisitRecord } from "./visit-record/visit-record.entity";

export interface DistrictLoaders {
  readonly careCaseById: DataLoader<string, CareCase | null>;
  /** A person's care cases, oldest hand-over first. */
  readonly careCasesByPerson: DataLoader<string, CareCase[]>;
  /** The latest case a consent inquiry's hand-over opened (a returned case may be handed over again, A6). */
  readonly careCaseByConsentInquiry: DataLoader<string, CareCase | null>;
  /** A case's visit attempts by attempt number. */
  readonly visitAttemptsByCareCase: DataLoader<string, VisitAttempt[]>;
  readonly visitRecordByCareCase: DataLoader<string, VisitRecord | null>;
}

function latestCareCaseByConsentInquiry(dataSource: DataSource): DataLoader<string, CareCase | null> {
  const grouped = loaderGroupedBy(dataSource, CareCase, "consentInquiryId", "handedOverAt");
  return new DataLoader(async (keys: readonly string[]) => {
    const groups = await grouped.loadMany(keys);
    return groups.map((group) => (Array.isArray(group) && group.length > 0 ? group[group.length - 1] : null));
  });
}

export function createDistrictLoaders(dataSource: DataSource): DistrictLoaders {
  return {
    careCaseById: loaderById(dataSource, CareCase),
    careCasesByPerson: loaderGroupedBy(dataSource, CareCase, "personId", "handedOverAt"),
    careCaseByConsentInquiry: latestCareCaseByConsentInquiry(dataSource),
    visitAttemptsByCareCase: loaderGroupedBy(dataSource, VisitAttempt, "careCaseId", "attemptNumber"),
    visitRecordByCareCase: loaderOneBy(dataSource, VisitRecord, "careCaseId"),
  };
}

export type DistrictContext = import("../../shared/subgraph/context").SubgraphContext<DistrictLoaders>;
