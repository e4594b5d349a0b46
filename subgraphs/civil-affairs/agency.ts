import { Role } from "../../shared/auth/roles";
import { ReceivingAgency } from "../../shared/receiving/names";
import { CIVIL_AFFAIRS_SCHEMA } from "./schema-name";

/**
 * 民政局 as a receiving agency (D3, issue #9): districts refer it the single cases it takes itself
 * (A11: interpreting, out-of-city, unclear owner; R4), its officers handle them and refer onward.
 */
export const CIVIL_AFFAIRS_AGENCY: ReceivingAgency = {
  prefix: "CivilAffairs",
  agency: "民政局",
  server: Role.CIVIL_AFFAIRS_OFFICER,
  staffNoun: "civil affairs officer",
  service: "civil-affairs",
  schema: CIVIL_AFFAIRS_SCHEMA,
  // The subgraph hosts the partner agencies' referrals too (partner/): each kit under its own key.
  loadersKey: "cases",
};
