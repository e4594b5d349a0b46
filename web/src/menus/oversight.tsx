import { Menus } from "./screen";

/** 民政局's analyst and the auditor (issue #11). */
export const OVERSIGHT_MENUS: Menus = {};
