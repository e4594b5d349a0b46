/**
 * A11 (seed 000, 民政局's row): the bodies 民政局 refers onward to, by the codes `referOnward`
 * accepts (ReferOnwardInput.target's description; subgraphs/civil-affairs/onward/onward-targets.ts).
 * The API has no query of them yet, and the service directory's central agencies and NGOs
 * (taipei.national-immigration-agency …) carry other codes, so the console lists the API's; the
 * platform still checks each choice and its kind.
 */
export const ONWARD_TARGETS = [
  { code: "central.immigration-agency", name: "內政部移民署", kind: "CENTRAL_AGENCY" },
  { code: "central.mainland-affairs-council", name: "大陸委員會", kind: "CENTRAL_AGENCY" },
  { code: "ngo.straits-exchange-foundation", name: "海峽交流基金會", kind: "NGO" },
] as const;
