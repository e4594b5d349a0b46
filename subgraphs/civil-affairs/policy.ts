import { mergePolicies } from "../../shared/authz/merge-policies";
import { SubgraphPolicy } from "../../shared/authz/policy";
import { receivingPolicy } from "../../shared/receiving/policy";
import { withRetention } from "../../shared/retention/policy";
import { CIVIL_AFFAIRS_AGENCY } from "./agency";
import { serviceDirectory } from "./directory";
import { onwardPolicy } from "./onward/onward.policy";
import { partnerPolicy } from "./partner/partner.policy";
import { CIVIL_AFFAIRS_RETENTION, PARTNER_RETENTION } from "./retention";
import { civilAffairsStatistics } from "./statistics/civil-affairs-statistics";
import { teenParentPolicy } from "./teen-parent/teen-parent.policy";

/**
 * 民政局's own cases (D4, issue #9): the receiving kit's table (shared/receiving/policy.ts) with
 * 民政局's officers as the serving role. Why these grants fit (DOMAIN A9–A11):
 * - The district's 人文課 refers the single cases 民政局 takes (A11: interpreting, out-of-city,
 *   unclear owner; R4) through the system (A9): only the district's service delivers (D3), and the
 *   district reads in full what it sent and the handling reported back (A10: 通報處理情形).
 * - 民政局's officers handle them: the bureau is one city-wide organisation, so they serve every
 *   referral to it, read it in full and close it (their oversight of other agencies is theirs there).
 * - The analyst reads aggregates only; the auditor reads the audit log (civilAffairsAuditLog), never the data.
 * - Issue #9 (A9): the bureau's officers own its retention period and legal holds; a partner
 *   agency's officer its agency's (retention.ts). Nobody else.
 */
const casesPolicy: SubgraphPolicy = withRetention(
  receivingPolicy({
    agency: CIVIL_AFFAIRS_AGENCY,
    servingScope: "referralsToTheBureau",
    staffField: "officerName",
  }),
  CIVIL_AFFAIRS_RETENTION.policy,
);

/**
 * 民政局's whole access policy (D4): one table per part of the subgraph, merged
 * (shared/authz/merge-policies.ts: an operation belongs to one part only). Anything not granted is denied.
 */
export const civilAffairsPolicy: SubgraphPolicy = mergePolicies(casesPolicy, onwardPolicy, withRetention(partnerPolicy, PARTNER_RETENTION.policy), serviceDirectory.policy, civilAffairsStatistics.policy, teenParentPolicy);
