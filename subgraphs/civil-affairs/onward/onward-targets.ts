import { registerEnumType } from "type-graphql";

/** A11: where 民政局 refers a case onward: a central agency with the competence, or a civil-society body. */
export enum OnwardTargetKind {
  /** 中央權責機關 (e.g. 移民署, 陸委會) */
  CENTRAL_AGENCY = "CENTRAL_AGENCY",
  /** 民間團體 (海基會, 法人, 社團) */
  NGO = "NGO",
}

registerEnumType(OnwardTargetKind, { name: "OnwardTargetKind", description: "A11: 中央權責機關 or 民間團體" });

export interface OnwardTarget {
  /** The code `referOnward` names it by. */
  readonly code: string;
  readonly name: string;
  readonly kind: OnwardTargetKind;
}

/**
 * A11 (seed 000, 民政局's row: 中央權責機關(如移民署、陸委會), 民間團體(海基會、法人、社團等)): the
 * bodies 民政局 refers onward to, by the seed's names. A small table for now; the service directory
 * (issue #9, directory/) is to replace it as the list of targets.
 */
export const ONWARD_TARGETS: readonly OnwardTarget[] = [
  { code: "central.immigration-agency", name: "內政部移民署", kind: OnwardTargetKind.CENTRAL_AGENCY },
  { code: "central.mainland-affairs-council", name: "大陸委員會", kind: OnwardTargetKind.CENTRAL_AGENCY },
  { code: "ngo.straits-exchange-foundation", name: "海峽交流基金會", kind: OnwardTargetKind.NGO },
];

export function onwardTargetCoded(code: string): OnwardTarget | undefined {
  return ONWARD_TARGETS.find((target) => target.code === code);
}
