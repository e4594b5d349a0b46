import { mergePolicies } from "../../shared/authz/merge-policies";
import { SubgraphPolicy } from "../../shared/authz/policy";
import { receivingPolicy } from "../../shared/receiving/policy";
import { withRetention } from "../../shared/retention/policy";
import { statisticsTablesPolicy, withReferralStatistics } from "../../shared/statistics/policy";
import { SOCIAL_AGENCY } from "./agency";
import { childCarePolicy } from "./child-care/child-care.policy";
import { socialFeedsPolicy } from "./child-care-feeds/feeds.policy";
import { SOCIAL_RETENTION } from "./retention";
import { CHILD_CARE_STATISTICS_FIELDS } from "./statistics/child-care-statistics";

/**
 * 社會局's access policy (D4, issue #4; PDPA art. 15–16: personal data only within the duty and the
 * purpose). The whole policy of the social subgraph is the receiving kit's table
 * (shared/receiving/policy.ts: who may call what, which fields each role reads in full, masked or
 * not at all) for 社會局's 社工, and its rows (scope.ts). Anything not granted is denied.
 *
 * Why these grants fit 社會局 (DOMAIN A9–A13, ARCHITECTURE's role table):
 * - The district's 人文課 refers the family through the system (A9) and, as the sender of the
 *   hand-off, calls 社會局's intake (D3); it wrote the needs and the description, and the handling
 *   is reported back to it (A10: 通報處理情形), so it reads the referrals it sent in full, service
 *   summaries included.
 * - The 社工 of a care point (東/西/南/北) or of the 新移民婦女暨家庭服務中心 serves the referrals of
 *   their unit (A10; "cases referred to their unit"), records contacts and closes them.
 * - 民政局 coordinates and oversees the handling city-wide (A10: "visible to 民政局", A11): status,
 *   unit and dates of every referral, never what the district wrote about the family. `needs` may
 *   say DOMESTIC_VIOLENCE and `description` and service summaries may describe it (A13): violence
 *   details stay with the district and the social worker.
 * - The other case roles reach referrals only through household's Person or the district's
 *   CareCase; those lists are row-scoped, so a role without a scope here sees them empty.
 * - 民政局's analyst reads aggregates only; the auditor reads the audit log, never the data.
 * - Issue #9 (A9): the serving role owns its unit's retention period and legal holds (retention.ts).
 * - Issue #12 (programme B): the child-care cases, their own table (child-care/child-care.policy.ts),
 *   and social's own feeds' runs (child-care-feeds/feeds.policy.ts); their figures (B12) for the
 *   analyst only, as the referrals' (statistics/child-care-statistics.ts).
 */
export const socialPolicy: SubgraphPolicy = mergePolicies(withRetention(
  withReferralStatistics(
    receivingPolicy({
      agency: SOCIAL_AGENCY,
      servingScope: "referralsOfUnit",
      staffField: "socialWorkerName",
    }),
    "social",
  ),
  SOCIAL_RETENTION.policy,
), childCarePolicy, socialFeedsPolicy, statisticsTablesPolicy(CHILD_CARE_STATISTICS_FIELDS.map((table) => table.field)));
