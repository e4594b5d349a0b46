import { Role } from "../auth/roles";
import { SubgraphPolicy, TypePolicy, typePolicy } from "../authz/policy";
import { STATISTICS_CELL_FIELDS, STATISTICS_TABLE_FIELDS } from "./statistics.types";

/**
 * Issue #10, ARCHITECTURE.md's role table: 民政局's analyst reads aggregates only, and nobody else
 * reads these (casework roles have their rows; aggregates would add nothing they need). Every
 * field is a count of a group, suppressed below the minimum cell: no personal data, no row.
 */
export const STATISTICS_READERS = [Role.CIVIL_AFFAIRS_ANALYST];

/** The statistics types of one reporting agency's policy.ts: its CareStatistics fields and the shared table types. */
export function statisticsTypes(careStatisticsFields: readonly string[]): Record<string, TypePolicy> {
  return {
    CareStatistics: typePolicy({ readers: STATISTICS_READERS, rowScoped: false, open: ["id", ...careStatisticsFields], personal: {} }),
    StatisticsTable: typePolicy({ readers: STATISTICS_READERS, rowScoped: false, open: [...STATISTICS_TABLE_FIELDS], personal: {} }),
    StatisticsCell: typePolicy({ readers: STATISTICS_READERS, rowScoped: false, open: [...STATISTICS_CELL_FIELDS], personal: {} }),
  };
}

/** A receiving agency's CareStatistics fields (referral-statistics.resolver.ts), e.g. `socialReferralsReceived`. */
export function referralStatisticsFields(prefix: string): string[] {
  return [`${prefix}ReferralsReceived`, `${prefix}ReferralNeeds`, `${prefix}ReferralOutcomes`];
}

/**
 * A receiving agency's policy with its statistics tables (issue #10): the kit's policy
 * (shared/receiving/policy.ts) and the types above for the analyst only. No operation is added:
 * the analyst reaches them through household's careStatistics.
 */
export function withReferralStatistics(policy: SubgraphPolicy, prefix: string): SubgraphPolicy {
  return { ...policy, types: { ...policy.types, ...statisticsTypes(referralStatisticsFields(prefix)) } };
}

/** Issue #12: an agency's own statistics tables on CareStatistics as a part of its policy (mergePolicies), the analyst only. */
export function statisticsTablesPolicy(careStatisticsFields: readonly string[]): SubgraphPolicy {
  return { operations: {}, writes: {}, types: statisticsTypes(careStatisticsFields), rowScope: {} };
}
