import { Role } from "../../../shared/auth/roles";
import { HandoverLedgers } from "../screens/household/handover-ledger";
import { HouseholdStart } from "../screens/household/household-start";
import { RecordRegistration } from "../screens/household/record-registration";
import { ReturnsToCorrect } from "../screens/household/returns-to-correct";
import { Menus } from "./screen";

/** 戶政事務所: the clerk (issue #11), the start screen first (the inbox's counts and notifications). */
export const HOUSEHOLD_MENUS: Menus = {
  [Role.HOUSEHOLD_CLERK]: [
    { id: "start", label: "戶所待辦", render: () => <HouseholdStart /> },
    { id: "consent-form", label: "受理附件1", render: () => <RecordRegistration /> },
    { id: "handover", label: "交接清冊", render: () => <HandoverLedgers /> },
    { id: "returns", label: "退回更正", render: () => <ReturnsToCorrect /> },
  ],
};
