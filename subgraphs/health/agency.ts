import { Role } from "../../shared/auth/roles";
import { ReceivingAgency } from "../../shared/receiving/names";
import { HEALTH_SCHEMA } from "./schema-name";

/** 衛生局 as a receiving agency (D3): districts refer families to it, its 公衛護士 serve them (A9, A10). */
export const HEALTH_AGENCY: ReceivingAgency = {
  prefix: "Health",
  agency: "衛生局",
  server: Role.HEALTH_NURSE,
  staffNoun: "nurse or counsellor",
  service: "health",
  // A10 (issue #9): its referrals move between its units (transfer rules in referral/).
  transfers: true,
  schema: HEALTH_SCHEMA,
};
