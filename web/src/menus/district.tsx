import { Role } from "../../../shared/auth/roles";
import { CasesToAssign } from "../screens/district/cases-to-assign";
import { HelpTasks } from "../screens/district/help-tasks";
import { LedgersToAcknowledge } from "../screens/district/ledgers-to-acknowledge";
import { SignOffQueue } from "../screens/district/sign-off-queue";
import { DistrictInbox } from "../screens/district-inbox";
import { VisitWork } from "../screens/village/visit-work";
import { Menus } from "./screen";

/** 區公所: 人文課 and the 里幹事 (issue #11). */
export const DISTRICT_MENUS: Menus = {
  [Role.DISTRICT_CASE_OFFICER]: [
    { id: "inbox", label: "列管待辦", render: () => <DistrictInbox title="區公所列管待辦" /> },
    { id: "ledgers", label: "簽收交接清冊", render: () => <LedgersToAcknowledge /> },
    { id: "assign", label: "派案", render: () => <CasesToAssign /> },
    { id: "sign-off", label: "訪視紀錄核章", render: () => <SignOffQueue /> },
    { id: "help-tasks", label: "協助事項", render: () => <HelpTasks /> },
  ],
  [Role.VILLAGE_OFFICER]: [
    { id: "inbox", label: "我的訪視", render: () => <DistrictInbox title="我的訪視（依期限）" /> },
    { id: "visits", label: "訪視作業", render: () => <VisitWork /> },
  ],
};
