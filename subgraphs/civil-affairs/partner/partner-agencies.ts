import { PartnerNeed } from "../../../shared/domain/enums";

export interface PartnerAgency {
  /** Its directory code: the org of its PARTNER_AGENCY_OFFICER tokens and of the referrals to it. */
  readonly code: string;
  readonly name: string;
  /** The needs a district refers to it (A9, seed 001). */
  readonly needs: readonly PartnerNeed[];
}

/**
 * Issue #9 (A9, seed 001: labour 53 for jobs and training, education 20 for schooling): the
 * agencies without a subgraph of their own whose referrals 民政局's subgraph receives for them. One
 * table; the service directory (directory/) is to derive it later, adding any agency the city adds.
 */
export const PARTNER_AGENCIES: readonly PartnerAgency[] = [
  { code: "taipei.labour-bureau", name: "臺北市政府勞動局", needs: [PartnerNeed.JOBS, PartnerNeed.TRAINING] },
  { code: "taipei.education-bureau", name: "臺北市政府教育局", needs: [PartnerNeed.SCHOOLING] },
];

export function partnerAgencyCoded(code: string): PartnerAgency | undefined {
  return PARTNER_AGENCIES.find((agency) => agency.code === code);
}
