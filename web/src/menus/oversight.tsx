import { Role } from "../../../shared/auth/roles";
import { lazyScreen } from "./lazy-screen";
import { SEARCH_REQUESTS_SCREEN } from "./programme-b";
import { Menus } from "./screen";
import { UNIFIED_VIEW } from "./unified-view";

const AuditScreen = lazyScreen(() => import("../screens/audit/audit-screen"), "AuditScreen");
const CareStatisticsScreen = lazyScreen(() => import("../screens/statistics/care-statistics-screen"), "CareStatisticsScreen");

/**
 * 民政局's analyst and the auditor (issue #11); and the police officer's search requests (issue
 * #12, B2) with the unified view of a person, which shows them little: the police may read a
 * person's id and the requests to their precinct only.
 */
export const OVERSIGHT_MENUS: Menus = {
  [Role.CIVIL_AFFAIRS_ANALYST]: [{ id: "statistics", label: "統計報表", render: () => <CareStatisticsScreen /> }],
  [Role.AUDITOR]: [{ id: "audit", label: "個資使用稽核", render: () => <AuditScreen /> }],
  [Role.POLICE_OFFICER]: [SEARCH_REQUESTS_SCREEN, UNIFIED_VIEW],
};
