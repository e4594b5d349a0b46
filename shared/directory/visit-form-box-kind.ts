import { registerEnumType } from "type-graphql";

/**
 * A8/A9: what ticking a box of 附件4 under "needs help" does. Shared because 民政局's directory
 * defines the boxes and the district reads them (D8: neither imports the other).
 */
export enum VisitFormBoxKind {
  /** A referral to another agency (A9: seed 001's 640 referrals are exactly these). */
  REFERRAL = "REFERRAL",
  /** The district's own help (區公所社會課, 區公所人文課): a task, not a referral (A9). */
  INTERNAL = "INTERNAL",
  /** 其他, with a description (A8). */
  OTHER = "OTHER",
}

registerEnumType(VisitFormBoxKind, { name: "VisitFormBoxKind", description: "A9: a 附件4 box refers to another agency, is the district's own help, or is 其他" });
