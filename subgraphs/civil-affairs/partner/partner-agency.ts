import { Role } from "../../../shared/auth/roles";
import { ReceivingAgency } from "../../../shared/receiving/names";
import { CIVIL_AFFAIRS_SCHEMA } from "../schema-name";

/**
 * Issue #9: the partner agencies as one receiving agency hosted by 民政局's subgraph (D3): districts
 * refer families to 勞動局 or 教育局, an officer of that agency accepts, records handling and closes
 * (A10), and 民政局's outbox reports the closing to the district.
 */
export const PARTNER_AGENCY: ReceivingAgency = {
  prefix: "Partner",
  agency: "the partner agency",
  server: Role.PARTNER_AGENCY_OFFICER,
  staffNoun: "partner agency officer",
  service: "civil-affairs",
  schema: CIVIL_AFFAIRS_SCHEMA,
  loadersKey: "partner",
};
