import { z } from "zod";
import type { CaseType, Honorific, NewImmigrantRelation, RecordRegistrationInput, VisitDecision, VisitTimeSlot, WelcomeHandbook } from "../../gql/graphql";
import { addressValuesSchema, checkAddress, EMPTY_ADDRESS, toAddressInput } from "./address-form";

/**
 * 附件1 as the clerk fills it (A1–A3), checked as the user types (issue #11). The values keep the
 * API input's shape, so the server's field path (extensions.field, e.g.
 * consentInquiry.preferredFrom) names the form field its error belongs to.
 */

/** A2: the form promises the visit 3–7 calendar days after the application (R2), the server's rule too. */
export const PREFERRED_WINDOW = { fromDay: 3, toDay: 7 } as const;

const DAY_MS = 86_400_000;

function daysAfter(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "請填日期");
const optionalIsoDate = z.union([z.literal(""), isoDate]);
const optionalText = (max: number) => z.string().trim().max(max, `最多 ${max} 字`);

const inquirySchema = z.object({
  respondentName: z.string().trim().min(1, "請填受訪者姓名").max(60, "最多 60 字"),
  respondentHonorific: z.enum(["MR", "MS"], { message: "請選先生或小姐" }),
  homePhone: optionalText(20),
  mobilePhone: optionalText(20),
  workPhone: optionalText(30),
  fax: optionalText(20),
  email: optionalText(120),
  decision: z.enum(["HOME_VISIT", "DECLINED", "PHONE_VISIT"], { message: "請勾選一項意願" }),
  residenceCity: optionalText(8),
  preferredFrom: optionalIsoDate,
  preferredTo: optionalIsoDate,
  timeSlot: z.enum(["", "MORNING", "AFTERNOON"]),
  visitAddressIsHousehold: z.boolean(),
  visitAddress: addressValuesSchema,
  contactAddress: optionalText(120),
  newImmigrantPhone: optionalText(20),
  immigrantConsents: z.boolean(),
  immigrantAcceptsMaterials: z.boolean(),
  appliedOn: isoDate,
  officeRemarks: optionalText(200),
  clerkName: z.string().trim().min(1, "請填承辦人姓名").max(60, "最多 60 字"),
  clerkPhone: z.string().trim().min(1, "請填承辦人電話"),
});

const baseSchema = z.object({
  caseType: z.enum(["BIRTH", "MARRIAGE", "DIVORCE", "DEATH", "MOVE", "ADOPTION", "FIRST_REGISTRATION", "OTHER"], { message: "請選擇登記項目" }),
  registeredOn: isoDate,
  newImmigrantId: z.string().min(1, "請選擇新移民"),
  registrantId: z.string().min(1, "請選擇申請人"),
  newImmigrantRelation: z.enum(["", "REGISTRANT", "REGISTRANT_SPOUSE", "PARENT", "SURVIVING_SPOUSE", "DECEASED_SPOUSE", "OTHER_RELATIVE"]),
  welcomeHandbook: z.enum(["", "BOOK", "CD"]),
  consentInquiry: inquirySchema,
});

export type RegistrationValues = z.infer<typeof baseSchema>;

/** The rules between fields: the dates' window, the relation, the visit address (the server checks them again). */
export const registrationSchema = baseSchema.superRefine((values, context) => {
  const inquiry = values.consentInquiry;
  if (values.registrantId !== "" && values.registrantId !== values.newImmigrantId && values.newImmigrantRelation === "") {
    context.addIssue({ code: "custom", message: "申請人不是新移民本人時，請選新移民與申請人的關係（A1）", path: ["newImmigrantRelation"] });
  }
  if (inquiry.appliedOn !== "" && values.registeredOn !== "" && inquiry.appliedOn < values.registeredOn) {
    context.addIssue({ code: "custom", message: "申請日期不可早於登記日期", path: ["consentInquiry", "appliedOn"] });
  }
  for (const key of ["preferredFrom", "preferredTo"] as const) {
    const date = inquiry[key];
    if (date === "" || inquiry.appliedOn === "") {
      continue;
    }
    const offset = daysAfter(inquiry.appliedOn, date);
    if (offset < PREFERRED_WINDOW.fromDay || offset > PREFERRED_WINDOW.toDay) {
      context.addIssue({ code: "custom", message: "希望訪視日期須在申請日期後 3 至 7 日內（A2）", path: ["consentInquiry", key] });
    }
  }
  if (inquiry.preferredFrom !== "" && inquiry.preferredTo !== "" && inquiry.preferredFrom > inquiry.preferredTo) {
    context.addIssue({ code: "custom", message: "起日不可晚於迄日", path: ["consentInquiry", "preferredFrom"] });
  }
  if (inquiry.residenceCity !== "" && inquiry.decision === "HOME_VISIT") {
    context.addIssue({ code: "custom", message: "居住外縣市者僅能電話訪視（R4）", path: ["consentInquiry", "residenceCity"] });
  }
  if (!inquiry.visitAddressIsHousehold) {
    checkAddress(inquiry.visitAddress, context, ["consentInquiry", "visitAddress"]);
  }
});

