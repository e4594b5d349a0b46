import { CombinedGraphQLErrors } from "@apollo/client/errors";

/**
 * A failed read as every screen says it (issue #11, query-state.tsx). The gateway's message is
 * English and for developers (DEVELOPERS.md): the caseworker reads what the code means in zh-TW,
 * with the code itself to quote to the help desk, never a message or a stack trace (which could
 * carry what the server was given).
 */
const READ_PROBLEMS: Readonly<Record<string, string>> = {
  BAD_USER_INPUT: "查詢條件不正確，請檢查後再查詢",
  FORBIDDEN: "您的角色無權讀取這些資料",
  NOT_FOUND: "查無資料，或已不在您的權限範圍內",
  UNAUTHENTICATED: "登入已逾時，請重新登入",
  CONFLICT: "資料狀態已改變，請重新整理",
};
const UNKNOWN = "系統暫時無法處理，請稍後再試";
const UNREACHABLE = "無法連線到閘道（gateway），請稍後再試。";

/** A failed read in the user's words: each distinct code once, e.g. 「您的角色無權讀取這些資料（FORBIDDEN）」. */
export function readProblemOf(error: unknown): string {
  if (!CombinedGraphQLErrors.is(error)) {
    return UNREACHABLE;
  }
  const codes = [...new Set(error.errors.map((problem) => (typeof problem.extensions?.code === "string" ? problem.extensions.code : "INTERNAL_SERVER_ERROR")))];
  return codes.map((code) => `${READ_PROBLEMS[code] ?? UNKNOWN}（${code}）`).join("；");
}

