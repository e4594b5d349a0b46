import { GraphQLError } from "graphql";
import { optionalEmail, optionalLandline, optionalMobilePhone, optionalPhone } from "../../shared/validation/contact";

/** Issue #7: contact fields of 附件1 and 附件4, written by hand from the numbering plan (NCC). */
describe("contact fields", () => {
  function codeOf(run: () => unknown): string | null {
    try {
      run();
      return null;
    } catch (error) {
      return error instanceof GraphQLError ? String(error.extensions.code) : "not a GraphQLError";
    }
  }

  it.each([
    ["0912-345-678", "0912-345-678"],
    ["0912345678", "0912-345-678"],
    ["0912 345 678", "0912-345-678"],
    ["+886 912 345 678", "0912-345-678"],
    ["+886-0912-345-678", "0912-345-678"],
    ["０９１２３４５６７８", "0912-345-678"],
  ])("should accept the mobile %s as %s", (typed, stored) => {
    expect(optionalMobilePhone(typed, "mobilePhone")).toBe(stored);
  });

  it.each([
    ["02-2345-6789", "02-2345-6789"],
    ["(02)23456789", "02-2345-6789"],
    ["02 2345 6789 #123", "02-2345-6789#123"],
    ["02-2345-6789 分機 45", "02-2345-6789#45"],
    ["+886 2 2345 6789", "02-2345-6789"],
    ["03-425-1234", "03-425-1234"],
    ["04-2345-6789", "04-2345-6789"],
    ["049-223-4567", "049-223-4567"],
    ["037-123456", "037-123456"],
    ["07-123-4567", "07-123-4567"],
    ["089-123456", "089-123456"],
    ["082-312345", "082-312345"],
    ["0826-12345", "0826-12345"],
    ["0836-22381", "0836-22381"],
  ])("should accept the landline %s as %s", (typed, stored) => {
    expect(optionalLandline(typed, "homePhone")).toBe(stored);
  });

  it.each(["2345-6789", "01-2345-6789", "02-234-5678", "02-0345-6789", "0912-345", "09123456789", "call me", "02-2345-6789 ext", "0912-345-678#12"])(
    "should refuse %s as a phone with BAD_USER_INPUT",
    (typed) => {
      expect(codeOf(() => optionalPhone(typed, "workPhone"))).toBe("BAD_USER_INPUT");
    },
  );

  it("should refuse a landline in the mobile box and a mobile in the fax box", () => {
    expect(codeOf(() => optionalMobilePhone("02-2345-6789", "mobilePhone"))).toBe("BAD_USER_INPUT");
    expect(codeOf(() => optionalLandline("0912-345-678", "fax"))).toBe("BAD_USER_INPUT");
  });

  it("should treat a blank phone or e-mail as absent", () => {
    expect(optionalPhone("  ", "workPhone")).toBeNull();
    expect(optionalEmail(undefined, "email")).toBeNull();
  });

  it.each([
    ["family@example.tw", "family@example.tw"],
    ["Mei.Nguyen+care@Mail.Example.COM.TW", "Mei.Nguyen+care@mail.example.com.tw"],
    ["a_b-c@sub-domain.example.org", "a_b-c@sub-domain.example.org"],
  ])("should accept the e-mail %s as %s", (typed, stored) => {
    expect(optionalEmail(typed, "email")).toBe(stored);
  });

  it.each(["family@", "@example.tw", "a@b@example.tw", "family@example", "family..x@example.tw", ".family@example.tw", "family@-example.tw", "家庭@example.tw", "family@example.t1", "fa mily@example.tw"])(
    "should refuse the e-mail %s with BAD_USER_INPUT",
    (typed) => {
      expect(codeOf(() => optionalEmail(typed, "email"))).toBe("BAD_USER_INPUT");
    },
  );

  it("should name the field and not echo the value", () => {
    try {
      optionalMobilePhone("0912-345", "consentInquiry.mobilePhone");
    } catch (error) {
      expect(error).toBeInstanceOf(GraphQLError);
      expect((error as GraphQLError).extensions.field).toBe("consentInquiry.mobilePhone");
      expect((error as GraphQLError).message).not.toContain("0912-345");
      return;
    }
    throw new Error("expected a refusal");
  });
});
