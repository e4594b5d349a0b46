import { Menus } from "./screen";

/** 社會局, 衛生局 and the partner agencies' officers, and 民政局's case officer (issue #11). */
export const AGENCY_MENUS: Menus = {};
