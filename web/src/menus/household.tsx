import { Role } from "../../../shared/auth/roles";
import { lazyScreen } from "./lazy-screen";
import { Menus } from "./screen";
import { UNIFIED_VIEW } from "./unified-view";

const HouseholdStart = lazyScreen(() => import("../screens/household/household-start"), "HouseholdStart");
const RecordRegistration = lazyScreen(() => import("../screens/household/record-registration"), "RecordRegistration");
const HandoverLedgers = lazyScreen(() => import("../screens/household/handover-ledger"), "HandoverLedgers");
const ReturnsToCorrect = lazyScreen(() => import("../screens/household/returns-to-correct"), "ReturnsToCorrect");
const TeenParentSurvey = lazyScreen(() => import("../screens/household/teen-parent-survey"), "TeenParentSurvey");

/** 戶政事務所: the clerk (issue #11), the start screen first (the inbox's counts and notifications). */
export const HOUSEHOLD_MENUS: Menus = {
  [Role.HOUSEHOLD_CLERK]: [
    { id: "start", label: "戶所待辦", render: () => <HouseholdStart /> },
    { id: "consent-form", label: "受理附件1", render: () => <RecordRegistration /> },
    { id: "handover", label: "交接清冊", render: () => <HandoverLedgers /> },
    { id: "returns", label: "退回更正", render: () => <ReturnsToCorrect /> },
    // Issue #12 (B7): the teen parent's needs survey at a birth registration.
    { id: "teen-parent-survey", label: "需求調查表附表4", render: () => <TeenParentSurvey /> },
    UNIFIED_VIEW,
  ],
};
