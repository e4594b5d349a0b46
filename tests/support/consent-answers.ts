import { VisitDecision } from "../../shared/domain/enums";

/**
 * 附件1's answers of a consenting family as a clerk enters them (A2), applied on 2026-11-01 with the
 * preferred dates 3–5 days later; a test overrides only the fields it is about.
 */
export function consentAnswers(appliedOn: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    respondentName: "林志明",
    respondentHonorific: "MR",
    mobilePhone: "0912-345-678",
    decision: VisitDecision.HOME_VISIT,
    preferredFrom: "2026-11-04",
    preferredTo: "2026-11-06",
    timeSlot: "MORNING",
    immigrantConsents: true,
    immigrantAcceptsMaterials: true,
    appliedOn,
    clerkName: "戶政承辦",
    clerkPhone: "02-2341-0000",
    ...overrides,
  };
}
