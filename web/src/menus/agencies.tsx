import { ComponentType, lazy } from "react";
import { Role } from "../../../shared/auth/roles";
import type { ReceivingKit } from "../screens/agencies/kit";
import { CHILD_CARE_SCREENS, VACCINATION_FOLLOW_UPS_SCREEN } from "./programme-b";
import { Menus, Screen } from "./screen";
import { UNIFIED_VIEW } from "./unified-view";

type KitScreen = ComponentType<{ kit: ReceivingKit }>;
type LoadKit = () => Promise<ReceivingKit>;

const loadInbox = async (): Promise<KitScreen> => (await import("../screens/agencies/referral-inbox")).ReferralInbox;
const loadNotifications = async (): Promise<KitScreen> => (await import("../screens/agencies/referral-notifications")).ReferralNotifications;

/**
 * A receiving screen loaded with its agency's kit when first opened: the kit holds the agency's
 * operations, so each agency's documents travel with its screens, not in every role's first load.
 */
function kitScreen(loadScreen: () => Promise<KitScreen>, loadKit: LoadKit) {
  return lazy(async () => {
    const [KitScreenOf, kit] = await Promise.all([loadScreen(), loadKit()]);
    return { default: () => <KitScreenOf kit={kit} /> };
  });
}

/** Every receiving unit's menu: its referrals and its notifications, on its own kit (issue #11). */
function receivingMenu(loadKit: LoadKit, readsPersons = true, programmeB: readonly Screen[] = []): readonly Screen[] {
  const ReferralInbox = kitScreen(loadInbox, loadKit);
  const ReferralNotifications = kitScreen(loadNotifications, loadKit);
  return [
    { id: "referrals", label: "轉介案件", render: () => <ReferralInbox /> },
    { id: "notifications", label: "通知", render: () => <ReferralNotifications /> },
    // Issue #12: programme B's screens of the role, beside programme A's referrals.
    ...programmeB,
    // A partner agency reads the referrals to it, not persons (Query.person's policy).
    ...(readsPersons ? [UNIFIED_VIEW] : []),
  ];
}

/** 社會局, 衛生局 and the partner agencies' officers, and 民政局's case officer (issue #11). */
export const AGENCY_MENUS: Menus = {
  [Role.SOCIAL_WORKER]: receivingMenu(async () => (await import("../screens/agencies/kits/social")).SOCIAL_KIT, true, CHILD_CARE_SCREENS),
  [Role.HEALTH_NURSE]: receivingMenu(async () => (await import("../screens/agencies/kits/health")).HEALTH_KIT, true, [VACCINATION_FOLLOW_UPS_SCREEN]),
  [Role.PARTNER_AGENCY_OFFICER]: receivingMenu(async () => (await import("../screens/agencies/kits/partner")).PARTNER_KIT, false),
  [Role.CIVIL_AFFAIRS_OFFICER]: receivingMenu(async () => (await import("../screens/agencies/onward/civil-affairs-kit")).CIVIL_AFFAIRS_OFFICER_KIT),
};
