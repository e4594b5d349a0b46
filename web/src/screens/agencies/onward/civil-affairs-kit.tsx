import type { ReceivingKit } from "../kit";
import { CIVIL_AFFAIRS_KIT } from "../kits/civil-affairs";
import { OnwardReferrals } from "./onward-referrals";

/** 民政局's case officer (A11): the receiving screens, and on each case its onward referrals. */
export const CIVIL_AFFAIRS_OFFICER_KIT: ReceivingKit = { ...CIVIL_AFFAIRS_KIT, extra: (referral) => <OnwardReferrals referral={referral} /> };
