import { CombinedGraphQLErrors } from "@apollo/client";
import { Alert } from "@mantine/core";

/** What the console says for each of the gateway's error codes (the server's own message follows, for the detail). */
const TITLES: Readonly<Record<string, string>> = {
  BAD_USER_INPUT: "輸入內容有誤",
  CONFLICT: "案件目前的狀態不允許此操作",
  FORBIDDEN: "您沒有此項權限",
  NOT_FOUND: "查無此筆資料",
  UNAUTHENTICATED: "登入已逾時，請重新登入",
};

export interface ServerProblem {
  readonly title: string;
  readonly message: string;
  /** The input field the server named (extensions.field), so a form can show the error there. */
  readonly field?: string;
}

/** A failed write as the user reads it; never a stack, the gateway sends none. */
export function problemOf(error: unknown): ServerProblem {
  if (CombinedGraphQLErrors.is(error) && error.errors.length > 0) {
    const first = error.errors[0];
    const code = typeof first.extensions?.code === "string" ? first.extensions.code : "";
    const field = typeof first.extensions?.field === "string" ? first.extensions.field : undefined;
    return { title: TITLES[code] ?? "無法完成", message: first.message, field };
  }
  return { title: "無法連線到閘道（gateway）", message: "請稍後再試。" };
}

export function ServerError({ problem }: { problem: ServerProblem | null }) {
  if (problem === null) {
    return null;
  }
  return (
    <Alert color="red" variant="filled" role="alert" title={problem.title}>
      {problem.message}
    </Alert>
  );
}
