import { CivilAffairsNeed, HealthNeed, HelpNeed, SocialNeed } from "../../../shared/domain/enums";
import { ReferralTarget } from "./case-referral.entity";

/** How the district refers to one agency (A9, D3): the 附件4 box, the agency's needs, its intake. */
export interface ReferralRoute {
  /** The box of 附件4 that must be ticked (A8). */
  readonly box: HelpNeed;
  /** The receiving agency's own need values (its intake's enum), so a bad one is refused before anything is written. */
  readonly needs: readonly string[];
  /** The outbox row's kind, for the operator view. */
  readonly kind: string;
  /** The receiver's operation, in the documents the district's dispatcher posts (shared/outbox). */
  readonly operation: string;
  readonly document: string;
  /** The receiving agency's service, the only one whose token may report this referral closed (D3, issue #9). */
  readonly service: string;
}

/** One table for the targets (STYLE 9): referCase, the deadline and the dispatcher read it. */
export const REFERRAL_ROUTES: Readonly<Record<ReferralTarget, ReferralRoute>> = {
  [ReferralTarget.SOCIAL_WELFARE_BUREAU]: {
    box: HelpNeed.SOCIAL_WELFARE_BUREAU,
    needs: Object.values(SocialNeed),
    kind: "social-referral",
    operation: "ReceiveSocialReferral",
    document: `mutation ReceiveSocialReferral($input: SocialReferralInput!) { receiveSocialReferral(input: $input) { id } }`,
    service: "social",
  },
  [ReferralTarget.HEALTH_BUREAU]: {
    box: HelpNeed.HEALTH_BUREAU,
    needs: Object.values(HealthNeed),
    kind: "health-referral",
    operation: "ReceiveHealthReferral",
    document: `mutation ReceiveHealthReferral($input: HealthReferralInput!) { receiveHealthReferral(input: $input) { id } }`,
    service: "health",
  },
  [ReferralTarget.CIVIL_AFFAIRS_BUREAU]: {
    box: HelpNeed.CIVIL_AFFAIRS_BUREAU,
    needs: Object.values(CivilAffairsNeed),
    kind: "civil-affairs-referral",
    operation: "ReceiveCivilAffairsReferral",
    document: `mutation ReceiveCivilAffairsReferral($input: CivilAffairsReferralInput!) { receiveCivilAffairsReferral(input: $input) { id } }`,
    service: "civil-affairs",
  },
};

/** The receivers' intake documents by operation, for the district's outbox dispatcher. */
export const REFERRAL_DOCUMENTS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.values(REFERRAL_ROUTES).map((route) => [route.operation, route.document]),
);

/**
 * The targets a filed 附件4 ticks that the district refers through the system, in the form's order.
 * 勞動局 and 教育局 are ticked on the form too (A9) but are not routed yet (issue #9):
 * they are not referred here and do not hold the REFERRAL deadline open.
 */
export function referableTargets(needs: readonly HelpNeed[]): ReferralTarget[] {
  return Object.values(ReferralTarget).filter((target) => needs.includes(REFERRAL_ROUTES[target].box));
}

/** Issue #9: the services that report a referral closed (D3: only theirs may call receiveReferralClosed). */
export const CLOSING_SERVICES: readonly string[] = [...new Set(Object.values(REFERRAL_ROUTES).map((route) => route.service))];
