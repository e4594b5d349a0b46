import { Menus } from "./screen";

/** 戶政事務所: the clerk (issue #11). */
export const HOUSEHOLD_MENUS: Menus = {};
