import { CombinedGraphQLErrors } from "@apollo/client/errors";
import { readProblemOf } from "../../web/src/components/read-problem";

/**
 * Issue #11: a screen's failed read in the caseworker's words, in zh-TW with the gateway's code
 * (shared/errors), never the server's message, which is English and may name what it was given.
 */
describe("a failed read as the console says it", () => {
  function refused(...errors: { message: string; code?: string }[]) {
    return new CombinedGraphQLErrors({ data: null, errors: errors.map((error) => ({ message: error.message, extensions: error.code === undefined ? {} : { code: error.code } })) });
  }

  it("should say what each code means, with the code, once per code", () => {
    const error = refused({ message: "Forbidden: careCases of 63000030", code: "FORBIDDEN" }, { message: "Forbidden again", code: "FORBIDDEN" }, { message: "Not found", code: "NOT_FOUND" });
    expect(readProblemOf(error)).toBe("您的角色無權讀取這些資料（FORBIDDEN）；查無資料，或已不在您的權限範圍內（NOT_FOUND）");
  });

  it("should never show the server's message", () => {
    const error = refused({ message: "Variable $id got invalid value A123456789", code: "BAD_USER_INPUT" }, { message: "at Object.<anonymous> (/app/dist/x.js:1:1)" });
    const words = readProblemOf(error);
    expect(words).toBe("查詢條件不正確，請檢查後再查詢（BAD_USER_INPUT）；系統暫時無法處理，請稍後再試（INTERNAL_SERVER_ERROR）");
    expect(words).not.toContain("A123456789");
    expect(words).not.toContain("/app/dist");
  });

  it("should tell a gateway it cannot reach from a refusal", () => {
    expect(readProblemOf(new TypeError("Failed to fetch"))).toBe("無法連線到閘道（gateway），請稍後再試。");
  });
});
