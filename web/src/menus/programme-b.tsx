import { lazyScreen } from "./lazy-screen";
import { Screen } from "./screen";

const VaccinationFollowUps = lazyScreen(() => import("../screens/health/vaccination-follow-ups"), "VaccinationFollowUps");
const ChildCareCases = lazyScreen(() => import("../screens/child-care/child-care-cases"), "ChildCareCases");
const ChildCareExclusions = lazyScreen(() => import("../screens/child-care/child-care-exclusions"), "ChildCareExclusions");
const SearchRequests = lazyScreen(() => import("../screens/police/search-requests"), "SearchRequests");

/**
 * Programme B's screens (issue #12, 六歲以下弱勢兒童主動關懷方案), each on its role's menu: the
 * nurse's B4 reminders, the social worker's child-care cases and the exclusions, the police's searches.
 */
export const VACCINATION_FOLLOW_UPS_SCREEN: Screen = { id: "vaccination-follow-ups", label: "催種提醒", render: () => <VaccinationFollowUps /> };
export const CHILD_CARE_SCREENS: readonly Screen[] = [
  { id: "child-care-cases", label: "兒童關懷個案", render: () => <ChildCareCases /> },
  { id: "child-care-exclusions", label: "篩除名單", render: () => <ChildCareExclusions /> },
];
export const SEARCH_REQUESTS_SCREEN: Screen = { id: "search-requests", label: "協尋案件", render: () => <SearchRequests /> };
