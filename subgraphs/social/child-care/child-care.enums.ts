import { registerEnumType } from "type-graphql";

/** B9: where a child-care case stands; moved only by CHILD_CARE_TRANSITIONS (STYLE 12). */
export enum ChildCareCaseStatus {
  /** Received by the holding unit: matching, follow-up, visit and report (B3, B9). */
  OPEN = "OPEN",
  /** B9: the report is finished (visited, assessed, treatment chosen) and sent for the closing review. */
  IN_REVIEW = "IN_REVIEW",
  /** B9: the review found the child well cared for: closed. */
  CLOSED = "CLOSED",
}

/** B9, STYLE 12: status → the statuses it may move to, with the rule that moves it. */
export const CHILD_CARE_TRANSITIONS: Readonly<Record<ChildCareCaseStatus, readonly ChildCareCaseStatus[]>> = {
  // B9: the finished report is sent for the closing review.
  [ChildCareCaseStatus.OPEN]: [ChildCareCaseStatus.IN_REVIEW],
  // B9: the review approves (closed, the child well) or returns the case to work.
  [ChildCareCaseStatus.IN_REVIEW]: [ChildCareCaseStatus.CLOSED, ChildCareCaseStatus.OPEN],
  [ChildCareCaseStatus.CLOSED]: [],
};

/** One child, one case (issue #12): what a notice matched its case on. */
export enum ChildCareMatch {
  /** The same national ID or resident certificate number. */
  ID_NUMBER = "ID_NUMBER",
  /** No ID number known on one side: the same name, birth date and mother's name. */
  NAME_BIRTH_DATE_MOTHER = "NAME_BIRTH_DATE_MOTHER",
}

/** B3 (註3): the platform's records a social unit matches before any police search. */
export enum ChildCareRecordSource {
  /** (a) the child's clinic visits in the first 60 days, under the mother's insurance. */
  NEWBORN_CLINIC_VISITS = "NEWBORN_CLINIC_VISITS",
  /** (b) the clinics of the child and the mother (or carer) in the last half year. */
  RECENT_CLINICS = "RECENT_CLINICS",
  /** (b) the insurance contact address. */
  INSURANCE_CONTACT_ADDRESS = "INSURANCE_CONTACT_ADDRESS",
  VACCINATION = "VACCINATION",
  KINDERGARTEN = "KINDERGARTEN",
  CHILDCARE = "CHILDCARE",
}

/** B9: what a social unit asked another agency for on a case. */
export enum ChildCareRequestKind {
  /** B9: the district's village chief or officer follows up (district `receiveFollowUpRequest`). */
  DISTRICT_FOLLOW_UP = "DISTRICT_FOLLOW_UP",
  /** B9: the police's 婦幼案件管理系統 searches (police `receiveSearchRequest`). */
  POLICE_SEARCH = "POLICE_SEARCH",
}

/** B9: the closing review's decision. */
export enum ChildCareReviewDecision {
  /** The child is well cared for: the case closes. */
  APPROVE = "APPROVE",
  /** Back to work (the report goes back to the social worker). */
  RETURN = "RETURN",
}

/** The entry/exit file's crossing direction (docs/feeds/entry-exit-records.md). */
export enum BorderCrossing {
  EXIT = "EXIT",
  ENTRY = "ENTRY",
}

registerEnumType(ChildCareCaseStatus, { name: "ChildCareCaseStatus", description: "B9: open, in the closing review, closed" });
registerEnumType(ChildCareMatch, { name: "ChildCareMatch", description: "Issue #12: what a notice matched its child's case on" });
registerEnumType(ChildCareRecordSource, { name: "ChildCareRecordSource", description: "B3 (註3): the platform records matched before a police search" });
registerEnumType(ChildCareRequestKind, { name: "ChildCareRequestKind", description: "B9: a district follow-up or a police search" });
registerEnumType(ChildCareReviewDecision, { name: "ChildCareReviewDecision", description: "B9: the closing review's decision" });
registerEnumType(BorderCrossing, { name: "BorderCrossing", description: "An entry/exit record's direction" });