export function emptyRegistration(today: string, clerk: { name: string; phone: string }): RegistrationValues {
  return {
    caseType: "MOVE",
    registeredOn: today,
    newImmigrantId: "",
    registrantId: "",
    newImmigrantRelation: "",
    welcomeHandbook: "BOOK",
    consentInquiry: {
      respondentName: "",
      respondentHonorific: "MS",
      homePhone: "",
      mobilePhone: "",
      workPhone: "",
      fax: "",
      email: "",
      decision: "HOME_VISIT",
      residenceCity: "",
      preferredFrom: "",
      preferredTo: "",
      timeSlot: "",
      visitAddressIsHousehold: true,
      visitAddress: EMPTY_ADDRESS,
      contactAddress: "",
      newImmigrantPhone: "",
      immigrantConsents: true,
      immigrantAcceptsMaterials: true,
      appliedOn: today,
      officeRemarks: "",
      clerkName: clerk.name,
      clerkPhone: clerk.phone,
    },
  };
}

function orNull(text: string): string | null {
  return text.trim() === "" ? null : text.trim();
}

/** The form's values as the API's RecordRegistrationInput: empty boxes are left out (null), never sent as "". */
export function toRegistrationInput(values: RegistrationValues): RecordRegistrationInput {
  const inquiry = values.consentInquiry;
  return {
    caseType: values.caseType as CaseType,
    registeredOn: values.registeredOn,
    registrantId: values.registrantId,
    newImmigrantId: values.newImmigrantId,
    newImmigrantRelation: values.newImmigrantRelation === "" ? null : (values.newImmigrantRelation as NewImmigrantRelation),
    welcomeHandbook: values.welcomeHandbook === "" ? null : (values.welcomeHandbook as WelcomeHandbook),
    consentInquiry: {
      respondentName: inquiry.respondentName.trim(),
      respondentHonorific: inquiry.respondentHonorific as Honorific,
      homePhone: orNull(inquiry.homePhone),
      mobilePhone: orNull(inquiry.mobilePhone),
      workPhone: orNull(inquiry.workPhone),
      fax: orNull(inquiry.fax),
      email: orNull(inquiry.email),
      decision: inquiry.decision as VisitDecision,
      residenceCity: orNull(inquiry.residenceCity),
      preferredFrom: orNull(inquiry.preferredFrom),
      preferredTo: orNull(inquiry.preferredTo),
      timeSlot: inquiry.timeSlot === "" ? null : (inquiry.timeSlot as VisitTimeSlot),
      visitAddress: inquiry.visitAddressIsHousehold ? null : toAddressInput(inquiry.visitAddress),
      contactAddress: orNull(inquiry.contactAddress),
      newImmigrantPhone: orNull(inquiry.newImmigrantPhone),
      immigrantConsents: inquiry.immigrantConsents,
      immigrantAcceptsMaterials: inquiry.immigrantAcceptsMaterials,
      appliedOn: inquiry.appliedOn,
      officeRemarks: orNull(inquiry.officeRemarks),
      clerkName: inquiry.clerkName.trim(),
      clerkPhone: inquiry.clerkPhone.trim(),
    },
  };
}
