import { CombinedGraphQLErrors } from "@apollo/client/errors";
import { FieldValues, Path, UseFormReturn } from "react-hook-form";

/** What the clerk reads for an error code (the server's own message is English and for developers). */
const CODE_WORDS: Readonly<Record<string, string>> = {
  BAD_USER_INPUT: "資料不正確",
  FORBIDDEN: "無此權限",
  NOT_FOUND: "查無資料",
  CONFLICT: "目前狀態不能這麼做",
  UNAUTHENTICATED: "請重新登入",
};

function wordsOf(code: unknown): string {
  return (typeof code === "string" ? CODE_WORDS[code] : undefined) ?? "伺服器無法處理";
}

/**
 * A write's GraphQL errors at their fields (issue #11): a BAD_USER_INPUT names the input field in
 * extensions.field (shared/errors), which is the form value of the same path; an error with no
 * such field (or no form: an action) is returned for the form's alert; `argumentPrefix` is the argument's name the form's values stand for. The field's value is never part of the message.
 */
export function showServerErrors<Values extends FieldValues>(error: unknown, form: UseFormReturn<Values> | null, argumentPrefix = ""): string | null {
  if (!CombinedGraphQLErrors.is(error)) {
    return "無法連線到閘道（gateway），請稍後再試";
  }
  const unplaced: string[] = [];
  for (const graphQLError of error.errors) {
    const field = graphQLError.extensions?.field;
    // A mutation's input argument (input.visitAddress.village) is the form's values (visitAddress.village).
    const path = typeof field === "string" ? (field.startsWith(argumentPrefix) ? field.slice(argumentPrefix.length) : field) : null;
    const value: unknown = path === null || form === null ? undefined : form.getValues(path as Path<Values>);
    if (form !== null && path !== null && value !== undefined && (typeof value !== "object" || value === null)) {
      form.setError(path as Path<Values>, { type: "server", message: `${wordsOf(graphQLError.extensions?.code)}（伺服器檢核：${graphQLError.message}）` }, { shouldFocus: true });
    } else {
      unplaced.push(`${wordsOf(graphQLError.extensions?.code)}：${graphQLError.message}`);
    }
  }
  return unplaced.length === 0 ? null : unplaced.join("；");
}
