import { Role } from "../../../shared/auth/roles";
import type { ReceivingKit } from "../screens/agencies/kit";
import { HEALTH_KIT } from "../screens/agencies/kits/health";
import { PARTNER_KIT } from "../screens/agencies/kits/partner";
import { SOCIAL_KIT } from "../screens/agencies/kits/social";
import { CIVIL_AFFAIRS_OFFICER_KIT } from "../screens/agencies/onward/civil-affairs-kit";
import { lazyScreen } from "./lazy-screen";
import { Menus, Screen } from "./screen";
import { UNIFIED_VIEW } from "./unified-view";

const ReferralInbox = lazyScreen(() => import("../screens/agencies/referral-inbox"), "ReferralInbox");
const ReferralNotifications = lazyScreen(() => import("../screens/agencies/referral-notifications"), "ReferralNotifications");

/** Every receiving unit's menu: its referrals and its notifications, on its own kit (issue #11). */
function receivingMenu(kit: ReceivingKit, readsPersons = true): readonly Screen[] {
  return [
    { id: "referrals", label: "轉介案件", render: () => <ReferralInbox kit={kit} /> },
    { id: "notifications", label: "通知", render: () => <ReferralNotifications kit={kit} /> },
    // A partner agency reads the referrals to it, not persons (Query.person's policy).
    ...(readsPersons ? [UNIFIED_VIEW] : []),
  ];
}

/** 社會局, 衛生局 and the partner agencies' officers, and 民政局's case officer (issue #11). */
export const AGENCY_MENUS: Menus = {
  [Role.SOCIAL_WORKER]: receivingMenu(SOCIAL_KIT),
  [Role.HEALTH_NURSE]: receivingMenu(HEALTH_KIT),
  [Role.PARTNER_AGENCY_OFFICER]: receivingMenu(PARTNER_KIT, false),
  [Role.CIVIL_AFFAIRS_OFFICER]: receivingMenu(CIVIL_AFFAIRS_OFFICER_KIT),
};
