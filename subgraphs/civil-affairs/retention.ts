import { CITY_ORG } from "../../shared/auth/roles";
import { receivingRetention } from "../../shared/receiving/retention";
import type { RetentionPlan } from "../../shared/retention/purge";
import { CIVIL_AFFAIRS_AGENCY } from "./agency";
import { PARTNER_AGENCY } from "./partner/partner-agency";
import { CIVIL_AFFAIRS_SCHEMA } from "./schema-name";

/**
 * Issue #9 (A9, PDPA art. 11) for 民政局's own cases: a closed referral to the bureau goes, past the
 * bureau's period and not held, with its service records and its onward referrals (A11: they are
 * the referral's record of what 民政局 did with it). The bureau is one city-wide organisation (its
 * officers' org is the city's, the referrals' unit the bureau itself), so its officers set one
 * period for all of them and place the holds.
 */
export const CIVIL_AFFAIRS_RETENTION = receivingRetention(CIVIL_AFFAIRS_AGENCY, "service_unit", {
  owner: `'${CITY_ORG}'`,
  records: [{ name: "onwardReferrals", sql: `DELETE FROM "${CIVIL_AFFAIRS_SCHEMA}"."onward_referrals" WHERE "referral_id"::text = ANY($1::text[])` }],
});

/**
 * Issue #9 for the partner agencies' referrals hosted here (勞動局, 教育局): each agency keeps its own
 * (the referral's unit is the agency's code, its officers' org), so each agency's officer sets its
 * agency's period and holds its referrals; its fields are the partner kit's (setPartnerRetention …).
 */
export const PARTNER_RETENTION = receivingRetention(PARTNER_AGENCY, "service_unit", {
  tables: { referrals: "partner_referrals", serviceRecords: "partner_service_records" },
  fieldsNamed: "partner",
});

/** Both kits' purge, in one job (they share the schema's retention tables and purge lock). */
export const CIVIL_AFFAIRS_RETENTION_PLANS: readonly RetentionPlan[] = [CIVIL_AFFAIRS_RETENTION.plan, PARTNER_RETENTION.plan];

/** One migration for both: the same retention tables, and the indexes both purges need, each once. */
export const CIVIL_AFFAIRS_RETENTION_TABLES: Pick<RetentionPlan, "schema" | "indexes"> = {
  schema: CIVIL_AFFAIRS_SCHEMA,
  indexes: [...new Map(CIVIL_AFFAIRS_RETENTION_PLANS.flatMap((plan) => plan.indexes ?? []).map((index) => [index.name, index])).values()],
};
