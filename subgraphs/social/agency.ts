import { Role } from "../../shared/auth/roles";
import { ReceivingAgency } from "../../shared/receiving/names";
import { SOCIAL_SCHEMA } from "./schema-name";

/** 社會局 as a receiving agency (D3): districts refer families to it, its 社工 serve them (A9, A10). */
export const SOCIAL_AGENCY: ReceivingAgency = {
  prefix: "Social",
  agency: "社會局",
  server: Role.SOCIAL_WORKER,
  staffNoun: "social worker",
  service: "social",
  // A10 (issue #9): its referrals move between its units (transfer rules in referral/).
  transfers: true,
  schema: SOCIAL_SCHEMA,
};
