import { programmeBStatisticsMigration } from "../../../shared/statistics/programme-b-migration";
import { HEALTH_SCHEMA } from "../schema-name";
import { VACCINATION_STATISTICS_INDEXES } from "../statistics/vaccination-statistics";

/**
 * Issue #12 (B4, B12): health's programme B figures in its aggregates — by referral condition
 * (a)–(d) — with the follow-ups' change timestamp (a referral is an update) and the indexes the
 * pass reads by.
 */
export const VaccinationStatistics1769400000000 = programmeBStatisticsMigration("VaccinationStatistics1769400000000", HEALTH_SCHEMA, {
  columns: ["condition"],
  touched: ["vaccination_follow_ups"],
  indexes: VACCINATION_STATISTICS_INDEXES,
});
