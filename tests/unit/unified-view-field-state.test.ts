import { maskEmail, maskIdNumber, maskName, maskPhone, maskText } from "../../shared/masking";
import { fieldState, problemsOf } from "../../web/src/screens/unified-view/field-state";

/**
 * Issue #11: the unified view tells a masked value and a denied field from real data and from
 * none. The masked values are shared/masking.ts's own, as the gateway sends them.
 */
describe("the unified view's field states", () => {
  const problems = problemsOf([
    { message: "Forbidden", path: ["person", "idNumber"], extensions: { code: "FORBIDDEN" } },
    { message: "Forbidden", path: ["person", "household"], extensions: { code: "FORBIDDEN" } },
    { message: "health is unavailable", path: ["person", "healthReferrals"], extensions: { code: "SERVICE_UNAVAILABLE" } },
  ]);

  it("should call every mask of shared/masking.ts masked, and keep its text", () => {
    for (const masked of [maskName("阮氏梅花"), maskIdNumber("A123456789"), maskPhone("0912-345-678"), maskEmail("family1234@example.tw"), maskText()]) {
      expect(fieldState(problems, ["person", "name"], masked)).toEqual({ kind: "masked", text: masked });
    }
  });

  it("should call a real value a value, and nothing with no error none", () => {
    expect(fieldState(problems, ["person", "name"], "阮氏梅花")).toEqual({ kind: "value", text: "阮氏梅花" });
    expect(fieldState(problems, ["person", "mobilePhone"], "0912-345-678")).toEqual({ kind: "value", text: "0912-345-678" });
    expect(fieldState(problems, ["person", "mobilePhone"], null)).toEqual({ kind: "none" });
  });

  it("should call a field denied at its own path or its parent's, and an agency down unavailable", () => {
    expect(fieldState(problems, ["person", "idNumber"], null)).toEqual({ kind: "denied" });
    expect(fieldState(problems, ["person", "household", "householdNumber"], null)).toEqual({ kind: "denied" });
    expect(fieldState(problems, ["person", "healthReferrals", 0, "status"], null)).toEqual({ kind: "unavailable" });
  });
});
