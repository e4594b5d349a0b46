import { SubgraphPolicy } from "../../../shared/authz/policy";
import { receivingNames } from "../../../shared/receiving/names";
import { receivingPolicy } from "../../../shared/receiving/policy";
import { PARTNER_AGENCY } from "./partner-agency";

/**
 * Issue #9 (D4): the partner agencies' referrals under the receiving kit's table, their officers as
 * the serving role. Why it fits (A9, A10):
 * - The district refers through the system (A9): only its service delivers, for an officer of the
 *   referring district (D3); it reads what it sent and the handling in full (通報處理情形).
 * - A PARTNER_AGENCY_OFFICER serves only the referrals to their own agency (row scope: the
 *   referral's agency code is the token's org): 勞動局 never sees 教育局's.
 * - 民政局 oversees their handling (A10: visible to 民政局): status, agency and dates, the contact masked.
 * The audit log is the subgraph's one (civilAffairsAuditLog), so the kit's own audit query is left out.
 */
const kit = receivingPolicy({ agency: PARTNER_AGENCY, servingScope: "referralsToAgency", staffField: "officerName" });
const auditLog = `Query.${receivingNames(PARTNER_AGENCY).auditLog}`;

export const partnerPolicy: SubgraphPolicy = {
  ...kit,
  operations: Object.fromEntries(Object.entries(kit.operations).filter(([operation]) => operation !== auditLog)),
};
