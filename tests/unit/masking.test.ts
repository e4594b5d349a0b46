import { maskAddress, maskEmail, maskIdNumber, maskName, maskPhone } from "../../shared/masking";

/** Issue #4: masks are deterministic, and keep only what a role needs to recognise a person. */
describe("masks", () => {
  it.each([
    ["王小明", "王○明"],
    ["王明", "王○"],
    ["阮氏梅花", "阮○○花"],
    ["李", "○"],
  ])("should mask the name %s as %s", (name, masked) => {
    expect(maskName(name)).toBe(masked);
    expect(maskName(name)).toBe(maskName(name));
  });

  it("should keep the first three and last three characters of an identity number", () => {
    expect(maskIdNumber("A123456789")).toBe("A12****789");
    expect(maskIdNumber("A912345678")).toBe("A91****678");
  });

  it.each([
    ["0912-345-678", "0912-***-678"],
    ["02-2345-6789", "02-****-6789"],
    ["0912345678", "0912***678"],
  ])("should mask the phone %s as %s", (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked);
  });

  it("should keep an e-mail's first letter and domain", () => {
    expect(maskEmail("family1234@example.tw")).toBe("f***@example.tw");
    expect(maskEmail("not-an-email")).toBe("***");
  });

  it("should keep an address down to the village (里)", () => {
    const address = { districtCode: "63000050", village: "文北里", neighbourhood: 5, road: "重慶南路", section: 1, lane: 10, alley: 3, number: "12", floor: 4 };
    expect(maskAddress(address)).toEqual({ districtCode: "63000050", village: "文北里", neighbourhood: null, road: "○", section: null, lane: null, alley: null, number: "○", floor: null, floorUnit: null });
  });
});
