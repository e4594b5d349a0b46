import { District } from "../../../shared/domain/districts";
import { SocialServiceUnit } from "../../../shared/graphql/enums";
import { socialServiceUnitFor } from "../referral/social-referral.service";

/**
 * Issue #12: which unit holds a child-care case — the care point (東/西/南/北區關懷據點, A10) of the
 * child's household district, as for a referral without a domestic-violence need (districts.ts
 * `carePoint`: 松山·信義·南港·內湖 east, 中正·大同·萬華 west, 大安·文山 south, 中山·士林·北投 north).
 * No new unit: SocialServiceUnit already names the four.
 */
export function childCareUnitFor(district: District): SocialServiceUnit {
  return socialServiceUnitFor([], district);
}

/** The deadlines and notifications of a case are about this type (D9). */
export const CHILD_CARE_SUBJECT = "ChildCareCase";
