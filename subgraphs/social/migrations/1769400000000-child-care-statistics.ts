import { programmeBStatisticsMigration } from "../../../shared/statistics/programme-b-migration";
import { SOCIAL_SCHEMA } from "../schema-name";
import { CHILD_CARE_STATISTICS_INDEXES } from "../statistics/child-care-statistics";

/**
 * Issue #12 (B1, B9, B12): social's programme B figures in its aggregates — by category, exclusion
 * reason and case state — with the change timestamps of the notices (an undone merge moves one)
 * and the cases (their state), and the indexes the pass reads by.
 */
export const ChildCareStatistics1769400000000 = programmeBStatisticsMigration("ChildCareStatistics1769400000000", SOCIAL_SCHEMA, {
  columns: ["category", "reason", "state"],
  touched: ["child_care_notices", "child_care_cases"],
  indexes: CHILD_CARE_STATISTICS_INDEXES,
});
