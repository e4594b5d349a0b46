import { GraphQLError } from "graphql";
import { LocalDateScalar } from "../../shared/graphql/scalars";

/** The LocalDate scalar (A2's form dates): what it lets through and how it refuses, naming the rule and never the value. */
describe("LocalDate", () => {
  const refusal = (value: unknown): string => {
    try {
      LocalDateScalar.parseValue(value);
    } catch (error) {
      expect(error).toBeInstanceOf(GraphQLError);
      expect((error as GraphQLError).extensions.code).toBe("BAD_USER_INPUT");
      return (error as GraphQLError).message;
    }
    throw new Error("accepted");
  };

  it.each(["2026-12-04", "2024-02-29", "2000-02-29", "1911-01-01", "0100-01-01", "9999-12-31"])("accepts the calendar day %s as it is", (day) => {
    expect(LocalDateScalar.parseValue(day)).toBe(day);
    expect(LocalDateScalar.serialize(day)).toBe(day);
  });

  it.each(["2023-02-29", "1900-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "2026-12-00", "0050-01-01", "2026-1-4", " 2026-12-04"])("refuses %s as not a real calendar date", (day) => {
    expect(refusal(day)).toBe("A date must be a real calendar date YYYY-MM-DD");
  });

  it("refuses the ROC form and says how to convert it", () => {
    expect(refusal("115/12/4")).toBe("A date must be Gregorian YYYY-MM-DD, not the ROC form (Gregorian year = ROC year + 1911)");
    expect(refusal("105.6.13")).toMatch(/ROC form/);
  });

  it("refuses what is not a string", () => {
    expect(refusal(20261204)).toBe("A date must be a string YYYY-MM-DD");
  });

  it("serializes a stored Date as its UTC day", () => {
    expect(LocalDateScalar.serialize(new Date(Date.UTC(2026, 11, 4)))).toBe("2026-12-04");
  });
});
