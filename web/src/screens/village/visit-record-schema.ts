import { z } from "zod";

/**
 * 附件4 as the 里幹事 fills it (A7, A8, A9), checked as they type; the server checks it all again
 * (the boxes against the directory version in force, the dates against the recorded attempts).
 * `referralKinds` are the codes of the ticked boxes that refer to an agency (visitFormBoxes' REFERRAL).
 */
export function visitRecordSchema(referralCodes: readonly string[]) {
  return z
    .object({
      visitedPersonName: z.string().trim().min(1, "請填寫受訪者姓名").max(60, "姓名過長"),
      visitedPersonPhone: z
        .string()
        .trim()
        .regex(/^$|^[0-9+()#\- ]{6,20}$/, "電話格式不正確"),
      visitedPersonAddress: z.string().trim().min(1, "請填寫受訪者地址").max(200, "地址過長"),
      outcome: z.enum(["ALL_WELL", "NEEDS_HELP", "MISSED"]),
      visitedOn: z.string().nullable(),
      firstMissedOn: z.string().nullable(),
      secondMissedOn: z.string().nullable(),
      needs: z.array(z.string()),
      needsOther: z.string().trim().max(500, "說明過長"),
      // A box's fields exist once it is ticked: until then its key is absent (undefined).
      referralNeeds: z.record(z.string(), z.array(z.string()).optional()),
      referralDescriptions: z.record(z.string(), z.string().max(2000, "說明過長").optional()),
      mattersRaised: z.string().max(2000, "內容過長"),
      handling: z.string().max(2000, "內容過長"),
    })
    .superRefine((form, context) => {
      const missed = form.outcome === "MISSED";
      if (!missed && form.visitedOn === null) {
        context.addIssue({ code: "custom", path: ["visitedOn"], message: "請選擇訪視日期" });
      }
      if (missed && form.firstMissedOn === null) {
        context.addIssue({ code: "custom", path: ["firstMissedOn"], message: "請選擇第1次未遇日期" });
      }
      if (form.outcome === "NEEDS_HELP" && form.needs.length === 0) {
        context.addIssue({ code: "custom", path: ["needs"], message: "需協助時請至少勾選一項" });
      }
      if (form.outcome === "NEEDS_HELP" && form.needs.includes("OTHER") && form.needsOther.trim() === "") {
        context.addIssue({ code: "custom", path: ["needsOther"], message: "勾選「其他」時請簡要說明" });
      }
      if (form.outcome !== "NEEDS_HELP") {
        return;
      }
      for (const code of form.needs.filter((need) => referralCodes.includes(need))) {
        if ((form.referralNeeds[code] ?? []).length === 0) {
          context.addIssue({ code: "custom", path: ["referralNeeds", code], message: "請勾選轉介需求" });
        }
      }
    });
}

export type VisitRecordForm = z.infer<ReturnType<typeof visitRecordSchema>>;
