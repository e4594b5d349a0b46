import { Role } from "../../../shared/auth/roles";
import { AGENCY_MENUS } from "./agencies";
import { DISTRICT_MENUS } from "./district";
import { HOUSEHOLD_MENUS } from "./household";
import { OVERSIGHT_MENUS } from "./oversight";
import { Menus, Screen } from "./screen";

export type { Screen } from "./screen";

const MENUS: Menus = { ...HOUSEHOLD_MENUS, ...DISTRICT_MENUS, ...AGENCY_MENUS, ...OVERSIGHT_MENUS };

/** Each role's menu (issue #11: a role never sees another's menu); the screens still ask the gateway, which decides. */
export function screensOf(role: Role): readonly Screen[] {
  return MENUS[role] ?? [];
}
