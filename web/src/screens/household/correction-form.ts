import { z } from "zod";
import type { CaseType, CorrectConsentInquiryInput, VisitDecision } from "../../gql/graphql";
import { addressValuesSchema, checkAddress, toAddressInput } from "./address-form";

/**
 * A6: what the office may correct on a returned form — the case type, the consenting decision
 * (a declined form is never handed over, A3) and the visit address within its district.
 */
export const correctionSchema = z
  .object({
    caseType: z.enum(["BIRTH", "MARRIAGE", "DIVORCE", "DEATH", "MOVE", "ADOPTION", "FIRST_REGISTRATION", "OTHER"], { message: "請選擇登記項目" }),
    decision: z.enum(["HOME_VISIT", "PHONE_VISIT"], { message: "更正後仍須為同意訪視（A3）" }),
    visitAddress: addressValuesSchema,
  })
  .superRefine((values, context) => checkAddress(values.visitAddress, context, ["visitAddress"]));

export type CorrectionValues = z.infer<typeof correctionSchema>;

export function toCorrectionInput(consentInquiryId: string, values: CorrectionValues): CorrectConsentInquiryInput {
  return { consentInquiryId, caseType: values.caseType as CaseType, decision: values.decision as VisitDecision, visitAddress: toAddressInput(values.visitAddress) };
}
