import { mergePolicies } from "../../shared/authz/merge-policies";
import { SubgraphPolicy } from "../../shared/authz/policy";
import { receivingPolicy } from "../../shared/receiving/policy";
import { withRetention } from "../../shared/retention/policy";
import { statisticsTablesPolicy, withReferralStatistics } from "../../shared/statistics/policy";
import { HEALTH_AGENCY } from "./agency";
import { insurancePolicy } from "./insurance/insurance.policy";
import { HEALTH_RETENTION } from "./retention";
import { VACCINATION_STATISTICS_FIELDS } from "./statistics/vaccination-statistics";
import { vaccinationPolicy } from "./vaccination/vaccination.policy";

/**
 * 衛生局's access policy (D4, issue #4; PDPA art. 15–16: personal data only within the duty and the
 * purpose; health data is a special category, art. 6). The whole policy of the health subgraph is
 * the receiving kit's table (shared/receiving/policy.ts: who may call what, which fields each role
 * reads in full, masked or not at all) for 衛生局's 公衛護士, and its rows (scope.ts). Anything not
 * granted is denied.
 *
 * Why these grants fit 衛生局 (DOMAIN A9–A13, ARCHITECTURE's role table):
 * - The district's 人文課 refers the family through the system (A9) and, as the sender of the
 *   hand-off, calls 衛生局's intake (D3); it wrote the needs and the description, and the handling
 *   is reported back to it (A10: 通報處理情形), so it reads the referrals it sent in full, contact
 *   summaries included.
 * - The 公衛護士 of a 健康服務中心 serves the referrals of their centre (A10; "health referrals of
 *   their centre"): assessment by phone or visit, health education, eugenic care advice; they
 *   record contacts and close referrals.
 * - 民政局 coordinates and oversees the handling city-wide (A10: "visible to 民政局", A11): status,
 *   unit and dates of every referral, never the health details the district or the nurse wrote
 *   (needs, description, contact summaries).
 * - The other case roles reach referrals only through household's Person or the district's
 *   CareCase; those lists are row-scoped, so a role without a scope here sees them empty.
 * - 民政局's analyst reads aggregates only; the auditor reads the audit log, never the data.
 * - Issue #9 (A9): the serving role owns its unit's retention period and legal holds (retention.ts).
 * - Issue #12 (B4): the vaccination follow-ups of the CDC's feed, their centre's nurses only
 *   (vaccination/vaccination.policy.ts), merged in (an operation belongs to one part only); their
 *   figures (B12: reminders on time, referrals per condition) for the analyst only.
 * - Issue #12 (B5): the NHIA's insurance status of a child, for the centre's nurses and the social
 *   unit its notice went to (insurance/insurance.policy.ts).
 */
const referralsPolicy: SubgraphPolicy = withRetention(
  withReferralStatistics(
    receivingPolicy({
      agency: HEALTH_AGENCY,
      servingScope: "referralsOfCentre",
      ownOpenFields: ["healthCentreCode"],
      staffField: "nurseName",
    }),
    "health",
  ),
  HEALTH_RETENTION.policy,
);

export const healthPolicy: SubgraphPolicy = mergePolicies(referralsPolicy, vaccinationPolicy, insurancePolicy, statisticsTablesPolicy(VACCINATION_STATISTICS_FIELDS.map((table) => table.field)));
