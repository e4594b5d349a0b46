import { Role } from "../../../shared/auth/roles";
import type { ReceivingKit } from "../screens/agencies/kit";
import { HEALTH_KIT } from "../screens/agencies/kits/health";
import { PARTNER_KIT } from "../screens/agencies/kits/partner";
import { SOCIAL_KIT } from "../screens/agencies/kits/social";
import { CIVIL_AFFAIRS_OFFICER_KIT } from "../screens/agencies/onward/civil-affairs-kit";
import { ReferralInbox } from "../screens/agencies/referral-inbox";
import { ReferralNotifications } from "../screens/agencies/referral-notifications";
import { Menus, Screen } from "./screen";

/** Every receiving unit's menu: its referrals and its notifications, on its own kit (issue #11). */
function receivingMenu(kit: ReceivingKit): readonly Screen[] {
  return [
    { id: "referrals", label: "轉介案件", render: () => <ReferralInbox kit={kit} /> },
    { id: "notifications", label: "通知", render: () => <ReferralNotifications kit={kit} /> },
  ];
}

/** 社會局, 衛生局 and the partner agencies' officers, and 民政局's case officer (issue #11). */
export const AGENCY_MENUS: Menus = {
  [Role.SOCIAL_WORKER]: receivingMenu(SOCIAL_KIT),
  [Role.HEALTH_NURSE]: receivingMenu(HEALTH_KIT),
  [Role.PARTNER_AGENCY_OFFICER]: receivingMenu(PARTNER_KIT),
  [Role.CIVIL_AFFAIRS_OFFICER]: receivingMenu(CIVIL_AFFAIRS_OFFICER_KIT),
};
