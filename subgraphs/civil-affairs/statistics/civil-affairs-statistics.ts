import type { SubgraphPolicy } from "../../../shared/authz/policy";
import { careStatisticsStubClass } from "../../../shared/statistics/care-statistics.stub";
import { statisticsTypes, referralStatisticsFields } from "../../../shared/statistics/policy";
import { referralStatisticsResolver } from "../../../shared/statistics/referral-statistics.resolver";
import { combinedStatistics, referralMetrics, referralStatistics } from "../../../shared/statistics/referrals";
import { CIVIL_AFFAIRS_SCHEMA } from "../schema-name";

/**
 * Issue #10 (A12: "民政局 7 件 … 勞動局 53 … 教育局 20"): 民政局's subgraph's tables on 民政局's
 * CareStatistics — the referrals 民政局 received itself (`civilAffairsReferralsReceived`) and those
 * it hosts for the partner agencies (`partnerReferralsReceived`, whose UNIT is the agency's directory
 * code: by UNIT, 勞動局 and 教育局 apart). One stub, two kits; their aggregates share the schema's
 * table, kept apart by metric name.
 */
const CASES = { prefix: "civilAffairs", agency: "民政局", schema: CIVIL_AFFAIRS_SCHEMA, metrics: referralMetrics("") };
const PARTNERS = { prefix: "partner", agency: "the partner agencies (勞動局, 教育局; UNIT: the agency)", schema: CIVIL_AFFAIRS_SCHEMA, metrics: referralMetrics("partner:") };

const CareStatistics = careStatisticsStubClass();

export const civilAffairsStatistics = {
  CareStatistics,
  resolvers: [referralStatisticsResolver(CareStatistics, CASES), referralStatisticsResolver(CareStatistics, PARTNERS)],
  rebuild: combinedStatistics(
    referralStatistics(CIVIL_AFFAIRS_SCHEMA, { transfers: false }),
    referralStatistics(CIVIL_AFFAIRS_SCHEMA, { table: "partner_referrals", metricPrefix: "partner:", transfers: false }),
  ),
  /** The analyst only (shared/statistics/policy.ts): counts of groups, no person. */
  policy: {
    operations: {},
    writes: {},
    types: statisticsTypes([...referralStatisticsFields(CASES.prefix), ...referralStatisticsFields(PARTNERS.prefix)]),
    rowScope: {},
  } satisfies SubgraphPolicy,
};
