import { Role } from "../../../shared/auth/roles";
import { DistrictInbox } from "../screens/district-inbox";
import { Menus } from "./screen";

/** 區公所: 人文課 and the 里幹事 (issue #11). */
export const DISTRICT_MENUS: Menus = {
  [Role.DISTRICT_CASE_OFFICER]: [{ id: "inbox", label: "列管待辦", render: () => <DistrictInbox title="區公所列管待辦" /> }],
  [Role.VILLAGE_OFFICER]: [{ id: "inbox", label: "我的訪視", render: () => <DistrictInbox title="我的訪視（依期限）" /> }],
};
