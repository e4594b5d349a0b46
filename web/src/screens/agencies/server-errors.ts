import { CombinedGraphQLErrors } from "@apollo/client/errors";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

/**
 * The platform's refusals in the caseworker's words (issue #11). The server's message is for
 * developers (English, DEVELOPERS.md); its code and the input field it names are what the console
 * relies on, so each refusal is shown at the field it concerns, and anything else above the form.
 */
const BY_CODE: Readonly<Record<string, string>> = {
  BAD_USER_INPUT: "輸入內容不符規定，請檢查後再送出。",
  CONFLICT: "此轉介已結案或已記錄過，無法再次寫入。",
  FORBIDDEN: "您的角色無權執行此項作業。",
  NOT_FOUND: "查無此轉介，或已不在您的服務範圍。",
  UNAUTHENTICATED: "登入已逾時，請重新登入。",
};

/** The dates' rules (A10, A11): never after today, never before the referral (or its last contact, for a closing). */
const BY_FIELD: Readonly<Record<string, string>> = {
  servedOn: "服務日期不可晚於今天，也不可早於轉介日期。",
  closedOn: "結案日期不可晚於今天，也不可早於轉介日期或最後一次服務。",
  transferredOn: "移轉日期不可晚於今天，也不可早於轉介日期。",
  referredOn: "轉介日期不可晚於今天，也不可早於本局收案日期。",
  outcomeOn: "結果日期不可晚於今天，也不可早於轉介日期。",
  summary: "請填寫摘要（4000 字以內）。",
  reason: "請填寫移轉原因。",
  toUnit: "此轉介不能移轉到該單位（A10）。",
  target: "請選擇轉介單位。",
};

/** The input field a refusal names, without its input prefix (input.referredOn → referredOn). */
function fieldOf(extensions: Readonly<Record<string, unknown>> | undefined): string | undefined {
  const field = extensions?.field;
  return typeof field === "string" ? field.replace(/^input\./, "") : undefined;
}

/** A failed mutation's refusals onto the form: at their field when the form has it, else as the form's own error. */
export function showServerErrors<Values extends FieldValues>(error: unknown, setError: UseFormSetError<Values>, fields: readonly Path<Values>[]): void {
  if (!CombinedGraphQLErrors.is(error)) {
    setError("root.server", { message: "無法連線到閘道（gateway），請稍後再試。" });
    return;
  }
  for (const problem of error.errors) {
    const code = String(problem.extensions?.code ?? "");
    const field = fieldOf(problem.extensions);
    const known = fields.find((candidate) => candidate === field);
    if (known !== undefined && code === "BAD_USER_INPUT") {
      setError(known, { message: BY_FIELD[known] ?? BY_CODE.BAD_USER_INPUT });
    } else {
      setError("root.server", { message: BY_CODE[code] ?? "系統暫時無法處理，請稍後再試。" });
    }
  }
}
