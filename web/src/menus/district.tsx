import { Role } from "../../../shared/auth/roles";
import { lazyScreen } from "./lazy-screen";
import { Menus } from "./screen";
import { UNIFIED_VIEW } from "./unified-view";

const DistrictInbox = lazyScreen(() => import("../screens/district-inbox"), "DistrictInbox");
const LedgersToAcknowledge = lazyScreen(() => import("../screens/district/ledgers-to-acknowledge"), "LedgersToAcknowledge");
const CasesToAssign = lazyScreen(() => import("../screens/district/cases-to-assign"), "CasesToAssign");
const SignOffQueue = lazyScreen(() => import("../screens/district/sign-off-queue"), "SignOffQueue");
const HelpTasks = lazyScreen(() => import("../screens/district/help-tasks"), "HelpTasks");
const FollowUps = lazyScreen(() => import("../screens/district/follow-up/follow-ups"), "FollowUps");
const VisitWork = lazyScreen(() => import("../screens/village/visit-work"), "VisitWork");

/** 區公所: 人文課 and the 里幹事 (issue #11). */
export const DISTRICT_MENUS: Menus = {
  [Role.DISTRICT_CASE_OFFICER]: [
    { id: "inbox", label: "列管待辦", render: () => <DistrictInbox title="區公所列管待辦" /> },
    { id: "ledgers", label: "簽收交接清冊", render: () => <LedgersToAcknowledge /> },
    { id: "assign", label: "派案", render: () => <CasesToAssign /> },
    { id: "sign-off", label: "訪視紀錄核章", render: () => <SignOffQueue /> },
    { id: "help-tasks", label: "協助事項", render: () => <HelpTasks /> },
    // Issue #12 (B2, B9): the children household and social ask the office to follow up; 人文課 assigns.
    { id: "follow-ups", label: "追蹤訪查", render: () => <FollowUps canAssign /> },
    UNIFIED_VIEW,
  ],
  [Role.VILLAGE_OFFICER]: [
    { id: "inbox", label: "我的訪視", render: () => <DistrictInbox title="我的訪視（依期限）" /> },
    { id: "visits", label: "訪視作業", render: () => <VisitWork /> },
    { id: "follow-ups", label: "追蹤訪查", render: () => <FollowUps canAssign={false} /> },
    UNIFIED_VIEW,
  ],
};
