import { VisitFormBoxKind } from "../../../shared/directory/visit-form-box-kind";
import { CivilAffairsNeed, HealthNeed, SocialNeed } from "../../../shared/domain/enums";
import { FormBox, VisitForm } from "../directory/printed-form";

/** How the district refers to one agency (A9, D3): the agency's needs and its intake. */
export interface ReferralRoute {
  /** The 附件4 box ticked (A8): what the referral's target is. */
  readonly box: string;
  /** The receiving agency's directory code. */
  readonly agencyCode: string;
  /** The receiving agency's own need values, so a bad one is refused before anything is written. */
  readonly needs: readonly string[];
  /** The outbox row's kind, for the operator view. */
  readonly kind: string;
  /** The receiver's operation, in the documents the district's dispatcher posts (shared/outbox). */
  readonly operation: string;
  readonly document: string;
  /** The receiving agency's service, the only one whose token may report this referral closed (D3, issue #9). */
  readonly service: string;
  /** Issue #9: an agency without a subgraph is received for by 民政局's subgraph, named in the intake's input by its directory code. */
  readonly partner: boolean;
}

type Intake = Omit<ReferralRoute, "box" | "agencyCode">;

/**
 * The agencies with a subgraph of their own (D1), by directory code: their intakes and needs are
 * code, as their subgraphs are. Every other agency of a REFERRAL box is a partner agency (below).
 */
const OWN_INTAKES: Readonly<Record<string, Intake>> = {
  "taipei.social-bureau": {
    needs: Object.values(SocialNeed),
    kind: "social-referral",
    operation: "ReceiveSocialReferral",
    document: `mutation ReceiveSocialReferral($input: SocialReferralInput!) { receiveSocialReferral(input: $input) { id } }`,
    service: "social",
    partner: false,
  },
  "taipei.health-bureau": {
    needs: Object.values(HealthNeed),
    kind: "health-referral",
    operation: "ReceiveHealthReferral",
    document: `mutation ReceiveHealthReferral($input: HealthReferralInput!) { receiveHealthReferral(input: $input) { id } }`,
    service: "health",
    partner: false,
  },
  "taipei.civil-affairs-bureau": {
    needs: Object.values(CivilAffairsNeed),
    kind: "civil-affairs-referral",
    operation: "ReceiveCivilAffairsReferral",
    document: `mutation ReceiveCivilAffairsReferral($input: CivilAffairsReferralInput!) { receiveCivilAffairsReferral(input: $input) { id } }`,
    service: "civil-affairs",
    partner: false,
  },
};

/**
 * Issue #9 (C1): any other agency of a REFERRAL box (勞動局, 教育局, and any the city adds to its
 * directory) is a partner agency: 民政局's intake receives for all of them, and the needs a
 * referral carries are the ones the box lists.
 */
const PARTNER_INTAKE = {
  kind: "partner-referral",
  operation: "ReceivePartnerReferral",
  document: `mutation ReceivePartnerReferral($input: PartnerReferralInput!) { receivePartnerReferral(input: $input) { id } }`,
  service: "civil-affairs",
  partner: true,
} as const;

/** The route of a REFERRAL box: its agency's own intake, or 民政局's for a partner agency. */
export function routeOf(box: Pick<FormBox, "code" | "needs"> & { agencyCode: string }): ReferralRoute {
  return { box: box.code, agencyCode: box.agencyCode, ...(OWN_INTAKES[box.agencyCode] ?? { ...PARTNER_INTAKE, needs: box.needs }) };
}

/** The routes of the REFERRAL boxes a form ticks, in the form's order: since issue #9 every one is referred at filing. */
export function referralRoutes(form: VisitForm, ticked: readonly string[]): ReferralRoute[] {
  return [...form.boxes]
    .sort((a, b) => a.order - b.order)
    .filter((box): box is FormBox & { agencyCode: string } => box.kind === VisitFormBoxKind.REFERRAL && box.agencyCode !== null && ticked.includes(box.code))
    .map(routeOf);
}

/** The intake operations the district's dispatcher may post, by operation: one per own intake and the partner one. */
export const REFERRAL_DOCUMENTS: Readonly<Record<string, string>> = Object.fromEntries(
  [...Object.values(OWN_INTAKES), PARTNER_INTAKE].map((intake) => [intake.operation, intake.document]),
);

/** The service that receives, and so reports closed, a referral to an agency (D3). */
export const serviceOfAgency = (agencyCode: string): string => (OWN_INTAKES[agencyCode] ?? PARTNER_INTAKE).service;

/** Issue #9: the services that report a referral closed (D3: only theirs may call receiveReferralClosed). */
export const CLOSING_SERVICES: readonly string[] = [...new Set([...Object.values(OWN_INTAKES), PARTNER_INTAKE].map((intake) => intake.service))];
